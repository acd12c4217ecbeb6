import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentSentences } from '../../server/src/extraction/segment.ts';

const sentencesOf = (text: string): string[] => segmentSentences(text).map((s) => text.slice(s.start, s.end).trim());

test('a hard line break inside a reference does not end the sentence', () => {
  const text = 'Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ\nTỉnh ủy Bắc Kạn về công tác tuyên giáo; căn cứ Hướng dẫn số 115-HD/BTGTW.';
  assert.equal(sentencesOf(text).length, 1);
});

test('a line opening with "Căn cứ" starts a new sentence, as does a blank line before a capital', () => {
  const text = 'KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN THEO QUYẾT ĐỊNH SỐ 582/QĐ-TTG\nCăn cứ Quyết định số 582/QĐ-TTg ngày 11/4/2013 của Thủ tướng Chính phủ.\n\nVề việc thực hiện Kết luận\n\nsố 02-KL/TW của Ban Bí thư';
  assert.deepEqual(sentencesOf(text), [
    'KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN THEO QUYẾT ĐỊNH SỐ 582/QĐ-TTG',
    'Căn cứ Quyết định số 582/QĐ-TTg ngày 11/4/2013 của Thủ tướng Chính phủ.',
    'Về việc thực hiện Kết luận\n\nsố 02-KL/TW của Ban Bí thư',
  ]);
});

test('full stops end sentences, but not after "TP."', () => {
  assert.deepEqual(sentencesOf('Coi đây là nhiệm vụ hàng đầu. Tiếp tục quán triệt Nghị quyết số 24-NQ/TW tại TP. Hải Phòng.'), [
    'Coi đây là nhiệm vụ hàng đầu.',
    'Tiếp tục quán triệt Nghị quyết số 24-NQ/TW tại TP. Hải Phòng.',
  ]);
});
