// Coordinated lists that share a type word, a date or an issuer, and terms ("khóa") that
// belong either to the cited document or to someone else in the sentence.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const listsAndTerms: CorpusCase[] = [
  {
    id: 'list-01-shared-date-issuer',
    about: 'two decisions sharing one date and issuer: "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày … của Bộ Chính trị"',
    text: `Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Yên Thế xây dựng Chương trình giám sát năm 2019.`,
    document: { number: null },
    references: [
      citesRef('Quyết định', '217-QĐ/TW', '2013-12-12', { issuer: 'Bộ Chính trị' }),
      citesRef('Quyết định', '218-QĐ/TW', '2013-12-12', { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'list-02-shared-type-word',
    about: 'one type word for several numbers: "các Chỉ thị số 05-CT/TU, 06-CT/TU và 07-CT/TU"',
    text: `Thực hiện các Chỉ thị số 05-CT/TU, 06-CT/TU và 07-CT/TU ngày 20/01/2021 của Ban Thường vụ Tỉnh ủy Tiền Giang, Ban Thường vụ Huyện ủy Cái Bè ban hành kế hoạch triển khai.`,
    document: { number: null },
    references: [
      implementsRef('Chỉ thị', '05-CT/TU', '2021-01-20'),
      implementsRef('Chỉ thị', '06-CT/TU', '2021-01-20'),
      implementsRef('Chỉ thị', '07-CT/TU', '2021-01-20'),
    ],
  },
  {
    id: 'list-03-each-own-date',
    about: 'a list where each item has its own date; the shared issuer is at the end',
    text: `Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII; Kết luận số 28-KL/TW ngày 21/02/2022 của Bộ Chính trị, Ban Tổ chức Tỉnh ủy Hà Nam tham mưu đề án sắp xếp bộ máy.`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết', '18-NQ/TW', '2017-10-25', { term: 'XII' }),
      citesRef('Nghị quyết', '19-NQ/TW', '2017-10-25', { term: 'XII' }),
      citesRef('Kết luận', '28-KL/TW', '2022-02-21', { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'list-04-term-of-issuing-committee',
    about: '"Ban Thường vụ Tỉnh ủy (khóa XIX)" is the issuer of this plan; the cited directive has no term in the text',
    text: `Thực hiện Chỉ thị số 24-CT/TW ngày 04/7/2023 của Ban Bí thư về đẩy mạnh phát triển nguồn nhân lực ngành hàng hải, Ban Thường vụ Tỉnh ủy (khóa XIX) ban hành Kế hoạch thực hiện như sau:`,
    document: { number: null },
    references: [
      implementsRef('Chỉ thị', '24-CT/TW', '2023-07-04', { issuer: 'Ban Bí thư', notTerm: 'XIX' }),
    ],
  },
  {
    id: 'list-05-term-in-parentheses-of-cited',
    about: 'term in parentheses right after the cited issuer "(khóa XI)" belongs to the cited resolution',
    text: `Tiếp tục quán triệt Nghị quyết số 33-NQ/TW, ngày 09/6/2014 của Ban Chấp hành Trung ương (khóa XI) về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước đến toàn thể cán bộ, hội viên.`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết', '33-NQ/TW', '2014-06-09', { term: 'XI' }),
    ],
  },
  {
    id: 'list-06-mixed-types-semicolons',
    about: 'a semicolon list mixing a Party directive, a State decision and a law by name',
    text: `Quán triệt Chỉ thị số 18-CT/TW ngày 26/9/2012 của Ban Bí thư; Quyết định số 1586/QĐ-TTg ngày 24/10/2012 của Thủ tướng Chính phủ và Luật Giao thông đường bộ năm 2008, Ban An toàn giao thông tỉnh Vĩnh Long chỉ đạo tăng cường tuần tra, kiểm soát.`,
    document: { number: null },
    references: [
      citesRef('Chỉ thị', '18-CT/TW', '2012-09-26'),
      citesRef('Quyết định', '1586/QĐ-TTg', '2012-10-24'),
      citesRef('Luật', null, null, { name: 'Giao thông đường bộ' }),
    ],
  },
  {
    id: 'list-07-same-number-different-issuers',
    about: 'same number "12" with different issuers in one sentence: three distinct documents',
    text: `Căn cứ Nghị quyết số 12-NQ/TW ngày 03/6/2017 của Ban Chấp hành Trung ương, Nghị quyết số 12/NQ-CP ngày 26/02/2018 của Chính phủ và Kế hoạch số 12-KH/TU ngày 15/3/2018 của Tỉnh ủy Bình Định, Ban Chỉ đạo đổi mới doanh nghiệp nhà nước tỉnh báo cáo như sau:`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết', '12-NQ/TW', '2017-06-03'),
      citesRef('Nghị quyết', '12/NQ-CP', '2018-02-26'),
      citesRef('Kế hoạch', '12-KH/TU', '2018-03-15'),
    ],
  },
  {
    id: 'list-08-khoa-of-front',
    about: '"Ủy ban MTTQ Việt Nam tỉnh khóa XV" is a co-issuer\'s term, not a citation',
    text: `Căn cứ Quy chế phối hợp số 45/QCPH-UBND-MTTQ ngày 30/10/2019 giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh khóa XV, nhiệm kỳ 2019 - 2024, hai bên thống nhất Chương trình phối hợp năm 2021.`,
    document: { number: null },
    references: [
      citesRef('Quy chế phối hợp', '45/QCPH-UBND-MTTQ', '2019-10-30', { notTerm: 'XV' }),
    ],
  },
  {
    id: 'list-09-date-before-number',
    about: 'date written before the reference ("Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Quy định số 37-QĐ/TW")',
    text: `Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Quy định số 37-QĐ/TW về những điều đảng viên không được làm. Ban Thường vụ Đảng ủy phường Cẩm Phả quán triệt Quy định đến toàn thể đảng viên.`,
    document: { number: null },
    references: [
      citesRef('Quy định', '37-QĐ/TW', '2021-10-25'),
    ],
  },
  {
    id: 'list-10-month-words-date',
    about: 'month names written as words: "tháng Một", "tháng Bảy"',
    text: `Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng Một năm 2024 và Nghị định số 102/2024/NĐ-CP ngày 30 tháng Bảy năm 2024 của Chính phủ, Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh hướng dẫn thủ tục cấp giấy chứng nhận.`,
    document: { number: null },
    references: [
      citesRef('Luật', '31/2024/QH15', '2024-01-18', { name: 'Luật Đất đai' }),
      citesRef('Nghị định', '102/2024/NĐ-CP', '2024-07-30'),
    ],
  },
];
