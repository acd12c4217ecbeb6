// Decoding files saved in the encodings Vietnamese offices have used: Unicode in its
// forms, and the legacy 8-bit TCVN3 (ABC), VNI and Windows-1258. Legacy fixtures are
// made here by encoding Vietnamese sentences with the same tables, then decoded blind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeText,
  encodeTcvn3,
  encodeVni,
  encodeWindows1258,
  isVietnameseSyllable,
  repairLegacyFontText,
} from '../../server/src/extraction/decode/index.ts';

const SENTENCES = [
  'Thực hiện Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng về tăng cường sự lãnh đạo của Đảng.',
  'Căn cứ Nghị quyết số 24-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về chủ động ứng phó với biến đổi khí hậu.',
  'Ban Thường vụ Liên đoàn Lao động tỉnh hướng dẫn các cấp công đoàn tổ chức triển khai trong công nhân, viên chức, lao động.',
  'Ủy ban nhân dân huyện yêu cầu các phòng, ban, ngành nghiêm túc thực hiện; báo cáo kết quả về Văn phòng trước ngày 15/12.',
];
const DOCUMENT = SENTENCES.join('\n');
const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));

test('the field guide example: "Uû ban nh©n d©n" is TCVN3 for "Uỷ ban nhân dân"', () => {
  const decoded = decodeText(latin1('Uû ban nh©n d©n tØnh Cao B»ng'));
  assert.equal(decoded.encoding, 'tcvn3');
  assert.equal(decoded.text, 'Uỷ ban nhân dân tỉnh Cao Bằng');
});

test('a VNI header is recognised: "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"', () => {
  const decoded = decodeText(latin1('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\r\nÑoäc laäp - Töï do - Haïnh phuùc'));
  assert.equal(decoded.encoding, 'vni');
  assert.equal(decoded.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nĐộc lập - Tự do - Hạnh phúc');
});

test('TCVN3 round-trips lower-case and the capitals it has; toned capitals come back lower-case', () => {
  const decoded = decodeText(encodeTcvn3(DOCUMENT));
  assert.equal(decoded.encoding, 'tcvn3');
  // TCVN3 has no byte for "Ủ" or "Ỉ": capital fonts drew them from the lower-case bytes.
  assert.equal(decoded.text, DOCUMENT.replace('Ủy', 'ủy'));
});

test('VNI round-trips every sentence, capitals included', () => {
  for (const sentence of [...SENTENCES, DOCUMENT.toUpperCase()]) {
    const decoded = decodeText(encodeVni(sentence));
    assert.equal(decoded.encoding, 'vni', sentence);
    assert.equal(decoded.text, sentence);
  }
});

test('Windows-1258 round-trips (base letter plus combining tone byte, recomposed)', () => {
  const decoded = decodeText(encodeWindows1258(DOCUMENT));
  assert.equal(decoded.encoding, 'windows-1258');
  assert.equal(decoded.text, DOCUMENT);
});

test('every Vietnamese letter survives VNI and Windows-1258, in both cases', () => {
  const letters = 'aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ';
  const text = `${letters} ${letters.toUpperCase()}`;
  assert.equal(new TextDecoder('latin1').decode(encodeVni(text)).includes('?'), false);
  assert.equal(decodeText(encodeVni(`Nghị quyết ${text}`)).text, `Nghị quyết ${text}`);
  assert.equal(decodeText(encodeWindows1258(`Nghị quyết ${text}`)).text, `Nghị quyết ${text}`);
  assert.equal(decodeText(encodeTcvn3(`nghị quyết ${letters}`)).text, `nghị quyết ${letters}`);
});

test('UTF-8 with and without a byte-order mark', () => {
  const bytes = new TextEncoder().encode(DOCUMENT);
  assert.deepEqual(decodeText(bytes), { text: DOCUMENT, encoding: 'utf-8' });
  assert.deepEqual(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])), { text: DOCUMENT, encoding: 'utf-8-bom' });
});

test('UTF-8 keeps decomposed (NFD) letters as written, so offsets stay true', () => {
  const nfd = DOCUMENT.normalize('NFD');
  assert.deepEqual(decodeText(new TextEncoder().encode(nfd)), { text: nfd, encoding: 'utf-8' });
});

