import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentIdentity } from '../../server/src/extraction/identity/index.ts';
import { findIssuerMentions } from '../../server/src/extraction/issuers.ts';

// Pieces of headers, news pages and bodies, shuffled into texts no real document has.
const PIECES = [
  'TỈNH ỦY CAO BẰNG', 'ỦY BAN NHÂN DÂN', 'TỈNH ', 'THÀNH PHỐ HẢI PHÒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'Số: ', 'Số ', '629/LĐLĐ', '19-CT/TU', '01/QCPH/UBND-UBMTTQ', 'Cao Bằng, ', 'ngày 21 tháng 7 năm 2017', 'ngày ', '31/02/2017',
  'KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'CỦA BỘ CHÍNH TRỊ', 'V/v ', 'Về việc thực hiện ', 'Kính gửi:', '- ', ';', '.', ',', '|', '\t', '  ', '\n', '\n\n',
  'Cập nhật lúc19:34, Chủ Nhật, 03/03/2019', 'Ngày đăng: ', 'xin đăng toàn văn ', 'ban hành Chương trình số ', 'Ban Thường vụ Tỉnh ủy yêu cầu:',
  'T/M BAN THƯỜNG VỤ', 'Lưu Văn phòng Tỉnh ủy.', 'Công văn này', '(khóa XV)', 'Đồng Xoài', 'Trang chủ > Tin tức', '\u0301', 'ƣ', '\r\n',
];

test('any mix of header, page and body pieces gives an answer whose spans are slices of the text', async () => {
  const fc = (await import('fast-check')).default;
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
    const text = parts.join('');
    const r = readDocumentIdentity(text);
    for (const span of r.selfMentions) assert.equal(text.slice(span.start, span.end), span.surface);
    if (r.date !== null) assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(r.genre === 'document' || r.genre === 'news');
    for (const m of findIssuerMentions(text)) assert.equal(text.slice(m.start, m.end), m.surface);
  }), { numRuns: 300 });
});

test('arbitrary Unicode gives well-formed readings and sound issuer spans', async () => {
  const fc = (await import('fast-check')).default;
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
    const r = readDocumentIdentity(text);
    assert.ok(Array.isArray(r.recipients) && Array.isArray(r.selfMentions));
    for (const m of findIssuerMentions(text)) assert.equal(text.slice(m.start, m.end), m.surface);
  }), { numRuns: 300 });
});

test('a long header-like text stays fast (a generous guard, not a benchmark)', () => {
  const text = 'TỈNH ỦY CAO BẰNG Số 19-CT/TU Cao Bằng, ngày 21 tháng 7 năm 2017\n'.repeat(20000);
  const started = Date.now();
  readDocumentIdentity(text);
  assert.ok(Date.now() - started < 20000, `took ${Date.now() - started} ms`);
});
