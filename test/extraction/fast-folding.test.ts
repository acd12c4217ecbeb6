// Folding and whitespace collapsing take fast paths (a table per character, only the runs
// that are not already one space); these hold them to the plain definitions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldVietnamese } from '../../server/src/domain/fold.ts';
import { singleSpaced } from '../../server/src/domain/whitespace.ts';

const foldByDefinition = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/gu, ' ').trim();

// Vietnamese letters in both cases, decomposed marks, odd spaces, and characters the
// table leaves to the definition (Greek sigma, the Kelvin sign, a ligature, a lone surrogate).
const CHARACTERS = fc.constantFrom(
  ...'aăâeêioôơuưyđĐÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ Q7/-“”…',
  '\n', '\t', '\u00a0', '\u2003', '\u0301', '\u0323', '\u0309', '\u1dc0', 'Σ', 'İ', '\u212a', 'ﬁ', '\ud800',
);

test('a Vietnamese name folds as written in any case and either Unicode form', () => {
  assert.equal(foldVietnamese('  Ủy ban nhân dân\ntỉnh  ĐẮK LẮK '), 'uy ban nhan dan tinh dak lak');
  assert.equal(foldVietnamese('Ủy ban'.normalize('NFD')), 'uy ban');
});

test('folding gives what NFD, dropping marks, lower-casing and collapsing spaces give', () => {
  fc.assert(fc.property(fc.array(CHARACTERS, { maxLength: 30 }), (characters) => {
    const text = characters.join('');
    assert.equal(foldVietnamese(text), foldByDefinition(text));
  }), { numRuns: 3000 });
});

test('whitespace runs become one space, as /\\s+/ would make them', () => {
  assert.equal(singleSpaced('Căn cứ\n\nChỉ thị  số 19\t- CT/TU'), 'Căn cứ Chỉ thị số 19 - CT/TU');
  fc.assert(fc.property(fc.array(CHARACTERS, { maxLength: 30 }), (characters) => {
    const text = characters.join('');
    assert.equal(singleSpaced(text), text.replace(/\s+/gu, ' '));
  }), { numRuns: 3000 });
});
