import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentIdentity } from '../../server/src/extraction/identity/index.ts';

const pick = (text: string) => {
  const r = readDocumentIdentity(text);
  return { type: r.type, number: r.number, issuer: r.issuer, date: r.date, place: r.place, title: r.title };
};

test('a labour federation dispatch whose header lost its issuer column (seed 000)', () => {
  const text = ` Số: 629/LĐLĐ

Về việc thực hiện Chỉ thị số 19-CT/TU 
của Ban Thường vụ Tỉnh ủy.

\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc


Cao Bằng, ngày 21 tháng 7  năm 2017


Kính gửi:
- Liên đoàn Lao động các huyện, thành phố;
- Công đoàn ngành, Công đoàn Viên chức tỉnh;

- Công đoàn cơ sở trực thuộc.

Thực hiện Chỉ thị số 19- CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường.
Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh hướng dẫn các cấp công đoàn tổ chức triển khai một số nhiệm vụ sau:`;
  const r = readDocumentIdentity(text);
  assert.deepEqual(pick(text), {
    type: 'Công văn', number: '629/LĐLĐ', issuer: 'Liên đoàn Lao động tỉnh Cao Bằng', date: '2017-07-21', place: 'Cao Bằng',
    title: 'Về việc thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy',
  });
  assert.equal(r.level, 'province');
  assert.equal(r.system, 'mass');
  assert.equal(r.province, 'Cao Bằng');
  assert.equal(r.genre, 'document');
  assert.deepEqual(r.recipients, ['Liên đoàn Lao động các huyện, thành phố', 'Công đoàn ngành, Công đoàn Viên chức tỉnh', 'Công đoàn cơ sở trực thuộc']);
  assert.equal(r.publicationYear, 2017);
  assert.equal(text.slice(r.selfMentions[0]!.start, r.selfMentions[0]!.end), '629/LĐLĐ');
});

test('a Party dispatch without a number line: issuer from the body, the filing line and the place (seed 004)', () => {
  const text = ` Về việc triển khai thực hiện Kết luận

số 02-KL/TW của Ban Bí thư (khóa XII)
\tĐồng Xoài, ngày 13 tháng 6 năm 2016

Kính gửi:
- Ban Cán sự Đảng UBND tỉnh,

- Các cơ quan báo chí của tỉnh.
Để phát huy những kết quả đã đạt được, triển khai hiệu quả Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư “Về tổng kết 10 năm thực hiện Nghị quyết số 41-NQ/TW”, Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các cấp ủy đảng tiếp tục quán triệt.
2. Ban Cán sự Đảng UBND tỉnh chỉ đạo các đơn vị liên quan.
6. Giao Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc, kiểm tra việc thực hiện Công văn này.
\tNơi nhận:
- Ban Bí thư Trung ương Đảng;
- Lưu Văn phòng Tỉnh ủy.`;
  const r = readDocumentIdentity(text);
  assert.deepEqual(pick(text), {
    type: 'Công văn', number: null, issuer: 'Ban Thường vụ Tỉnh ủy Bình Phước', date: '2016-06-13', place: 'Đồng Xoài',
    title: 'Về việc triển khai thực hiện Kết luận số 02-KL/TW của Ban Bí thư (khóa XII)',
  });
  assert.equal(r.province, 'Bình Phước');
  assert.equal(r.provinceSlug, 'binh-phuoc');
  assert.equal(r.level, 'province');
  assert.equal(r.system, 'party');
  assert.equal(r.key, null);
  assert.ok(r.selfMentions.some((s) => s.surface === 'Công văn này'));
});

test('a provincial Party directive with a two-column header on separate lines', () => {
  const text = `TỈNH ỦY LẠNG SƠN
*
Số 12-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày 05 tháng 9 năm 2022
CHỈ THỊ
về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai
trên địa bàn tỉnh
Thời gian qua, công tác phòng, chống thiên tai trên địa bàn tỉnh đã đạt được những kết quả quan trọng.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ`;
  const r = readDocumentIdentity(text);
  assert.deepEqual(pick(text), {
    type: 'Chỉ thị', number: '12-CT/TU', issuer: 'Tỉnh ủy Lạng Sơn', date: '2022-09-05', place: 'Lạng Sơn',
    title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai trên địa bàn tỉnh',
  });
  assert.equal(r.key, 'party:TU:lang-son:CT:12:2020');
});

