// Vietnamese sentences in, references out: the forms of reference the extractor must read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../server/src/extraction/index.ts';
import type { Reference } from '../../server/src/domain/types.ts';

const refs = (text: string): Reference[] => extract(text).references;
const numbers = (text: string): (string | null)[] => refs(text).map((r) => r.number);
const byNumber = (text: string, number: string): Reference => {
  const found = refs(text).find((r) => r.number === number);
  assert.ok(found, `${number} is found in: ${text}`);
  return found;
};

test('a Party directive with its date and issuer, stray space in the symbol', () => {
  const text = 'Thực hiện Chỉ thị số 19- CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng về tăng cường sự lãnh đạo của Đảng.';
  const ref = byNumber(text, '19-CT/TU');
  assert.equal(ref.type, 'Chỉ thị');
  assert.equal(ref.date, '2017-07-04');
  assert.equal(ref.issuer, 'Tỉnh ủy Cao Bằng');
  assert.equal(ref.relation, 'implements');
  assert.equal(ref.cue, 'Thực hiện');
  assert.equal(ref.key, 'party:TU:cao-bang:CT:19:2015');
  assert.equal(text.slice(ref.start, ref.end), ref.surface);
});

test('malformed symbols are read as written and normalised', () => {
  assert.deepEqual(numbers('Căn cứ Nghị quyết 24/NQ/TW của Ban Chấp hành Trung ương.'), ['24-NQ/TW']);
  assert.deepEqual(numbers('Căn cứ Chương trình hành động số 18-CTR/TU của Tỉnh ủy.'), ['18-CTr/TU']);
  assert.deepEqual(numbers('Quán triệt Kết luận số 100 - KL/TW của Bộ Chính trị.'), ['100-KL/TW']);
  assert.deepEqual(numbers('Căn cứ Quyết định số31-QĐ/TW ngày 27/9/2016 của Bộ Chính trị.'), ['31-QĐ/TW']);
  assert.deepEqual(numbers('Theo Quyết định số 1206 /QĐ-HVTC ngày 15/6/2020 của Học viện Tài chính.'), ['1206/QĐ-HVTC']);
});

test('the cited term is the one written with the cited issuer, not the issuing committee\'s', () => {
  const text = 'Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường công tác quản lý rừng, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:';
  const ref = byNumber(text, '13-CT/TW');
  assert.equal(ref.term, null);
  assert.equal(ref.key, 'party:TW:-:CT:13:XII');
  const plenum = byNumber('Căn cứ Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa XI về chủ động ứng phó với biến đổi khí hậu.', '24-NQ/TW');
  assert.equal(plenum.term, 'XI');
});

test('coordinated references share the date and issuer written once', () => {
  const text = 'Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành kèm theo Quy chế giám sát;';
  const [first, second] = refs(text);
  assert.equal(first?.number, '217-QĐ/TW');
  assert.equal(first?.date, '2013-12-12');
  assert.equal(first?.issuer, 'Bộ Chính trị');
  assert.equal(second?.number, '218-QĐ/TW');
  assert.equal(first?.surface, 'Quyết định số 217-QĐ/TW');
});

test('a reference and its date split across lines', () => {
  const text = 'căn cứ Hướng dẫn số 115- HD/BTGW, ngày 08 tháng 01 năm\n2020 của Ban Tuyên giáo Trung ương “Tuyên truyền kỷ niệm các ngày lễ lớn”';
  const ref = byNumber(text, '115-HD/BTGTW');
  assert.equal(ref.date, '2020-01-08');
  assert.equal(ref.issuer, 'Ban Tuyên giáo Trung ương');
  assert.equal(ref.relation, 'cites');
  assert.equal(ref.cue?.toLowerCase(), 'căn cứ');
});

test('State symbols: administrative, dispatch, normative, all-caps titles', () => {
  assert.deepEqual(numbers('Xét đề nghị của Sở Tài nguyên và Môi trường tại Văn bản số 1789/STNMT-BVMT ngày 29/9/2014.'), ['1789/STNMT-BVMT']);
  assert.equal(refs('Xét đề nghị tại Văn bản số 1789/STNMT-BVMT ngày 29/9/2014.')[0]?.type, 'Công văn');
  assert.deepEqual(numbers('Thực hiện CV số 123/UBND-VX ngày 5/3/2023 của UBND tỉnh.'), ['123/UBND-VX']);
  assert.deepEqual(numbers('Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ;'), ['08/2022/NĐ-CP']);
  const caps = refs('Số: 3015/KH-UBND\nHải Phòng, ngày 27 tháng 11 năm 2014\nKẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN GIẢM TÚI NI LÔNG THEO QUYẾT ĐỊNH SỐ 582/QĐ-TTG NGÀY 11/4/2013 CỦA THỦ TƯỚNG CHÍNH PHỦ');
  assert.equal(caps[0]?.number, '582/QĐ-TTg');
  assert.equal(caps[0]?.issuer, 'Thủ tướng Chính phủ');
  assert.equal(caps[0]?.relation, 'implements');
});

