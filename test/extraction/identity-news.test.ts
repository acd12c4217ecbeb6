import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentIdentity } from '../../server/src/extraction/identity/index.ts';

const pick = (text: string) => {
  const r = readDocumentIdentity(text);
  return { type: r.type, number: r.number, issuer: r.issuer, date: r.date, place: r.place, title: r.title };
};

test('a news page: headline, "Cập nhật lúc" date, no document identity of its own (seed 001)', () => {
  const text = `Ký kết chương trình phối hợp bảo vệ tài nguyên môi trường
Cập nhật lúc19:34, Chủ Nhật, 03/03/2019 (GMT+7)

Ngày 1-3, Sở Tài nguyên và Môi trường đã tổ chức ký kết chương trình phối hợp bảo vệ tài nguyên môi trường năm 2019.

Thanh Thúy`;
  const r = readDocumentIdentity(text);
  assert.equal(r.genre, 'news');
  assert.deepEqual(pick(text), {
    type: null, number: null, issuer: null, date: '2019-03-03', place: null, title: 'Ký kết chương trình phối hợp bảo vệ tài nguyên môi trường',
  });
  assert.equal(r.publicationDate, '2019-03-03');
  assert.equal(r.publicationYear, 2019);
});

test('news pages with "Ngày đăng:", "Ngày cập nhật" and a weekday line first', () => {
  const posted = readDocumentIdentity('Hội NCT tỉnh Lai Châu: Phát huy vai trò NCT\n\nNgày đăng: 30/10/2017\n\nNgày 24/10, Hội NCT tỉnh Lai Châu phối hợp với Sở Tài nguyên và Môi trường tổ chức ký kết.');
  assert.equal(posted.date, '2017-10-30');
  assert.equal(posted.title, 'Hội NCT tỉnh Lai Châu: Phát huy vai trò NCT');
  const weekday = readDocumentIdentity('Thứ Sáu, 12/05/2023 - 09:15\nĐảng ủy Khối Doanh nghiệp tỉnh quán triệt Nghị quyết số 29-NQ/TW\n\nSáng 11/5, Đảng ủy Khối tổ chức hội nghị.');
  assert.equal(weekday.genre, 'news');
  assert.equal(weekday.date, '2023-05-12');
  assert.equal(weekday.title, 'Đảng ủy Khối Doanh nghiệp tỉnh quán triệt Nghị quyết số 29-NQ/TW');
});

test('a page that publishes a programme in full is that programme (dev 002)', () => {
  const text = `Chương trình thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng
Ngày cập nhật 30/10/2017

Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.

Ban quản trị website xin đăng toàn văn Chương trình quan trọng này:


CHƯƠNG TRÌNH

Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng

đối với công tác quản lý, bảo vệ và phát triển rừng

 

Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như sau:`;
  const r = readDocumentIdentity(text);
  assert.equal(r.genre, 'document');
  assert.deepEqual(pick(text), {
    type: 'Chương trình hành động', number: '27-CTr/TU', issuer: 'Ban Thường vụ Tỉnh ủy Thừa Thiên Huế', date: '2017-08-23', place: null,
    title: 'Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng',
  });
  assert.equal(r.term, 'XV');
  assert.equal(r.publicationDate, '2017-10-30');
  const mentions = r.selfMentions.map((s) => s.surface);
  assert.ok(mentions.includes('Chương trình số 27-CTr/TU'));
  assert.ok(mentions.includes('Chương trình quan trọng này'));
});

test('a news page announcing a plan without publishing it stays a news page', () => {
  const r = readDocumentIdentity(`Bến Tre triển khai kế hoạch phòng, chống hạn mặn
Cập nhật lúc 16:20, Thứ Hai, 08/03/2021 (GMT+7)

Ngày 5/3, UBND tỉnh Bến Tre ban hành Kế hoạch số 1102/KH-UBND về phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2020 - 2021.`);
  assert.equal(r.genre, 'news');
  assert.equal(r.number, null);
  assert.equal(r.date, '2021-03-08');
});

test('a publication time and date flattened from a "|" row', () => {
  const r = readDocumentIdentity('Phê duyệt đề án phát triển du lịch cộng đồng tỉnh Điện Biên\n(Cập nhật: 10:45 | 19/09/2022)\n\nUBND tỉnh Điện Biên vừa ban hành Quyết định số 2024/QĐ-UBND ngày 14/9.');
  assert.equal(r.genre, 'news');
  assert.equal(r.date, '2022-09-19');
  assert.equal(r.publicationYear, 2022);
});

