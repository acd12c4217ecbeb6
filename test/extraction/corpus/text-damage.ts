// Text as files really hold it: headers flattened into lines or "|" rows, decomposed
// Unicode, old tone-mark placement, Windows line endings, non-breaking and zero-width
// spaces, hard line breaks inside references and dates split across lines.
import { NBSP, ZWSP, citesRef, crlf, implementsRef, nfd, type CorpusCase } from './case.ts';

export const textDamage: CorpusCase[] = [
  {
    id: 'text-01-pipe-header-row',
    about: 'header columns flattened into "|" rows; the number and place share a row',
    text: `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
TỈNH SƠN LA | Độc lập - Tự do - Hạnh phúc |
Số: 2187/QĐ-UBND | Sơn La, ngày 22 tháng 10 năm 2020 |
QUYẾT ĐỊNH
Phê duyệt Kế hoạch ứng phó sự cố tràn dầu tỉnh Sơn La
Căn cứ Quyết định số 12/2021/QĐ-TTg ngày 24/3/2021 của Thủ tướng Chính phủ ban hành Quy chế hoạt động ứng phó sự cố tràn dầu;`,
    document: { type: 'Quyết định', number: '2187/QĐ-UBND', date: '2020-10-22', place: 'Sơn La' },
    references: [
      citesRef('Quyết định', '12/2021/QĐ-TTg', '2021-03-24'),
    ],
  },
  {
    id: 'text-02-interleaved-columns',
    about: 'two header columns interleaved line by line: motto between number and date',
    text: `HUYỆN ỦY ĐỨC TRỌNG
ĐẢNG CỘNG SẢN VIỆT NAM
BAN THƯỜNG VỤ
Số 215-KH/HU
Đức Trọng, ngày 16 tháng 8 năm 2022
*
KẾ HOẠCH
triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 22/7/2022 của Tỉnh ủy Lâm Đồng về thực hiện Nghị quyết số 19-NQ/TW Hội nghị Trung ương 5 khóa XIII`,
    document: { type: 'Kế hoạch', number: '215-KH/HU', date: '2022-08-16', place: 'Đức Trọng' },
    references: [
      implementsRef('Chương trình hành động', '14-CTr/TU', '2022-07-22', { issuer: 'Tỉnh ủy Lâm Đồng' }),
      implementsRef('Nghị quyết', '19-NQ/TW', null, { subject: '14-CTr/TU', term: 'XIII' }),
    ],
  },
  {
    id: 'text-03-nfd-whole-file',
    about: 'the whole file in decomposed Unicode (NFD)',
    text: nfd(`TỈNH ỦY BẮC KẠN
Số 17-CT/TU
Bắc Kạn, ngày 05 tháng 4 năm 2022
CHỈ THỊ
về tăng cường công tác quản lý, bảo vệ và phát triển rừng
Thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Tỉnh ủy yêu cầu:`),
    document: { type: 'Chỉ thị', number: '17-CT/TU', date: '2022-04-05', place: 'Bắc Kạn' },
    references: [
      implementsRef('Chỉ thị', '13-CT/TW', '2017-01-12', { issuer: 'Ban Bí thư' }),
    ],
  },
  {
    id: 'text-04-nfd-mixed-lines',
    about: 'NFC and NFD mixed in one file: the reference line is decomposed, the header composed',
    text: `SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NAM ĐỊNH
Số: 645/SKHCN-QLCN
V/v triển khai Kế hoạch đổi mới công nghệ năm 2023
Nam Định, ngày 17 tháng 5 năm 2023
${nfd('Thực hiện Kế hoạch số 98/KH-UBND ngày 04/5/2023 của Ủy ban nhân dân tỉnh về hỗ trợ doanh nghiệp đổi mới công nghệ,')} Sở Khoa học và Công nghệ đề nghị các doanh nghiệp đăng ký nhu cầu.`,
    document: { type: 'Công văn', number: '645/SKHCN-QLCN', date: '2023-05-17', place: 'Nam Định' },
    references: [
      implementsRef('Kế hoạch', '98/KH-UBND', '2023-05-04'),
    ],
  },
  {
    id: 'text-05-old-tone-marks',
    about: 'old tone-mark placement: "khoá", "hoà", "Thuỷ", "Uỷ ban"',
    text: `UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ
Số: 77/KH-UBND
Khánh Hoà, ngày 06 tháng 01 năm 2021
KẾ HOẠCH
Thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương Đảng khoá XII về phát triển bền vững kinh tế biển
Căn cứ Quyết định số 1570/QĐ-TTg ngày 22/11/2019 của Thủ tướng Chính phủ; Uỷ ban nhân dân tỉnh Khánh Hoà ban hành kế hoạch phát triển kinh tế thuỷ sản như sau:`,
    document: { type: 'Kế hoạch', number: '77/KH-UBND', date: '2021-01-06', place: 'Khánh Hòa' },
    references: [
      implementsRef('Nghị quyết', '36-NQ/TW', '2018-10-22', { term: 'XII' }),
      citesRef('Quyết định', '1570/QĐ-TTg', '2019-11-22'),
    ],
  },
  {
    id: 'text-06-crlf-nbsp',
    about: 'Windows line endings and non-breaking spaces inside the number and the date',
    text: crlf(`ỦY BAN NHÂN DÂN HUYỆN PHÙ CÁT
Số:${NBSP}412/UBND-TNMT
V/v${NBSP}thực hiện Công văn số${NBSP}3310/UBND-KT của UBND tỉnh
Phù Cát, ngày${NBSP}09${NBSP}tháng${NBSP}6${NBSP}năm${NBSP}2022
Kính gửi: UBND các xã, thị trấn.
Thực hiện Công văn số${NBSP}3310/UBND-KT ngày${NBSP}01/6/2022 của UBND tỉnh Bình Định về tăng cường quản lý khai thác cát, UBND huyện yêu cầu các xã kiểm tra.`),
    document: { type: 'Công văn', number: '412/UBND-TNMT', date: '2022-06-09', place: 'Phù Cát' },
    references: [
      implementsRef('Công văn', '3310/UBND-KT', '2022-06-01', { issuer: 'UBND tỉnh Bình Định' }),
    ],
  },
  {
    id: 'text-07-zero-width-spaces',
    about: 'zero-width spaces copied from a web page inside the reference and the date',
    text: `Thực hiện Nghị quyết số 57${ZWSP}-NQ/TW ngày 22/12/${ZWSP}2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Đảng ủy Trường Đại học Cần Thơ đã ban hành Kế hoạch hành động của Đảng bộ Trường.
Đăng ngày 20/01/2025`,
    document: { number: null, date: '2025-01-20' },
    references: [
      implementsRef('Nghị quyết', '57-NQ/TW', '2024-12-22', { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'text-08-line-break-inside-reference',
    about: 'hard line breaks inside a reference and inside its date ("năm\\n2021")',
    text: `Thực hiện Kế hoạch số 74-KH/TU, ngày 15/3/2021 của Ban Thường vụ
Tỉnh ủy Trà Vinh về tổ chức Ngày hội Đại đoàn kết toàn dân tộc; căn cứ Hướng dẫn số 12-HD/MTTW-BTT, ngày 02 tháng 02 năm
2021 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ tỉnh hướng dẫn như sau:`,
    document: { number: null },
    references: [
      implementsRef('Kế hoạch', '74-KH/TU', '2021-03-15', { issuer: 'Ban Thường vụ Tỉnh ủy Trà Vinh' }),
      citesRef('Hướng dẫn', '12-HD/MTTW-BTT', '2021-02-02'),
    ],
  },
  {
    id: 'text-09-symbol-split-across-lines',
    about: 'the symbol itself broken by a line end after "số" and after the hyphen',
    text: `CÔNG ĐOÀN VIÊN CHỨC TỈNH PHÚ YÊN
Số: 88/CĐVC
Tuy Hòa, ngày 03 tháng 10 năm 2019
Kính gửi: Các công đoàn cơ sở trực thuộc.
Thực hiện Chỉ thị số
32-CT/TU ngày 20/9/2019 của Ban Thường vụ Tỉnh ủy về công tác phòng, chống thiên tai năm 2019 và Hướng dẫn số 105/HD-
LĐLĐ ngày 25/9/2019 của Liên đoàn Lao động tỉnh, Ban Thường vụ Công đoàn Viên chức tỉnh đề nghị các công đoàn cơ sở thực hiện tốt.`,
    document: { type: 'Công văn', number: '88/CĐVC', date: '2019-10-03', place: 'Tuy Hòa' },
    references: [
      implementsRef('Chỉ thị', '32-CT/TU', '2019-09-20'),
      implementsRef('Hướng dẫn', '105/HD-LĐLĐ', '2019-09-25'),
    ],
  },
  {
    id: 'text-10-all-caps-title-reference',
    about: 'reference in an all-caps subject line ("QUYẾT ĐỊNH SỐ … CỦA THỦ TƯỚNG"), code written "TTG"',
    text: `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 3015/KH-UBND | Quảng Trị, ngày 04 tháng 7 năm 2022 |
KẾ HOẠCH
TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN VĂN HÓA ĐỌC TRONG CỘNG ĐỒNG GIAI ĐOẠN 2022 - 2030 THEO QUYẾT ĐỊNH SỐ 1862/QĐ-TTG NGÀY 04/11/2021 CỦA THỦ TƯỚNG CHÍNH PHỦ`,
    document: { type: 'Kế hoạch', number: '3015/KH-UBND', date: '2022-07-04', place: 'Quảng Trị' },
    references: [
      implementsRef('Quyết định', '1862/QĐ-TTg', '2021-11-04'),
    ],
  },
  {
    id: 'text-11-header-last-signature-issuer',
    about: 'no header at all: number and date only in the closing lines; issuer from the signature',
    text: `Về việc tổ chức tổng kết công tác dân vận năm 2022
Kính gửi: Ban Dân vận các huyện ủy, thành ủy.
Căn cứ Hướng dẫn số 21-HD/BDVTW ngày 10/11/2022 của Ban Dân vận Trung ương, Ban Dân vận Tỉnh ủy đề nghị các đơn vị tổ chức tổng kết công tác dân vận năm 2022.
Nơi nhận:
- Như kính gửi,
- Lưu Ban Dân vận Tỉnh ủy.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN`,
    document: { number: null, date: null },
    references: [
      citesRef('Hướng dẫn', '21-HD/BDVTW', '2022-11-10'),
    ],
  },
  {
    id: 'text-12-tabs-and-double-spaces',
    about: 'tabs and runs of spaces inside the date and between number parts',
    text: `\tỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
\tSố:  356 /KH-UBND
\t\tĐồng Tháp,  ngày  21  tháng  12  năm  2021
KẾ HOẠCH
Thực hiện  Quyết định số  1719 /QĐ-TTg  ngày  14/10/2021 của Thủ tướng Chính phủ`,
    document: { type: 'Kế hoạch', number: '356/KH-UBND', date: '2021-12-21', place: 'Đồng Tháp' },
    references: [
      implementsRef('Quyết định', '1719/QĐ-TTg', '2021-10-14'),
    ],
  },
];