test('laws by name and year, congress and plenum resolutions', () => {
  const law = refs('Căn cứ Luật Tổ chức chính quyền địa\nphương ngày 19/6/2015;')[0];
  assert.equal(law?.type, 'Luật');
  assert.equal(law?.date, '2015-06-19');
  assert.equal(law?.key, 'state:QH:-:LUAT:to-chuc-chinh-quyen-dia-phuong:2015');
  const laws = refs('Đảng đoàn HĐND tỉnh chỉ đạo tuyên truyền Luật Bảo vệ Môi trường; giám sát việc thi hành Luật Bảo vệ Môi trường năm 2014.');
  assert.equal(laws.length, 1, 'both mentions are the 2014 law');
  assert.equal(laws[0]?.mentions?.length, 2);
  const congress = refs('Phấn đấu hoàn thành các chỉ tiêu đã đề ra trong Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X (nhiệm kỳ 2015 - 2020).');
  assert.equal(congress[0]?.type, 'Nghị quyết');
  assert.match(congress[0]?.surface ?? '', /Đại hội Đảng bộ tỉnh lần thứ X$/u);
  const plenum = refs('Thực hiện Nghị quyết Trung ương 7 khóa XI về biến đổi khí hậu, Sở đã xây dựng kế hoạch.');
  assert.equal(plenum[0]?.term, 'XI');
  assert.equal(plenum[0]?.relation, 'implements');
});

test('things that look like references are not', () => {
  assert.deepEqual(refs('Mọi chi tiết xin liên hệ số điện thoại 0206.3852.159 hoặc 0912-345-678.'), []);
  assert.deepEqual(refs('Hội thi diễn ra từ ngày 20-26/9/2017 tại Nhà văn hóa tỉnh.'), []);
  assert.deepEqual(refs('1.1. Mục tiêu chung. Báo Cao Bằng Số 93 ra ngày 12/4. Đạt 15/19 tiêu chí, lô số 12/B.'), []);
  assert.deepEqual(refs('Các chỉ thị, nghị quyết của Trung ương và của tỉnh được quán triệt đầy đủ.'), []);
  assert.deepEqual(refs('Theo tờ bản đồ số 12/BĐ-ĐC, thửa đất số 123, xe biển số 29A-123.45, mã số 12-AB/CD.'), []);
});

test('text damage: decomposed letters, PDF horn, zero-width and non-breaking spaces, CRLF', () => {
  const text = 'Thực hiện Chƣơng trình hành động\u00a0số 39-CTr/TƯ,\r\nngày 26/8/2013 của Tỉnh ủy\u200b về bảo vệ môi trường.'.normalize('NFD');
  const ref = refs(text)[0];
  assert.equal(ref?.number, '39-CTr/TU');
  assert.equal(ref?.date, '2013-08-26');
  assert.equal(text.slice(ref!.start, ref!.end), ref!.surface);
});

test('a date on the next line that opens a new sentence is not the reference\'s', () => {
  const [ref] = refs('V/v thực hiện Chỉ thị số 05-CT/TW\nNgày 5/3/2020, Sở Nội vụ đã họp triển khai.');
  assert.equal(ref?.number, '05-CT/TW');
  assert.equal(ref?.date, null);
});

test('a congress resolution is named by its ordinal or its term, not in general', () => {
  const found = refs('Quán triệt Nghị quyết Đại hội Đảng các cấp, Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 và Nghị quyết Đại hội XIII của Đảng; chấp hành Luật Việt Nam.');
  assert.deepEqual(found.map((r) => r.surface), ['Nghị quyết Đại hội Đảng bộ tỉnh', 'Nghị quyết Đại hội XIII của Đảng']);
});

