import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, findAll, highlightInSentence, markSpans, referenceSpans } from '../../client/src/text-marks.ts';

test('the cited span is marked in its evidence sentence, even written with a stray space', () => {
  const sentence = 'Thực hiện Chỉ thị số 19- CT/TU ngày 04 tháng 7 năm 2017 của Ban Thường vụ Tỉnh ủy';
  const segments = highlightInSentence(sentence, 'Chỉ thị số 19-CT/TU');
  assert.deepEqual(segments.map((s) => [s.text, s.mark !== null]), [
    ['Thực hiện ', false],
    ['Chỉ thị số 19- CT/TU', true],
    [' ngày 04 tháng 7 năm 2017 của Ban Thường vụ Tỉnh ủy', false],
  ]);
});

test('matching forgives tone marks and case, and needs whole words', () => {
  assert.deepEqual(findAll('Căn cứ NGHỊ QUYẾT số 41-NQ/TW', 'nghi quyet so 41-NQ/TW'), [{ start: 7, end: 29 }]);
  assert.deepEqual(findAll('theo Chỉ thị 19-CT/TU', '9-CT/TU'), [], '"9-CT/TU" is not a mention inside "19-CT/TU"');
});

test('a sentence without the surface is shown whole, unmarked', () => {
  assert.deepEqual(highlightInSentence('Quán triệt sâu sắc.', '24-NQ/TW'), [{ text: 'Quán triệt sâu sắc.', mark: null }]);
});

test('every mention of a referenced document in a full text is marked: the recorded span and later ones', () => {
  const text = 'Thực hiện Chỉ thị số 19-CT/TU của Tỉnh ủy. Sau khi quán triệt Chỉ thị 19-CT/TU, các cấp công đoàn …';
  const spans = referenceSpans(text, [{ surface: 'Chỉ thị số 19-CT/TU', start: 10, end: 29, number: '19-CT/TU', mark: 'directive' }]);
  const marked = markSpans(text, spans).filter((s) => s.mark).map((s) => s.text);
  assert.deepEqual(marked, ['Chỉ thị số 19-CT/TU', '19-CT/TU']);
});

test('overlapping and out-of-range spans never duplicate or lose text', () => {
  const text = 'abcdefghij';
  const segments = markSpans(text, [
    { start: 2, end: 6, mark: 1 },
    { start: 4, end: 8, mark: 2 },
    { start: 8, end: 40, mark: 3 },
  ]);
  assert.equal(segments.map((s) => s.text).join(''), text);
  assert.deepEqual(segments.map((s) => s.mark), [null, 1, null]);
});

test('text from documents is escaped for the SVG export', () => {
  assert.equal(escapeXml('<script>alert("x")</script> & \'y\''), '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
});