test('an action programme whose header puts number and date on one line, with the committee term in the body', () => {
  const text = `ĐẢNG BỘ TỈNH QUẢNG NGÃI
BAN THƯỜNG VỤ TỈNH ỦY
Số 45-CTr/TU          Quảng Ngãi, ngày 18 tháng 01 năm 2023
CHƯƠNG TRÌNH HÀNH ĐỘNG
THỰC HIỆN NGHỊ QUYẾT SỐ 26-NQ/TW NGÀY 03/11/2022 CỦA BỘ CHÍNH TRỊ
Thực hiện Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy (khóa XX) ban hành Chương trình hành động như sau:`;
  const r = readDocumentIdentity(text);
  assert.equal(r.type, 'Chương trình hành động');
  assert.equal(r.number, '45-CTr/TU');
  assert.equal(r.date, '2023-01-18');
  assert.equal(r.place, 'Quảng Ngãi');
  assert.equal(r.issuer, 'Ban Thường vụ Tỉnh ủy Quảng Ngãi');
  assert.equal(r.title, 'Thực hiện Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị');
});

test('a plan whose header columns were flattened into "|" rows (dev 011)', () => {
  const text = `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 9237/KH-UBND | Hải Phòng, ngày 27 tháng 11 năm 2014 |
KẾ HOẠCH
THỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG KIỂM SOÁT Ô NHIỄM MÔI TRƯỜNG THEO QUYẾT ĐỊNH SỐ 582/QĐ-TTG NGÀY 11/4/2013 CỦA THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Quyết định số 582/QĐ-TTg ngày 11/4/2013 của Thủ tướng Chính phủ.`;
  const r = readDocumentIdentity(text);
  assert.deepEqual(pick(text), {
    type: 'Kế hoạch', number: '9237/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng', date: '2014-11-27', place: 'Hải Phòng',
    title: 'Thực hiện đề án tăng cường kiểm soát ô nhiễm môi trường theo Quyết định số 582/QĐ-TTg ngày 11/4/2013 của Thủ tướng Chính phủ',
  });
  assert.equal(r.system, 'state');
  assert.equal(r.key, 'state:UBND:hai-phong:KH:9237:2014');
});

test('a department decision under its provincial committee, with a yearly State number', () => {
  const text = `UBND TỈNH SÓC TRĂNG
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 356/QĐ-STNMT
Sóc Trăng, ngày 02 tháng 8 năm 2021
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc của Sở
GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Căn cứ Quyết định số 22/2016/QĐ-UBND ngày 12/7/2016 của Ủy ban nhân dân tỉnh;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.`;
  const r = readDocumentIdentity(text);
  assert.equal(r.type, 'Quyết định');
  assert.equal(r.number, '356/QĐ-STNMT');
  assert.equal(r.issuer, 'Sở Tài nguyên và Môi trường tỉnh Sóc Trăng');
  assert.equal(r.date, '2021-08-02');
  assert.equal(r.title, 'Về việc ban hành Quy chế làm việc của Sở');
  assert.equal(r.level, 'province');
});

test('a joint regulation of two issuers over one place line (dev 021)', () => {
  const text = `ỦY BAN NHÂN DÂN
ỦY BAN MTTQ VIỆT NAM
TỈNH ĐẮK LẮK
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
|
Số: 01/QCPH/UBND-UBMTTQ
|
Đắk Lắk, ngày 27 tháng 10 năm 2017
|
QUY CHẾ
PHỐI
HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN
TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIAI ĐOẠN
2017-2021
Căn cứ Luật Tổ chức chính quyền địa
phương ngày 19/6/2015;`;
  const r = readDocumentIdentity(text);
  assert.equal(r.number, '01/QCPH/UBND-UBMTTQ');
  assert.equal(r.issuer, 'Ủy ban nhân dân tỉnh Đắk Lắk và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk');
  assert.equal(r.issuers.length, 2);
  assert.equal(r.date, '2017-10-27');
  assert.equal(r.place, 'Đắk Lắk');
  assert.match(r.title ?? '', /^Phối hợp công tác giữa Ủy ban nhân dân tỉnh/u);
});