test('the issuer is the body its head signs for', () => {
  const found = refs('Căn cứ Thông tư số 02/2022/TT-BTNMT ngày 10/01/2022 của Bộ trưởng Bộ Tài nguyên và Môi trường; Quyết định số 12/QĐ-UBND ngày 5/1/2022 của Chủ tịch UBND tỉnh.');
  assert.deepEqual(found.map((r) => r.issuer), ['Bộ Tài nguyên và Môi trường', 'Ủy ban nhân dân tỉnh']);
});

test('a quoted title between a number and its date is stepped over', () => {
  const [ref] = refs('Căn cứ Chỉ thị số 05-CT/TW “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” ngày 15/5/2016 của Bộ Chính trị, Chi bộ đăng ký làm theo.');
  assert.deepEqual([ref?.number, ref?.date, ref?.issuer], ['05-CT/TW', '2016-05-15', 'Bộ Chính trị']);
});

test('a news page: dates without a year take the page\'s year, and the year before across New Year', () => {
  const page = (published: string, body: string) => `Trang chủ > Kinh tế\nUBND tỉnh ban hành Kế hoạch phát triển cây mắc ca năm 2024\nNgày đăng: ${published}\n\n${body}`;
  const december = extract(page('05/01/2024', 'Ngày 28/12, UBND tỉnh Điện Biên ban hành Kế hoạch số 285/KH-UBND về phát triển cây mắc ca.'));
  assert.equal(december.references.find((r) => r.number === '285/KH-UBND')?.date, '2023-12-28');
  const sameYear = extract(page('20/12/2020', '(BTQ) - Ngày 18/12, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 22-CT/TU về lãnh đạo cuộc bầu cử.'));
  assert.equal(sameYear.references.find((r) => r.number === '22-CT/TU')?.date, '2020-12-18');
});

test('the date that opens a sentence, clauses before the one who signs', () => {
  const text = 'Thời sự | Chính trị\nBan Bí thư ban hành Chỉ thị về tín dụng chính sách xã hội\nThứ Năm, 31/10/2024\n\nNgày 30/10, thay mặt Ban Bí thư, đồng chí Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 39-CT/TW về nâng cao hiệu quả của tín dụng chính sách xã hội.';
  assert.equal(byNumber(text, '39-CT/TW').date, '2024-10-30');
});

test('a document cites only what came before it: "ngày 28/12" in a text of 5 January is of the year before', () => {
  const text = 'Số: 12/KH-UBND\nCao Bằng, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nTriển khai thực hiện Công văn số 40/UBND-VX ngày 28/12 của UBND tỉnh về công tác Tết.';
  assert.equal(byNumber(text, '40/UBND-VX').date, '2023-12-28');
});

test('three resolutions and two dates: which date is whose is not said, the plenum\'s term is all of theirs', () => {
  const text = 'Ban Tuyên giáo Thị ủy hướng dẫn học tập các Nghị quyết: số 27-NQ/TW, số 28-NQ/TW và số 29-NQ/TW ngày 09/11/2022 và ngày 17/11/2022 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.';
  assert.deepEqual(refs(text).map((r) => [r.number, r.date, r.key]), [
    ['27-NQ/TW', null, 'party:TW:-:NQ:27:XIII'],
    ['28-NQ/TW', null, 'party:TW:-:NQ:28:XIII'],
    ['29-NQ/TW', null, 'party:TW:-:NQ:29:XIII'],
  ]);
});

test('"Nghị quyết Trung ương 8 khóa XI" is the numbered resolution of that plenum the text also cites', () => {
  const text = 'Sơn La tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 khóa XI về Chiến lược bảo vệ Tổ quốc\nNgày đăng: 05/10/2023\n\nSáng 4/10, Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 28-NQ/TW ngày 25/10/2013 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI về Chiến lược bảo vệ Tổ quốc.';
  assert.deepEqual(refs(text).map((r) => [r.number, r.key, r.mentions?.length]), [['28-NQ/TW', 'party:TW:-:NQ:28:XI', 2]]);
  // Another plenum of the same term is another resolution.
  const other = 'Quán triệt Nghị quyết Trung ương 4 khóa XI và Nghị quyết số 28-NQ/TW của Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XI.';
  assert.equal(refs(other).length, 2);
});

test('a mass organisation\'s congress resolution keeps its whole name', () => {
  const found = refs('CHƯƠNG TRÌNH\nthực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028\n');
  assert.deepEqual(found.map((r) => [r.surface, r.key]), [['Nghị quyết Đại hội XIII Công đoàn Việt Nam', 'mass:ĐH:-:NQ:dai-hoi-xiii-cong-doan-viet-nam:?']]);
});