test('UTF-16 little- and big-endian with a byte-order mark, and little-endian without', () => {
  const le = Buffer.from(DOCUMENT, 'utf16le');
  const be = Buffer.from(le).swap16();
  assert.deepEqual(decodeText(Uint8Array.from([0xff, 0xfe, ...le])), { text: DOCUMENT, encoding: 'utf-16le' });
  assert.deepEqual(decodeText(Uint8Array.from([0xfe, 0xff, ...be])), { text: DOCUMENT, encoding: 'utf-16be' });
  assert.deepEqual(decodeText(Uint8Array.from(le)), { text: DOCUMENT, encoding: 'utf-16le' });
});

test('plain ASCII is UTF-8', () => {
  assert.deepEqual(decodeText(latin1('So: 629/LDLD')), { text: 'So: 629/LDLD', encoding: 'utf-8' });
});

test('a TCVN3 file with mostly ASCII lines is still recognised by its few Vietnamese words', () => {
  const text = 'So: 15-KH/TU\nKÕ ho¹ch thùc hiÖn NghÞ quyÕt sè 41-NQ/TW\nEmail: vanphong@example.vn; Tel: 0206 3852 111';
  assert.equal(decodeText(latin1(text)).text, 'So: 15-KH/TU\nkế hoạch thực hiện nghị quyết số 41-NQ/TW\nEmail: vanphong@example.vn; Tel: 0206 3852 111'.replace('kế', 'Kế').replace('nghị', 'Nghị'));
});

test('Vietnamese syllables: valid ones pass, garbled decodings fail', () => {
  for (const word of ['nghị', 'quyết', 'thường', 'khuya', 'người', 'giữa', 'hoà', 'hòa', 'ủy']) assert.ok(isVietnameseSyllable(word), word);
  for (const word of ['vieät', 'nh©n', 'quyeåt', 'ngưọi', 'tiếngà']) assert.ok(!isVietnameseSyllable(word), word);
});

test('any bytes at all decode to some text without throwing', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const decoded = decodeText(bytes);
      assert.equal(typeof decoded.text, 'string');
      assert.ok(decoded.encoding.length > 0);
    }),
    { numRuns: 300 },
  );
});

test('Vietnamese text round-trips through every encoding whatever the sentence', () => {
  const syllables = ['nghị', 'quyết', 'thực', 'hiện', 'của', 'tỉnh', 'ủy', 'ban', 'thường', 'vụ', 'đảng', 'bộ', 'kế', 'hoạch', 'số', 'ngày', 'tháng', 'năm', 'chỉ', 'thị', 'về', 'việc', 'người', 'dân'];
  const sentence = fc.array(fc.constantFrom(...syllables), { minLength: 4, maxLength: 40 }).map((words) => words.join(' '));
  fc.assert(
    fc.property(sentence, (text) => {
      assert.equal(decodeText(encodeVni(text)).text, text);
      assert.equal(decodeText(encodeTcvn3(text)).text, text);
      assert.equal(decodeText(encodeWindows1258(text)).text, text);
      assert.equal(decodeText(new TextEncoder().encode(text)).text, text);
    }),
    { numRuns: 200 },
  );
});

test('a large legacy file is detected from a sample and decoded whole', () => {
  const text = `${SENTENCES.join('\n')}\n`.repeat(2000);
  const decoded = decodeText(encodeVni(text));
  assert.equal(decoded.encoding, 'vni');
  assert.equal(decoded.text, text);
});

test('Unicode text typed in the old .VnTime font is decoded line by line; real Unicode is left alone', () => {
  const tcvn3Line = 'Uû ban nh©n d©n tØnh Cao B»ng';
  const vniLine = 'Thöïc hieän Chæ thò soá 19-CT/TU';
  const unicodeLines = ['Số: 629/LĐLĐ', 'Tôi là cán bộ, ông Hà ở Hà Nội', 'Café Ōsaka'];
  const text = [tcvn3Line, ...unicodeLines, vniLine].join('\r\n');
  const repaired = repairLegacyFontText(text);
  assert.equal(repaired.text, ['Uỷ ban nhân dân tỉnh Cao Bằng', ...unicodeLines, 'Thực hiện Chỉ thị số 19-CT/TU'].join('\r\n'));
  assert.equal(repaired.font, 'tcvn3');
  for (const sentence of SENTENCES) assert.deepEqual(repairLegacyFontText(sentence), { text: sentence, font: null });
});

test('UTF-8 whose Vietnamese letters come after many kilobytes of ASCII is still UTF-8, whole', () => {
  const preamble = 'Tel: 0206 3852 111; Fax: 0206 3852 112; Email: vanphong@example.vn\n'.repeat(200);
  const text = `${preamble}Thực hiện Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng.\n`;
  assert.deepEqual(decodeText(new TextEncoder().encode(text)), { text, encoding: 'utf-8' });
});