test('"xin đăng toàn văn Chỉ thị số … ngày … của …": the date and issuer follow the number', () => {
  const r = readDocumentIdentity('Chỉ thị của Ban Thường vụ Tỉnh ủy về lãnh đạo Tết Nguyên đán Giáp Thìn 2024\r\nNgày đăng: 12/12/2023\r\n\r\nBan quản trị xin đăng toàn văn Chỉ thị số 26-CT/TU ngày 08/12/2023 của Ban Thường vụ Tỉnh ủy Hậu Giang:\r\n\r\nCHỈ THỊ\r\nvề lãnh đạo, chỉ đạo tổ chức Tết Nguyên đán Giáp Thìn năm 2024\r\n\r\nThực hiện Chỉ thị số 26-CT/TW ngày 14/11/2023 của Ban Bí thư, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy chăm lo Tết cho Nhân dân.\r\n');
  assert.equal(r.genre, 'document');
  assert.equal(r.type, 'Chỉ thị');
  assert.equal(r.number, '26-CT/TU');
  assert.equal(r.date, '2023-12-08');
  assert.equal(r.issuer, 'Ban Thường vụ Tỉnh ủy Hậu Giang');
  assert.equal(r.title, 'về lãnh đạo, chỉ đạo tổ chức Tết Nguyên đán Giáp Thìn năm 2024');
  assert.ok(r.selfMentions.some((s) => s.surface === 'Chỉ thị số 26-CT/TU'));
});

test('a page with a breadcrumb and a bare date-and-time line', () => {
  const r = readDocumentIdentity(`Trang chủ > Tin tức > Hoạt động
Hội Nông dân tỉnh sơ kết 5 năm thực hiện Chỉ thị 08-CT/TU
05/06/2021 09:30

Sáng ngày 4/6, Hội Nông dân tỉnh tổ chức hội nghị.`);
  assert.equal(r.genre, 'news');
  assert.equal(r.date, '2021-06-05');
  assert.equal(r.title, 'Hội Nông dân tỉnh sơ kết 5 năm thực hiện Chỉ thị 08-CT/TU');
});

test('a section label above the headline is passed over', () => {
  const r = readDocumentIdentity(`Thời sự
Ngày đăng: 15/03/2022
Huyện Bảo Lâm triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX

Sáng 14/3, Huyện ủy Bảo Lâm tổ chức hội nghị.`);
  assert.equal(r.title, 'Huyện Bảo Lâm triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX');
  assert.equal(r.date, '2022-03-15');
});

test('a page dated by a place-and-date line, with no mark of an official text, is a news page', () => {
  const r = readDocumentIdentity(`Tổng kết 15 năm thực hiện Nghị quyết số 27-NQ/TW về xây dựng đội ngũ trí thức
Bình Phước, Ngày 03 tháng 11 năm 2020

Chiều 2/11, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết 15 năm thực hiện Nghị quyết số 27-NQ/TW ngày 06/8/2008 của Ban Chấp hành Trung ương Đảng khóa X.`);
  assert.equal(r.genre, 'news');
  assert.equal(r.date, '2020-11-03');
  assert.equal(r.number, null);
  assert.equal(r.type, null);
  assert.equal(r.publicationYear, 2020);
  assert.equal(r.title, 'Tổng kết 15 năm thực hiện Nghị quyết số 27-NQ/TW về xây dựng đội ngũ trí thức');
});

test('a page that reproduces a document with its whole header is that document', () => {
  const r = readDocumentIdentity(`Kế hoạch triển khai Chỉ thị 21-CT/TW của Ban Bí thư về công tác phụ nữ
Ngày đăng: 20/06/2018

Trang thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh trân trọng giới thiệu toàn văn Kế hoạch của Ban Thường vụ Tỉnh ủy như sau:

TỈNH ỦY PHÚ YÊN
*
Số 95-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Tuy Hòa, ngày 11 tháng 6 năm 2018
KẾ HOẠCH
triển khai thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư khóa XII
Thực hiện Chỉ thị số 21-CT/TW, ngày 20/01/2018 của Ban Bí thư khóa XII về tiếp tục đổi mới, nâng cao chất lượng, hiệu quả hoạt động công tác phụ nữ trong tình hình mới, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau:`);
  assert.equal(r.genre, 'document');
  assert.equal(r.type, 'Kế hoạch');
  assert.equal(r.number, '95-KH/TU');
  assert.equal(r.date, '2018-06-11');
  assert.equal(r.place, 'Tuy Hòa');
  assert.equal(r.issuer, 'Tỉnh ủy Phú Yên');
  assert.equal(r.title, 'triển khai thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư khóa XII');
});

