// A date right after a reference is looked for at that one position (dates.ts dateAt);
// it must be what the first date of the window gives when that date starts there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dateAt, parseDate } from '../../server/src/extraction/dates.ts';

function dateAtByDefinition(text: string, index: number, defaultYear: number | null) {
  const lead = /^[\s\u200b,;:(]*(?:ban\s+hành\s+)?/iu.exec(text.slice(index, index + 40));
  const from = index + (lead ? lead[0].length : 0);
  const date = parseDate(text.slice(from, from + 60), { defaultYear });
  if (!date || date.start !== 0) return null;
  return { ...date, start: date.start + from, end: date.end + from };
}

const TOKENS = fc.constantFrom(
  'ngày ', 'Ngày ', 'NGÀY ', 'mồng ', 'tháng ', 'THÁNG ', 'năm ', 'Năm ', 'Bảy ', 'ban hành ', ', ', ' ', '\n',
  '04', '4', '12', '31', '29', '2', '2017', '2020', '1999', '/', '-', '.', '–', 'CT/TU', 'x',
);

test('a date right after a reference', () => {
  const text = 'Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy';
  assert.equal(dateAt(text, text.indexOf(','), {})?.iso, '2017-07-04');
  assert.equal(dateAt('số 5/KH, về việc ngày 04/7/2017', 7, {}), null);
});

test('the date at a position is the first date of the window when it starts there', () => {
  fc.assert(fc.property(fc.array(TOKENS, { maxLength: 14 }), fc.nat(20), fc.constantFrom(null, 2021), (tokens, at, year) => {
    const text = tokens.join('');
    const index = Math.min(at, text.length);
    assert.deepEqual(dateAt(text, index, { defaultYear: year }), dateAtByDefinition(text, index, year));
  }), { numRuns: 5000 });
});