test('a district dispatch with "V/v" beside the number and a district place', () => {
  const text = `HUYỆN ỦY BẢO LẠC
Số 231-CV/HU          V/v triển khai Kế hoạch số 95-KH/TU
                      của Ban Thường vụ Tỉnh ủy
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo Lạc, ngày 14 tháng 3 năm 2023
Kính gửi: Các chi bộ, đảng bộ trực thuộc Huyện ủy; Ủy ban MTTQ và các đoàn thể huyện.
Thực hiện Kế hoạch số 95-KH/TU ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu:`;
  const r = readDocumentIdentity(text);
  assert.equal(r.type, 'Công văn');
  assert.equal(r.number, '231-CV/HU');
  assert.equal(r.issuer, 'Huyện ủy Bảo Lạc');
  assert.equal(r.level, 'district');
  assert.equal(r.place, 'Bảo Lạc');
  assert.equal(r.date, '2023-03-14');
  assert.equal(r.title, 'V/v triển khai Kế hoạch số 95-KH/TU của Ban Thường vụ Tỉnh ủy');
  assert.deepEqual(r.recipients, ['Các chi bộ, đảng bộ trực thuộc Huyện ủy', 'Ủy ban MTTQ và các đoàn thể huyện']);
});

test('a central Party resolution', () => {
  const text = `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 24-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 03 tháng 6 năm 2013
NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XI
về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường
I. TÌNH HÌNH VÀ NGUYÊN NHÂN`;
  const r = readDocumentIdentity(text);
  assert.equal(r.type, 'Nghị quyết');
  assert.equal(r.number, '24-NQ/TW');
  assert.equal(r.issuer, 'Ban Chấp hành Trung ương');
  assert.equal(r.level, 'central');
  assert.equal(r.province, null);
  assert.equal(r.date, '2013-06-03');
  assert.equal(r.key, 'party:TW:-:NQ:24:XI');
});

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

test('a propaganda orientation without a header: type from its heading, issuer from the body (dev 006)', () => {
  const r = readDocumentIdentity(`ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020

Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ
Tỉnh ủy Bắc Kạn về “công tác tuyên giáo năm 2020”… Để góp phần ổn định tư tưởng, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị tập trung tuyên truyền tốt các nội dung sau:`);
  assert.equal(r.type, 'Hướng dẫn');
  assert.equal(r.number, null);
  assert.equal(r.date, null);
  assert.equal(r.issuer, 'Ban Tuyên giáo Tỉnh ủy Bắc Kạn');
  assert.equal(r.title, 'Định hướng tuyên truyền tháng 7 năm 2020');
});

test('NFD, CRLF and new tone marks give the same identity', () => {
  const text = 'TỈNH UỶ KHÁNH HOÀ\r\nSố 07-KH/TU\r\nKhánh Hoà, ngày 08 tháng 01 năm\r\n2021\r\nKẾ HOẠCH\r\nthực hiện Chỉ thị số 05-CT/TW\r\n'.normalize('NFD');
  const r = readDocumentIdentity(text);
  assert.equal(r.number, '07-KH/TU');
  assert.equal(r.issuer, 'Tỉnh ủy Khánh Hòa');
  assert.equal(r.date, '2021-01-08');
  assert.equal(r.type, 'Kế hoạch');
  assert.equal(r.province, 'Khánh Hòa');
});

test('unknown values are null, and any input gives an answer', () => {
  const r = readDocumentIdentity('Một đoạn văn bản không có tiêu đề, không số, không ngày.');
  assert.deepEqual(pick('Một đoạn văn bản không có tiêu đề, không số, không ngày.'), {
    type: null, number: null, issuer: null, date: null, place: null, title: null,
  });
  assert.equal(r.genre, 'document');
  for (const odd of ['', '\n\n\n', 'Số:', 'Số: 12/', '|||', 'Kính gửi:', 'ngày 31 tháng 2 năm 2017', 'x'.repeat(50000)]) {
    assert.doesNotThrow(() => readDocumentIdentity(odd));
  }
});

