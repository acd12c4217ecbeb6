import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise, originalSpan } from '../../server/src/extraction/normalise.ts';

test('decomposed letters are composed and spans still point into the original', () => {
  const original = 'Chỉ thị số 19-CT/TU của Tỉnh ủy'.normalize('NFD');
  const clean = normalise(original);
  assert.equal(clean.text, 'Chỉ thị số 19-CT/TU của Tỉnh ủy');
  const at = clean.text.indexOf('19-CT/TU');
  const span = originalSpan(clean, at, at + '19-CT/TU'.length);
  assert.equal(span.surface, '19-CT/TU');
  assert.equal(original.slice(span.start, span.end), '19-CT/TU');
});

test('CRLF, zero-width and non-breaking spaces, PDF horn damage and table bars are repaired', () => {
  const original = 'Nghị quyết\u00a0số 24-NQ/TW\r\nngày 03/6/2013 của Ban Chấp hành Trung ƣơng\u200b | Số: 12/KH-UBND';
  const clean = normalise(original);
  assert.equal(clean.text, 'Nghị quyết số 24-NQ/TW\nngày 03/6/2013 của Ban Chấp hành Trung ương \n Số: 12/KH-UBND');
  const at = clean.text.indexOf('Trung ương');
  assert.equal(originalSpan(clean, at, at + 'Trung ương'.length).surface, 'Trung ƣơng');
  const line = clean.text.indexOf('24-NQ/TW');
  assert.equal(originalSpan(clean, line, clean.text.indexOf('ngày') + 4).surface, '24-NQ/TW\r\nngày');
});

test('the new tone-mark placement is written the old way for matching', () => {
  assert.equal(normalise('Ban Chấp hành Trung ương khoá XI, hoà bình, thuỷ lợi, quý').text, 'Ban Chấp hành Trung ương khóa XI, hòa bình, thủy lợi, quý');
  assert.equal(normalise('hoàn thành').text, 'hoàn thành');
});
