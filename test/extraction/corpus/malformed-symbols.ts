// Symbols as typists, PDF converters and OCR leave them: stray spaces, slash for hyphen,
// wrong case, glued words, "TƯ" for "TU". The expected number is the normalised symbol.
import { citesRef, implementsRef, pdfHorn, type CorpusCase } from './case.ts';

export const malformedSymbols: CorpusCase[] = [
  {
    id: 'symbol-01-space-after-hyphen',
    about: '"Chỉ thị số 08- CT/TU" with a stray space after the hyphen',
    text: `Thực hiện Chỉ thị số 08- CT/TU, ngày 12 tháng 5 năm 2021 của Ban Thường vụ Tỉnh ủy Quảng Bình về tăng cường công tác phòng, chống đuối nước cho trẻ em, Hội Liên hiệp Phụ nữ tỉnh đề nghị các cấp hội triển khai thực hiện.`,
    document: { number: null },
    references: [
      implementsRef('Chỉ thị', '08-CT/TU', '2021-05-12', { issuer: 'Ban Thường vụ Tỉnh ủy Quảng Bình' }),
    ],
  },
  {
    id: 'symbol-02-slash-for-hyphen',
    about: '"24/NQ/TW": a Party symbol typed with a slash instead of the hyphen',
    text: `Căn cứ Nghị quyết số 26/NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương khóa XII về tập trung xây dựng đội ngũ cán bộ các cấp, Ban Tổ chức Tỉnh ủy Thái Bình hướng dẫn quy trình quy hoạch cán bộ như sau:`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết', '26-NQ/TW', '2018-05-19', { term: 'XII' }),
    ],
  },
  {
    id: 'symbol-03-upper-ctr',
    about: '"18-CTR/TU": the action programme code in capitals',
    text: `TỈNH ỦY BẠC LIÊU
Số 95-KH/TU
Bạc Liêu, ngày 07 tháng 12 năm 2022
KẾ HOẠCH
sơ kết 5 năm thực hiện Chương trình hành động số 18-CTR/TU ngày 25/4/2017 của Tỉnh ủy`,
    document: { type: 'Kế hoạch', number: '95-KH/TU', date: '2022-12-07', place: 'Bạc Liêu' },
    references: [
      implementsRef('Chương trình hành động', '18-CTr/TU', '2017-04-25', { alternatives: ['cites'] }),
    ],
  },
  {
    id: 'symbol-04-spaces-around-hyphen',
    about: '"100 - KL/TW" with spaces around the hyphen',
    text: `Căn cứ Kết luận số 100 - KL/TW ngày 22/6/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 06-CT/TW, Đảng ủy Khối các cơ quan tỉnh Hòa Bình hướng dẫn các tổ chức đảng trực thuộc sơ kết.`,
    document: { number: null },
    references: [
      citesRef('Kết luận', '100-KL/TW', '2020-06-22', { issuer: 'Ban Bí thư' }),
      implementsRef('Chỉ thị', '06-CT/TW', null, { subject: '100-KL/TW', alternatives: ['cites'] }),
    ],
  },
  {
    id: 'symbol-05-glued-so',
    about: '"số31-QĐ/TW" with no space after "số"',
    text: `Quán triệt Quyết định số31-QĐ/TW ngày 12/9/2021 của Ban Bí thư về Quy chế tổ chức và hoạt động của Ban Chỉ đạo, Ban Thường vụ Huyện ủy Quỳ Hợp thành lập Ban Chỉ đạo cấp huyện.`,
    document: { number: null },
    references: [
      citesRef('Quyết định', '31-QĐ/TW', '2021-09-12', { issuer: 'Ban Bí thư' }),
    ],
  },
  {
    id: 'symbol-06-tu-with-horn',
    about: '"TƯ" for "TU" in a provincial symbol (the text names the Tỉnh ủy)',
    text: `Thực hiện Kế hoạch số 147-KH/TƯ ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy Cao Bằng về thực hiện công tác dân vận năm 2023, Ban Dân vận Huyện ủy Hòa An xây dựng kế hoạch như sau:`,
    document: { number: null },
    references: [
      implementsRef('Kế hoạch', '147-KH/TU', '2023-03-02', { issuer: 'Ban Thường vụ Tỉnh ủy Cao Bằng' }),
    ],
  },
  {
    id: 'symbol-07-glued-twngay',
    about: 'glued "TWngày" and "TUngày" after the symbol',
    text: `Thực hiện Nghị quyết số 21-NQ/TWngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và Kế hoạch số 70-KH/TUngày 10/8/2022 của Tỉnh ủy Bình Phước, Đảng ủy xã Tân Lập ban hành Nghị quyết chuyên đề.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', '21-NQ/TW', '2022-06-16', { term: 'XIII' }),
      implementsRef('Kế hoạch', '70-KH/TU', '2022-08-10', { issuer: 'Tỉnh ủy Bình Phước' }),
    ],
  },
  {
    id: 'symbol-08-pdf-horn-full-line',
    about: 'PDF "ƣ" damage throughout a reference sentence ("Thƣờng vụ", "Trung ƣơng")',
    text: pdfHorn(`Thực hiện Chương trình hành động số 22-CTr/TU ngày 08/01/2021 của Ban Thường vụ Tỉnh ủy Lạng Sơn thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; căn cứ Hướng dẫn số 02-HD/BTGTW ngày 15/3/2021 của Ban Tuyên giáo Trung ương, Ban Thường vụ Thành ủy Lạng Sơn xây dựng Kế hoạch tuyên truyền.`),
    document: { number: null },
    references: [
      implementsRef('Chương trình hành động', '22-CTr/TU', '2021-01-08'),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu toàn quốc lần thứ XIII', subject: '22-CTr/TU' }),
      citesRef('Hướng dẫn', '02-HD/BTGTW', '2021-03-15'),
    ],
  },
  {
    id: 'symbol-09-space-before-slash',
    about: '"1206 /QĐ-UBND" with a space before the slash, "QD" without the stroke',
    text: `Căn cứ Quyết định số 1206 /QĐ-UBND ngày 15/6/2020 của UBND tỉnh Yên Bái về việc giao nhiệm vụ và Quyết định số 845/QD-UBND ngày 20/4/2021 của UBND tỉnh sửa đổi Quyết định số 1206/QĐ-UBND, Sở Nội vụ hướng dẫn như sau:`,
    document: { number: null },
    references: [
      citesRef('Quyết định', '1206/QĐ-UBND', '2020-06-15'),
      citesRef('Quyết định', '845/QĐ-UBND', '2021-04-20'),
    ],
  },
  {
    id: 'symbol-10-lost-letter-ocr',
    about: 'OCR lost letters: "Nghị quyêt" and "Chi thị" still name the types',
    text: `Thực hiện Chi thị số 16-CT/TU ngày 30/8/2021 của Ban Thường vụ Tỉnh ủy và Nghị quyêt số 12-NQ/TU ngày 21/7/2021 của Tỉnh ủy Sơn La, UBND huyện Yên Châu ban hành Kế hoạch thực hiện.`,
    document: { number: null },
    references: [
      implementsRef('Chỉ thị', '16-CT/TU', '2021-08-30'),
      implementsRef('Nghị quyết', '12-NQ/TU', '2021-07-21'),
    ],
  },
  {
    id: 'symbol-11-lowercase-code',
    about: 'lower-case codes "kh/ubnd" as typed in a forum post',
    text: `Căn cứ kế hoạch số 215/kh-ubnd ngày 12/10/2020 của UBND thị xã Sa Pa, phòng Văn hóa - Thông tin thị xã đã tổ chức tuyên truyền lưu động tại các xã.
Cập nhật lúc 09:10, Thứ Ba, 20/10/2020`,
    document: { number: null, date: '2020-10-20' },
    references: [
      citesRef('Kế hoạch', '215/KH-UBND', '2020-10-12', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'symbol-12-leading-zeros',
    about: 'leading zeros: "Chỉ thị số 05-CT/TW" and later "Chỉ thị 5" are one document',
    text: `Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Chi bộ Trường THCS Nguyễn Du đăng ký làm theo. Sau 5 năm thực hiện Chỉ thị số 5-CT/TW, mỗi đảng viên đều có cam kết làm theo gương Bác.`,
    document: { number: null },
    references: [
      citesRef('Chỉ thị', '05-CT/TW', '2016-05-15', { issuer: 'Bộ Chính trị' }),
    ],
  },
];