test('a place written with "Thành phố" in full', () => {
  const r = readDocumentIdentity(`ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Số: 2150/KH-UBND
Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2022
KẾ HOẠCH
Thực hiện Chương trình hành động số 16-CTr/TU ngày 22/9/2021 của Thành ủy`);
  assert.equal(r.place, 'Thành phố Hồ Chí Minh');
  assert.equal(r.date, '2022-06-29');
  assert.equal(r.issuer, 'Ủy ban nhân dân thành phố Hồ Chí Minh');
  assert.equal(r.provinceSlug, 'ho-chi-minh');
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

test('header columns joined onto single lines with single spaces', () => {
  const r = readDocumentIdentity(`TỈNH ỦY CAO BẰNG ĐẢNG CỘNG SẢN VIỆT NAM
* Số 19-CT/TU Cao Bằng, ngày 04 tháng 7 năm 2017
CHỈ THỊ
về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường`);
  assert.equal(r.number, '19-CT/TU');
  assert.equal(r.date, '2017-07-04');
  assert.equal(r.place, 'Cao Bằng');
  assert.equal(r.issuer, 'Tỉnh ủy Cao Bằng');
  assert.equal(r.type, 'Chỉ thị');
});

test('a standing committee under "ĐẢNG BỘ TỈNH …" takes the province of the line above', () => {
  const r = readDocumentIdentity(`ĐẢNG BỘ TỈNH THÁI BÌNH
BAN THƯỜNG VỤ TỈNH ỦY
Số 88-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Thái Bình, ngày 10 tháng 02 năm 2019
THÔNG BÁO
Kết luận của Ban Thường vụ Tỉnh ủy về công tác bảo vệ môi trường`);
  assert.equal(r.issuer, 'Ban Thường vụ Tỉnh ủy Thái Bình');
  assert.equal(r.type, 'Thông báo');
  assert.equal(r.title, 'Kết luận của Ban Thường vụ Tỉnh ủy về công tác bảo vệ môi trường');
});

test('a sentence recounting who issued another document does not name the issuer', () => {
  const r = readDocumentIdentity(`V/v tuyên truyền Quyết định số 582/QĐ-TTg
Ngày 11/4/2013, Thủ tướng Chính phủ ban hành Quyết định số 582/QĐ-TTg phê duyệt Đề án.
Để triển khai, Ban Thường vụ Hội Nông dân tỉnh đề nghị các cấp Hội tổ chức tuyên truyền tới hội viên nông dân trên địa bàn.`);
  assert.equal(r.issuer, 'Hội Nông dân tỉnh');
  assert.equal(r.type, 'Công văn');
});

test('a bloc Party committee of a province', () => {
  const r = readDocumentIdentity(`ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH THÁI NGUYÊN
Số 156-KH/ĐUK
Thái Nguyên, ngày 05 tháng 12 năm 2022
KẾ HOẠCH
học tập, quán triệt Nghị quyết số 29-NQ/TW`);
  assert.equal(r.issuer, 'Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên');
  assert.equal(r.level, 'province');
  assert.equal(r.number, '156-KH/ĐUK');
});

test('interleaved header columns from a PDF: issuer cells are read apart from the motto', () => {
  const r = readDocumentIdentity(`ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NINH                Độc lập - Tự do - Hạnh phúc
-------                         ---------------
Số: 1234/QĐ-UBND          Quảng Ninh, ngày 15 tháng 5 năm 2020

QUYẾT ĐỊNH
Về việc phê duyệt Kế hoạch bảo vệ môi trường tỉnh Quảng Ninh năm 2020
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;`);
  assert.deepEqual(pick(`ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NINH                Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-UBND          Quảng Ninh, ngày 15 tháng 5 năm 2020
QUYẾT ĐỊNH
Về việc phê duyệt Kế hoạch bảo vệ môi trường tỉnh Quảng Ninh năm 2020`), {
    type: 'Quyết định', number: '1234/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh', date: '2020-05-15', place: 'Quảng Ninh',
    title: 'Về việc phê duyệt Kế hoạch bảo vệ môi trường tỉnh Quảng Ninh năm 2020',
  });
  assert.equal(r.issuer, 'Ủy ban nhân dân tỉnh Quảng Ninh');
  assert.equal(r.title, 'Về việc phê duyệt Kế hoạch bảo vệ môi trường tỉnh Quảng Ninh năm 2020');
  assert.equal(r.key, 'state:UBND:quang-ninh:QĐ:1234:2020');
});

test('a Party header with the organ under its committee: "TỈNH ỦY X" over "BAN TUYÊN GIÁO"', () => {
  const r = readDocumentIdentity(`TỈNH ỦY HÀ GIANG
BAN TUYÊN GIÁO
*
Số 45-HD/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Giang, ngày 02 tháng 3 năm 2021
HƯỚNG DẪN
tuyên truyền kỷ niệm các ngày lễ lớn trong năm 2021`);
  assert.equal(r.issuer, 'Ban Tuyên giáo Tỉnh ủy Hà Giang');
  assert.equal(r.type, 'Hướng dẫn');
  assert.equal(r.number, '45-HD/BTGTU');
  assert.equal(r.issuerCode, 'BTGTU');
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

test('"V/v" after the number on the same line, and recipients one a line without dashes', () => {
  const r = readDocumentIdentity(`LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN
Số: 415/LĐLĐ V/v thực hiện Chỉ thị số 27-CT/TU
Điện Biên, ngày 19 tháng 5 năm 2020
Kính gửi:
Liên đoàn Lao động các huyện, thị xã, thành phố;
Công đoàn ngành, Công đoàn cơ sở trực thuộc.
Ngày 28/4/2020, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 27-CT/TU về tăng cường công tác an toàn, vệ sinh lao động.`);
  assert.equal(r.title, 'V/v thực hiện Chỉ thị số 27-CT/TU');
  assert.equal(r.issuer, 'Liên đoàn Lao động tỉnh Điện Biên');
  assert.deepEqual(r.recipients, ['Liên đoàn Lao động các huyện, thị xã, thành phố', 'Công đoàn ngành, Công đoàn cơ sở trực thuộc']);
});

test('a plan numbered in dispatch form keeps the type its type line states', () => {
  const r = readDocumentIdentity(`LIÊN ĐOÀN LAO ĐỘNG TỈNH YÊN BÁI
Số: 88/LĐLĐ
Yên Bái, ngày 12 tháng 4 năm 2019        Độc lập - Tự do - Hạnh phúc
KẾ HOẠCH
Tổ chức Tháng Công nhân năm 2019
Thực hiện Kế hoạch số 12/KH-TLĐ ngày 10/01/2019 của Tổng Liên đoàn Lao động Việt Nam, Ban Thường vụ LĐLĐ tỉnh xây dựng kế hoạch như sau:`);
  assert.equal(r.type, 'Kế hoạch');
  assert.equal(r.number, '88/LĐLĐ');
  assert.equal(r.date, '2019-04-12');
  assert.equal(r.place, 'Yên Bái');
  assert.equal(r.title, 'Tổ chức Tháng Công nhân năm 2019');
});

test('a caps heading in the body of a dispatch is not its type line', () => {
  const r = readDocumentIdentity(`Số: 123/UBND-KT
V/v triển khai kế hoạch phòng chống thiên tai
Lạng Sơn, ngày 03 tháng 6 năm 2021
Kính gửi: Các sở, ban, ngành tỉnh.
Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về công tác phòng chống thiên tai năm 2021, đề nghị các đơn vị thực hiện như sau:
KẾ HOẠCH KIỂM TRA CÁC CÔNG TRÌNH XUNG YẾU`);
  assert.equal(r.type, 'Công văn');
  assert.equal(r.title, 'V/v triển khai kế hoạch phòng chống thiên tai');
});