test('generated news pages in every publication-line form give back headline and date', async () => {
  const fc = (await import('fast-check')).default;
  const FORMS = [
    (d: string) => `Cập nhật lúc 19:34, Thứ Hai, ${d} (GMT+7)`,
    (d: string) => `Cập nhật lúc19:34, Chủ Nhật, ${d} (GMT+7)`,
    (d: string) => `Ngày đăng: ${d}`,
    (d: string) => `Ngày cập nhật ${d}`,
    (d: string) => `Thứ Sáu, ${d} - 09:15`,
    (d: string) => `Đăng ngày ${d} | 14:05`,
    (d: string) => `(Cập nhật: 10:45 | ${d})`,
    (d: string) => `${d} 08:30`,
  ];
  fc.assert(fc.property(
    fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: FORMS.length - 1 }),
    fc.boolean(),
    (when, form, headlineFirst) => {
      const dd = String(when.getUTCDate()).padStart(2, '0');
      const mm = String(when.getUTCMonth() + 1).padStart(2, '0');
      const published = FORMS[form]!(`${dd}/${mm}/${when.getUTCFullYear()}`);
      const headline = 'Hội Nông dân huyện ra quân bảo vệ môi trường nông thôn';
      const top = headlineFirst ? `${headline}\n${published}` : `${published}\n${headline}`;
      const r = readDocumentIdentity(`${top}\n\nSáng 5/3, Hội Nông dân huyện phối hợp với các xã tổ chức ra quân thu gom rác thải.\n\nTin, ảnh: Minh Anh`);
      assert.equal(r.genre, 'news', published);
      assert.equal(r.date, when.toISOString().slice(0, 10), published);
      assert.equal(r.publicationYear, when.getUTCFullYear());
      assert.equal(r.title, headline, published);
      assert.equal(r.number, null);
    },
  ), { numRuns: 200 });
});

test('a publication line under the article, before the byline', () => {
  const r = readDocumentIdentity(`Thành phố ra quân làm sạch bãi biển
Sáng 5/6, hàng nghìn đoàn viên thanh niên đã tham gia làm sạch bãi biển hưởng ứng Ngày Môi trường thế giới.
Ngày đăng: 06/06/2021
Tin: Lan Anh`);
  assert.equal(r.genre, 'news');
  assert.equal(r.date, '2021-06-06');
  assert.equal(r.title, 'Thành phố ra quân làm sạch bãi biển');
});

test('a page whose menu row comes first: the publication line under the headline, menu items are no type line', () => {
  const r = readDocumentIdentity(`Báo Tuyên Quang điện tử
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Văn bản | Thông báo
Chính trị > Xây dựng Đảng
Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về lãnh đạo cuộc bầu cử
Ngày đăng: 20/12/2020 | Lượt xem: 1.254

(BTQ) - Ngày 18/12, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 22-CT/TU về lãnh đạo cuộc bầu cử.`);
  assert.equal(r.genre, 'news');
  assert.equal(r.date, '2020-12-20');
  assert.equal(r.title, 'Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về lãnh đạo cuộc bầu cử');
});

test('English chrome: "Posted:" under the headline', () => {
  const r = readDocumentIdentity(`Home | Tin tức | Thông báo
Share  Print  Font size: A- A+
Thông báo tuyển dụng viên chức năm 2024
Posted: 02/04/2024

Thực hiện Công văn số 456/SNV-CCVC ngày 25/3/2024 của Sở Nội vụ, Trường THPT Hoa Lư A thông báo tuyển dụng.`);
  assert.equal(r.genre, 'news');
  assert.equal(r.date, '2024-04-02');
  assert.equal(r.title, 'Thông báo tuyển dụng viên chức năm 2024');
});

test('a portal\'s particulars table gives the date and the title of the document it shows', () => {
  assert.deepEqual(pick(`Số ký hiệu | 1520/QĐ-UBND
Ngày ban hành | 12/08/2022
Loại văn bản | Quyết định
Cơ quan ban hành | UBND tỉnh Quảng Nam
Trích yếu | Phê duyệt Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022
Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ;`), {
    type: 'Quyết định', number: '1520/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Nam', date: '2022-08-12', place: null,
    title: 'Phê duyệt Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022',
  });
});

test('a date line whose time and view count were "|" cells', () => {
  const r = readDocumentIdentity(`HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Ký kết chương trình phối hợp chăm sóc sức khỏe phụ nữ và trẻ em giai đoạn 2025 - 2030
09/10/2025 | 10:12 | 187 lượt xem

Ngày 8/10, Hội LHPN tỉnh và Sở Y tế ký kết Chương trình phối hợp số 02/CTrPH-HLHPN-SYT về chăm sóc sức khỏe phụ nữ.`);
  assert.equal(r.genre, 'news');
  assert.equal(r.date, '2025-10-09');
});
