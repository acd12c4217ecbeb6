import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocumentIdentity } from '../../server/src/extraction/identity/index.ts';

const pick = (text: string) => {
  const r = readDocumentIdentity(text);
  return { type: r.type, number: r.number, issuer: r.issuer, date: r.date, place: r.place, title: r.title };
};

test('a plan whose header columns were flattened into "|" rows (dev 011)', () => {
  const text = `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 9237/KH-UBND | Hải Phòng, ngày 27 tháng 11 năm 2014 |
KẾ HOẠCH
THỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG KIỂM SOÁT Ô NHIỄM MÔI TRƯỜNG THEO QUYẾT ĐỊNH SỐ 582/QĐ-TTG NGÀY 11/4/2013 CỦA THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Quyết định số 582/QĐ-TTg ngày 11/4/2013 của Thủ tướng Chính phủ.`;
  const r = readDocumentIdentity(text);
  assert.deepEqual(pick(text), {
    type: 'Kế hoạch', number: '9237/KH-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng', date: '2014-11-27', place: 'Hải Phòng',
    title: 'Thực hiện Đề án tăng cường kiểm soát ô nhiễm môi trường theo Quyết định số 582/QĐ-TTg ngày 11/4/2013 của Thủ tướng Chính phủ',
  });
  assert.equal(r.system, 'state');
  assert.equal(r.key, 'state:UBND:hai-phong:KH:9237:2014');
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

test('a header that lost its "Số:" keeps the symbol alone on a line', () => {
  const r = readDocumentIdentity(`HỘI NÔNG DÂN TỈNH QUẢNG TRỊ
58-CV/HND
V/v tuyên truyền Luật Bảo vệ môi trường năm 2020
Đông Hà, ngày 10 tháng 7 năm 2023`);
  assert.equal(r.number, '58-CV/HND');
  assert.equal(r.type, 'Công văn');
  assert.equal(r.place, 'Đông Hà');
  assert.equal(r.issuer, 'Hội Nông dân tỉnh Quảng Trị');
});

test('a place and date in figures without "ngày"', () => {
  const r = readDocumentIdentity('HỘI NÔNG DÂN TỈNH PHÚ THỌ\nSố: 112-CV/HND\nViệt Trì, 05/4/2022\nV/v hưởng ứng Ngày Nước thế giới');
  assert.equal(r.date, '2022-04-05');
  assert.equal(r.place, 'Việt Trì');
  assert.equal(r.issuer, 'Hội Nông dân tỉnh Phú Thọ');
});

test('a type name alone on its line in ordinary case, as web pages render it', () => {
  const r = readDocumentIdentity('Số: 77/KH-UBND\nPhú Thọ, ngày 09 tháng 02 năm 2021\nKế hoạch\nTriển khai Tết trồng cây năm 2021\nThực hiện Chỉ thị số 45/CT-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:');
  assert.equal(r.type, 'Kế hoạch');
  assert.equal(r.title, 'Triển khai Tết trồng cây năm 2021');
  assert.equal(r.issuer, 'Ủy ban nhân dân tỉnh Phú Thọ');
});

test('a place-and-date line that lost its comma in OCR output', () => {
  const r = readDocumentIdentity('LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG\nSố: 630/LĐLĐ\nV/v hưởng ứng Ngày Môi trường thế giới\nCao Bằng ngày 25 tháng 7 năm 2017\nKính gửi: Công đoàn cơ sở trực thuộc.');
  assert.equal(r.date, '2017-07-25');
  assert.equal(r.place, 'Cao Bằng');
  assert.equal(r.title, 'V/v hưởng ứng Ngày Môi trường thế giới');
});

test('a place and date inside a sentence is not the header line', () => {
  const r = readDocumentIdentity('Hội nghị được tổ chức tại Cao Bằng ngày 21/7/2017\nvới sự tham dự của các đồng chí lãnh đạo.');
  assert.equal(r.date, null);
  assert.equal(r.place, null);
});

test('a place, comma and date closing a sentence line is not the header line either', () => {
  const r = readDocumentIdentity('Hội nghị sơ kết được tổ chức tại Cao Bằng, ngày 21/7/2017\nvới sự tham dự của các đồng chí lãnh đạo.');
  assert.equal(r.date, null);
});

test('a subject line that shares its line with the place and date or the motto', () => {
  const r = readDocumentIdentity(`LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 629/LĐLĐ      Độc lập - Tự do - Hạnh phúc
V/v thực hiện Chỉ thị số 19-CT/TU      Cao Bằng, ngày 21 tháng 7 năm 2017
của Ban Thường vụ Tỉnh ủy
Kính gửi: Công đoàn cơ sở trực thuộc.`);
  assert.equal(r.title, 'V/v thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy');
  assert.equal(r.date, '2017-07-21');
  assert.equal(r.place, 'Cao Bằng');
  assert.equal(r.issuer, 'Liên đoàn Lao động tỉnh Cao Bằng');
});
