// Recent documents (2024–2025) and a few relation forms, written after the extractor was
// tuned on the rest of the corpus.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const freshRecentDocuments: CorpusCase[] = [
  {
    id: 'fresh-50-propaganda-guidance-2024',
    about: 'propaganda guidance: "Căn cứ" a central guidance, "thực hiện" a provincial plan, in one sentence',
    text: `BAN TUYÊN GIÁO TỈNH ỦY LẠNG SƠN
Số 215-HD/BTGTU
Lạng Sơn, ngày 15 tháng 01 năm 2024
HƯỚNG DẪN
tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện lịch sử năm 2024
Căn cứ Hướng dẫn số 145-HD/BTGTW ngày 05/01/2024 của Ban Tuyên giáo Trung ương và thực hiện Kế hoạch số 250-KH/TU ngày 26/12/2023 của Ban Thường vụ Tỉnh ủy về công tác tuyên giáo năm 2024, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:`,
    document: { type: 'Hướng dẫn', number: '215-HD/BTGTU', date: '2024-01-15', place: 'Lạng Sơn' },
    references: [
      citesRef('Hướng dẫn', '145-HD/BTGTW', '2024-01-05'),
      implementsRef('Kế hoạch', '250-KH/TU', '2023-12-26'),
    ],
  },
  {
    id: 'fresh-51-local-normative-decision',
    about: 'a dispatch signed "TL. CHỦ TỊCH" applying a local normative decision (QĐ-UBND with year)',
    text: `ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 1320/UBND-XDCB
V/v thực hiện Quyết định số 36/2023/QĐ-UBND của UBND tỉnh
Bắc Ninh, ngày 03 tháng 10 năm 2023
Kính gửi: UBND các huyện, thị xã, thành phố.
Ngày 21/9/2023, UBND tỉnh ban hành Quyết định số 36/2023/QĐ-UBND quy định phân cấp quản lý dự án đầu tư công. UBND tỉnh yêu cầu các địa phương tổ chức thực hiện nghiêm túc.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG`,
    document: { type: 'Công văn', number: '1320/UBND-XDCB', date: '2023-10-03', place: 'Bắc Ninh' },
    references: [
      implementsRef('Quyết định', '36/2023/QĐ-UBND', '2023-09-21'),
    ],
  },
  {
    id: 'fresh-52-law-bare-year',
    about: 'a law named with a bare year "Luật Đất đai 2024" (no "năm")',
    text: `(Baotintuc) - Ngày 20/5, Sở Tài nguyên và Môi trường tỉnh Đồng Nai tổ chức hội nghị phổ biến Luật Đất đai 2024 cho hơn 400 cán bộ địa chính cấp xã.
Cập nhật: 21/05/2024 07:45`,
    document: { number: null, date: '2024-05-21' },
    references: [
      citesRef('Luật', null, null, { name: 'Luật Đất đai', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-53-resolutions-2025-no-so',
    about: '"các Nghị quyết 66-NQ/TW, 68-NQ/TW của Bộ Chính trị": a list without "số" and without dates',
    text: `Thực hiện các Nghị quyết 66-NQ/TW, 68-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Vĩnh Long yêu cầu các cấp ủy, chính quyền rà soát thủ tục hành chính liên quan đến doanh nghiệp tư nhân.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', '66-NQ/TW', null, { issuer: 'Bộ Chính trị' }),
      implementsRef('Nghị quyết', '68-NQ/TW', null, { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'fresh-54-merger-conclusion',
    about: 'provincial merger: a conclusion implemented and a PM decision cited with "theo"',
    text: `Thực hiện Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư về Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và theo Quyết định số 759/QĐ-TTg ngày 14/4/2025 của Thủ tướng Chính phủ, UBND tỉnh Hà Nam khẩn trương hoàn thiện hồ sơ sắp xếp đơn vị hành chính.`,
    document: { number: null },
    references: [
      implementsRef('Kết luận', '137-KL/TW', '2025-03-28'),
      citesRef('Quyết định', '759/QĐ-TTg', '2025-04-14', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-55-commune-after-merger',
    about: 'a commune dispatch after the 2025 merger; a circular of the Ministry of Home Affairs cited',
    text: `ỦY BAN NHÂN DÂN XÃ HÒA HIỆP
Số: 45/UBND-VP
V/v rà soát vị trí việc làm
Hòa Hiệp, ngày 10 tháng 8 năm 2025
Kính gửi: Các phòng chuyên môn thuộc UBND xã.
Căn cứ Thông tư số 01/2025/TT-BNV ngày 17/01/2025 của Bộ Nội vụ, UBND xã đề nghị các phòng rà soát vị trí việc làm, gửi về Văn phòng HĐND và UBND xã trước ngày 20/8/2025.`,
    document: { type: 'Công văn', number: '45/UBND-VP', date: '2025-08-10', place: 'Hòa Hiệp' },
    references: [
      citesRef('Thông tư', '01/2025/TT-BNV', '2025-01-17'),
    ],
  },
  {
    id: 'fresh-56-passive-concretised',
    about: 'passive "được Chính phủ cụ thể hóa bằng Nghị quyết số …": the government resolution implements the Party one',
    text: `Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đã được Chính phủ cụ thể hóa bằng Nghị quyết số 03/NQ-CP ngày 09/01/2025 ban hành Chương trình hành động. Trên cơ sở đó, Sở Khoa học và Công nghệ tỉnh Bình Thuận tham mưu UBND tỉnh xây dựng kế hoạch.`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết', '57-NQ/TW', '2024-12-22'),
      implementsRef('Nghị quyết', '57-NQ/TW', '2024-12-22', { subject: '03/NQ-CP' }),
      citesRef('Nghị quyết', '03/NQ-CP', '2025-01-09'),
    ],
  },
  {
    id: 'fresh-57-review-conclusion-quoted-title',
    about: 'a conclusion whose quoted title reviews a resolution: the review is the conclusion\'s, cited',
    text: `Thực hiện Kết luận số 56-KL/TW ngày 23/8/2019 của Bộ Chính trị "Về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn", Ban Thường vụ Tỉnh ủy Sóc Trăng ban hành Kế hoạch triển khai.`,
    document: { number: null },
    references: [
      implementsRef('Kết luận', '56-KL/TW', '2019-08-23'),
      implementsRef('Nghị quyết', null, null, { name: 'Trung ương 7', term: 'X', subject: '56-KL/TW', alternatives: ['cites'] }),
    ],
  },
  {
    id: 'fresh-58-party-state-joint-regulation',
    about: 'a joint regulation of a Party board and a People\'s Committee with a composite symbol',
    text: `Căn cứ Quy chế phối hợp số 03-QCPH/BDVTU-UBND ngày 12/6/2021 giữa Ban Dân vận Tỉnh ủy và UBND tỉnh Quảng Trị về công tác dân vận chính quyền, Sở Nội vụ xây dựng kế hoạch năm 2022.`,
    document: { number: null },
    references: [
      citesRef('Quy chế phối hợp', '03-QCPH/BDVTU-UBND', '2021-06-12'),
    ],
  },
  {
    id: 'fresh-59-negative-contacts',
    about: 'contact details: hotline, Zalo, a PO box "Hộp thư 12/34" and a QR code label',
    text: `Mọi ý kiến phản ánh xin gửi về Tổng đài 1900 1234, Zalo 0912 345 678, Hộp thư 12/34 Bưu điện tỉnh hoặc quét mã QR-2024/05 tại trụ sở tiếp dân.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'fresh-60-negative-street-lots',
    about: 'street addresses "Số 2/4 Nguyễn Huệ", plots "Lô A5/12", apartment "căn 12-05"',
    text: `Văn phòng đại diện đặt tại Số 2/4 Nguyễn Huệ, phường Bến Nghé; kho hàng tại Lô A5/12 khu công nghiệp Tân Tạo; nhà ở công vụ tại căn 12-05, tòa CT3.`,
    document: { number: null },
    references: [],
  },
];
