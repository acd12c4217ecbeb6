// Less common ways of writing a reference: no "số", bare numbers in a list, issuers
// joined by commas, dates split over lines, short forms defined earlier, and provinces
// named after the 2025 merger.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const citationForms: CorpusCase[] = [
  {
    id: 'form-01-no-so-word',
    about: 'references without "số": "Nghị định 100/2019/NĐ-CP", "Chỉ thị 23-CT/TW"',
    text: `Theo Nghị định 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ, người điều khiển xe sau khi uống rượu bia bị phạt nặng. Quán triệt Chỉ thị 23-CT/TW ngày 25/5/2018 của Ban Bí thư, Công an huyện Thanh Oai tăng cường tuần tra, kiểm soát.`,
    document: { number: null },
    references: [
      citesRef('Nghị định', '100/2019/NĐ-CP', '2019-12-30'),
      citesRef('Chỉ thị', '23-CT/TW', '2018-05-25'),
    ],
  },
  {
    id: 'form-02-bare-numbers-list',
    about: '"Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư": two conclusions, no date',
    text: `Thực hiện Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, Ban Thường vụ Tỉnh ủy Phú Yên chỉ đạo xây dựng đề án sáp nhập đơn vị hành chính cấp xã.`,
    document: { number: null },
    references: [
      implementsRef('Kết luận', '126-KL/TW', null),
      implementsRef('Kết luận', '127-KL/TW', null),
    ],
  },
  {
    id: 'form-03-date-split-month',
    about: 'a date split after "tháng" by a hard line break',
    text: `Căn cứ Quyết định số 402/QĐ-UBND ngày 15 tháng
3 năm 2024 của Ủy ban nhân dân tỉnh Quảng Bình về việc phê duyệt danh mục dự án, Ban Quản lý dự án triển khai lựa chọn nhà thầu.`,
    document: { number: null },
    references: [
      citesRef('Quyết định', '402/QĐ-UBND', '2024-03-15'),
    ],
  },
  {
    id: 'form-04-format-guide',
    about: 'Party format guidance "Hướng dẫn số 36-HD/VPTW" with month in two digits',
    text: `ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH NINH BÌNH
Số 214-CV/ĐUK
Ninh Bình, ngày 09 tháng 5 năm 2018
V/v thực hiện thể thức văn bản của Đảng
Căn cứ Hướng dẫn số 36-HD/VPTW ngày 03/04/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản của Đảng, Ban Thường vụ Đảng ủy Khối đề nghị các tổ chức cơ sở đảng thực hiện đúng thể thức.`,
    document: { type: 'Công văn', number: '214-CV/ĐUK', date: '2018-05-09', place: 'Ninh Bình' },
    references: [
      citesRef('Hướng dẫn', '36-HD/VPTW', '2018-04-03', { issuer: 'Văn phòng Trung ương Đảng' }),
    ],
  },
  {
    id: 'form-05-state-party-same-number',
    about: '"Nghị quyết số 18/NQ-CP" (government) and "Nghị quyết số 18-NQ/TW" (Party) are different documents',
    text: `Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về đổi mới thể chế, chính sách đất đai và Nghị quyết số 18/NQ-CP ngày 11/02/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 18-NQ/TW, UBND tỉnh Sóc Trăng ban hành Kế hoạch thực hiện.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', '18-NQ/TW', '2022-06-16'),
      implementsRef('Nghị quyết', '18/NQ-CP', '2023-02-11'),
      implementsRef('Nghị quyết', '18-NQ/TW', '2022-06-16', { subject: '18/NQ-CP', optional: true }),
    ],
  },
  {
    id: 'form-06-merged-province',
    about: 'a province named after the 2025 merger; commune-level People\'s Committee without districts',
    text: `ỦY BAN NHÂN DÂN XÃ MINH XUÂN
TỈNH TUYÊN QUANG
Số: 35/KH-UBND
Minh Xuân, ngày 20 tháng 8 năm 2025
KẾ HOẠCH
Triển khai Kế hoạch số 12/KH-UBND ngày 05/8/2025 của UBND tỉnh Tuyên Quang về chuyển đổi số cấp xã sau sắp xếp đơn vị hành chính`,
    document: { type: 'Kế hoạch', number: '35/KH-UBND', date: '2025-08-20', place: 'Minh Xuân' },
    references: [
      implementsRef('Kế hoạch', '12/KH-UBND', '2025-08-05', { issuer: 'UBND tỉnh Tuyên Quang' }),
    ],
  },
  {
    id: 'form-07-law-amending',
    about: 'laws in one list: by name with a full date, by number, by name with a year',
    text: `Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật Viên chức số 58/2010/QH12; Luật Thi đua, khen thưởng năm 2022, Sở Nội vụ tỉnh Lai Châu hướng dẫn công tác thi đua năm 2024.`,
    document: { number: null },
    references: [
      citesRef('Luật', null, '2008-11-13', { name: 'Cán bộ, công chức' }),
      citesRef('Luật', '58/2010/QH12', null, { name: 'Luật Viên chức' }),
      citesRef('Luật', null, null, { name: 'Thi đua, khen thưởng' }),
    ],
  },
  {
    id: 'form-08-cong-van-neu-tren',
    about: '"Công văn nêu trên" with a single dispatch before it; the reply implements it',
    text: `SỞ NỘI VỤ TỈNH ĐỒNG THÁP
Số: 1450/SNV-CCVC
V/v báo cáo số lượng viên chức năm 2023
Cao Lãnh, ngày 04 tháng 7 năm 2023
Ngày 26/6/2023, Bộ Nội vụ có Công văn số 3127/BNV-TCBC về việc báo cáo số lượng viên chức. Để có cơ sở tổng hợp, báo cáo theo yêu cầu tại Công văn nêu trên, Sở Nội vụ đề nghị các cơ quan, đơn vị gửi số liệu trước ngày 15/7/2023.`,
    document: { type: 'Công văn', number: '1450/SNV-CCVC', date: '2023-07-04', place: 'Cao Lãnh' },
    references: [
      implementsRef('Công văn', '3127/BNV-TCBC', '2023-06-26', { issuer: 'Bộ Nội vụ', alternatives: ['cites'] }),
    ],
  },
  {
    id: 'form-09-news-issue-with-reference',
    about: 'a newspaper issue number beside a real reference: only the reference counts',
    text: `Báo Bình Dương số 93 (ra ngày 12/4/2023) đưa tin: thực hiện Chỉ thị số 17-CT/TU ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo đảm trật tự an toàn giao thông, Công an tỉnh đã xử lý hơn 12.000 trường hợp vi phạm.
Ngày đăng: 13/04/2023`,
    document: { number: null, date: '2023-04-13' },
    references: [
      implementsRef('Chỉ thị', '17-CT/TU', '2023-03-02'),
    ],
  },
  {
    id: 'form-10-regulation-party-qc',
    about: 'a Party working regulation (QC/TU) and a Secretariat instruction (TT/TW, Thông tri)',
    text: `Căn cứ Quy chế làm việc số 01-QC/TU ngày 12/11/2020 của Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XIX; Thông tri số 04-TT/TW ngày 03/02/2021 của Ban Bí thư về lãnh đạo bầu cử đại biểu Quốc hội khóa XV, Ban Thường vụ Tỉnh ủy phân công nhiệm vụ như sau:`,
    document: { number: null },
    references: [
      citesRef('Quy chế', '01-QC/TU', '2020-11-12'),
      citesRef('Thông tri', '04-TT/TW', '2021-02-03', { notTerm: 'XV' }),
    ],
  },
  {
    id: 'form-11-short-form-defined-directive',
    about: '"(gọi tắt là Chỉ thị 19)" then "Chỉ thị 19" twice: one directive, implemented',
    text: `Ngày 04/7/2017, Ban Thường vụ Tỉnh ủy Điện Biên ban hành Chỉ thị số 19-CT/TU về bảo vệ rừng đầu nguồn (gọi tắt là Chỉ thị 19). Triển khai Chỉ thị 19, Hạt Kiểm lâm huyện Tủa Chùa đã phối hợp với các xã tổ chức 45 đợt tuần tra. Sau 5 năm, Chỉ thị 19 đã đi vào cuộc sống.`,
    document: { number: null },
    references: [
      implementsRef('Chỉ thị', '19-CT/TU', '2017-07-04'),
    ],
  },
  {
    id: 'form-12-thong-bao-ket-luan-ubnd',
    about: 'State notice (TB-VPCP) cited beside a PM official dispatch (CĐ-TTg)',
    text: `Thực hiện Công điện số 1225/CĐ-TTg ngày 24/11/2023 của Thủ tướng Chính phủ và Thông báo số 512/TB-VPCP ngày 20/11/2023 của Văn phòng Chính phủ, UBND tỉnh Quảng Nam yêu cầu các sở, ngành khẩn trương đẩy nhanh giải ngân vốn đầu tư công.`,
    document: { number: null },
    references: [
      implementsRef('Công điện', '1225/CĐ-TTg', '2023-11-24'),
      implementsRef('Thông báo', '512/TB-VPCP', '2023-11-20'),
    ],
  },
];
