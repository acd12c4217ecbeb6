// The recognisers check word boundaries in code and spell out letter cases instead of
// using lookbehinds and the `i` flag (see boundaries.ts, vocabulary.ts). These examples
// hold them to what the plain patterns would find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allTypeNames } from '../../server/src/extraction/document-types.ts';
import { findTypeWords } from '../../server/src/extraction/references/type-words.ts';
import { TYPE_NAME_SOURCE } from '../../server/src/extraction/references/vocabulary.ts';
import { symbolMayStart, notAfterLetter } from '../../server/src/extraction/boundaries.ts';
import { extract } from '../../server/src/extraction/index.ts';

test('every type name is written capitalised (anaphors rely on it to mean one document)', () => {
  for (const name of allTypeNames()) assert.match(name, /^\p{Lu}/u, name);
});

test('type words are found in any case, and not inside another word', () => {
  const text = 'Căn cứ KẾ HOẠCH số 12, kế hoạch năm, Quyết Định 5 và NGHỊ QUYẾT LIÊN TỊCH; không phải "xLuật".';
  const slow = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${TYPE_NAME_SOURCE})(?:\s+liên\s+tịch)?(?![\p{L}\p{M}])`, 'giu');
  assert.deepEqual(findTypeWords(text).map((w) => w.written), [...text.matchAll(slow)].map((m) => m[0]));
  assert.deepEqual(findTypeWords(text).map((w) => w.written), ['KẾ HOẠCH', 'kế hoạch', 'Quyết Định', 'NGHỊ QUYẾT LIÊN TỊCH']);
});

test('boundaries checked in code', () => {
  assert.equal(notAfterLetter('xLuật', 1), false);
  assert.equal(notAfterLetter(' Luật', 1), true);
  assert.equal(notAfterLetter('Luật', 0), true);
  assert.equal(symbolMayStart('số31-QĐ/TW', 2), true);
  assert.equal(symbolMayStart('A12/BC', 1), false);
  assert.equal(symbolMayStart('1.12/2020', 2), false);
});

test('a symbol glued to "số" is read, one glued to a word is not', () => {
  const numbers = (text: string) => extract(text).references.map((r) => r.number);
  assert.deepEqual(numbers('Thực hiện Chỉ thị số31-CT/TW ngày 5/3/2019 của Ban Bí thư.'), ['31-CT/TW']);
  assert.deepEqual(numbers('Mã hàng AB12/KH-UBND không phải văn bản.'), []);
});
