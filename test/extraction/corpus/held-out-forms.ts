// More cases written after the extractor was tuned on the rest of the corpus.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const freshCasesMore: CorpusCase[] = [
  {
    id: 'fresh-27-direction-in-dispatch',
    about: '"Thực hiện chỉ đạo của UBND tỉnh tại Công văn số …" implements that dispatch',
    text: `Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 4521/UBND-VX ngày 18/9/2023 về việc tăng cường phòng, chống dịch sốt xuất huyết, Sở Y tế tỉnh Long An đề nghị các đơn vị tổ chức chiến dịch diệt lăng quăng.`,
    document: { number: null },
    references: [
      implementsRef('Công văn', '4521/UBND-VX', '2023-09-18'),
    ],
  },
  {
    id: 'fresh-28-government-office-text',
    about: '"Văn bản số … của Văn phòng Chính phủ" is a dispatch',
    text: `Căn cứ Văn bản số 2345/VPCP-KGVX ngày 12/4/2022 của Văn phòng Chính phủ thông báo ý kiến của Phó Thủ tướng, Bộ Giáo dục và Đào tạo hướng dẫn các địa phương tổ chức kỳ thi.`,
    document: { number: null },
    references: [
      citesRef('Công văn', '2345/VPCP-KGVX', '2022-04-12'),
    ],
  },
  {
    id: 'fresh-29-ethics-regulation',
    about: 'a 2024 Politburo regulation studied by a commune Party committee',
    text: `ĐẢNG ỦY XÃ TÂN PHÚ
Số 87-CV/ĐU
Tân Phú, ngày 20 tháng 6 năm 2024
V/v học tập Quy định số 144-QĐ/TW
Kính gửi: Các chi bộ trực thuộc.
Đảng ủy xã đề nghị các chi bộ tổ chức học tập, quán triệt Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới đến 100% đảng viên.`,
    document: { type: 'Công văn', number: '87-CV/ĐU', date: '2024-06-20', place: 'Tân Phú' },
    references: [
      citesRef('Quy định', '144-QĐ/TW', '2024-05-09', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-30-commune-congress',
    about: 'a commune resolution implementing the commune congress resolution (no number)',
    text: `Để thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã Quảng Phú lần thứ XXV, nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ xã ban hành Nghị quyết về phát triển kinh tế - xã hội năm 2023.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội Đảng bộ xã Quảng Phú lần thứ XXV' }),
    ],
  },
  {
    id: 'fresh-31-joint-plan',
    about: 'a joint plan with a composite symbol (KHLT) implemented by a district',
    text: `Thực hiện Kế hoạch liên tịch số 02/KHLT-SGDĐT-TĐ ngày 14/8/2023 giữa Sở Giáo dục và Đào tạo và Tỉnh Đoàn Hà Tĩnh về giáo dục kỹ năng sống, Phòng Giáo dục và Đào tạo huyện Kỳ Anh hướng dẫn các trường triển khai.`,
    document: { number: null },
    references: [
      implementsRef('Kế hoạch liên tịch', '02/KHLT-SGDĐT-TĐ', '2023-08-14'),
    ],
  },
  {
    id: 'fresh-32-inspection-guidance',
    about: 'guidance of the central inspection committee (HD/UBKTTW) cited',
    text: `Căn cứ Hướng dẫn số 07-HD/UBKTTW ngày 15/12/2021 của Ủy ban Kiểm tra Trung ương, Ủy ban Kiểm tra Huyện ủy Quế Sơn xây dựng kế hoạch giám sát chuyên đề năm 2022.`,
    document: { number: null },
    references: [
      citesRef('Hướng dẫn', '07-HD/UBKTTW', '2021-12-15'),
    ],
  },
  {
    id: 'fresh-33-news-time-bar',
    about: 'news "Thứ ba, 12/3/2024 | 10:15 GMT+7"; a plan date "ngày 8/3" without year',
    text: `Thứ ba, 12/3/2024 | 10:15 GMT+7
Tây Ninh phát động Tết trồng cây

UBND tỉnh Tây Ninh vừa ban hành Kế hoạch số 640/KH-UBND ngày 8/3 về tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2024, phấn đấu trồng 2 triệu cây xanh.`,
    document: { number: null, date: '2024-03-12' },
    references: [
      citesRef('Kế hoạch', '640/KH-UBND', '2024-03-08'),
    ],
  },
  {
    id: 'fresh-34-lowercase-type-mid-sentence',
    about: 'lower-case type words mid-sentence: "thực hiện nghị quyết số …", "theo quyết định số …"',
    text: `Các địa phương tiếp tục thực hiện nghị quyết số 21-NQ/TU ngày 03/10/2022 của Ban Chấp hành Đảng bộ tỉnh Thái Bình và rà soát đất công theo quyết định số 2210/QĐ-UBND ngày 05/12/2022 của UBND tỉnh.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', '21-NQ/TU', '2022-10-03', { alternatives: ['cites'] }),
      citesRef('Quyết định', '2210/QĐ-UBND', '2022-12-05', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-35-ambiguous-two-resolutions',
    about: '"Nghị quyết trên" after two resolutions: unresolved, both stay cited',
    text: `Căn cứ Nghị quyết số 35/NQ-HĐND ngày 10/12/2022 và Nghị quyết số 36/NQ-HĐND ngày 10/12/2022 của HĐND tỉnh Yên Bái. Để thực hiện các nội dung của Nghị quyết trên, Sở Kế hoạch và Đầu tư hướng dẫn các chủ đầu tư lập hồ sơ.`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết', '35/NQ-HĐND', '2022-12-10'),
      citesRef('Nghị quyết', '36/NQ-HĐND', '2022-12-10'),
    ],
  },
  {
    id: 'fresh-36-old-tones-pipe-header',
    about: 'old tone marks in a pipe-flattened header ("HOÀ", "Thuỷ") and a plan implementing a directive',
    text: `UBND HUYỆN THUỶ NGUYÊN | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 512/KH-UBND | Thuỷ Nguyên, ngày 19 tháng 4 năm 2022 |
KẾ HOẠCH
Thực hiện Chỉ thị số 11-CT/TU ngày 28/3/2022 của Ban Thường vụ Thành uỷ Hải Phòng về bảo đảm trật tự an toàn giao thông`,
    document: { type: 'Kế hoạch', number: '512/KH-UBND', date: '2022-04-19', place: 'Thủy Nguyên' },
    references: [
      implementsRef('Chỉ thị', '11-CT/TU', '2022-03-28', { issuer: 'Ban Thường vụ Thành ủy Hải Phòng' }),
    ],
  },
  {
    id: 'fresh-37-short-form-after-full',
    about: '"Chỉ thị 05" after "Chỉ thị số 05-CT/TW": one document',
    text: `Năm 2023, Chi bộ Phòng Tư pháp tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. Qua 2 năm thực hiện Chỉ thị 05, 100% đảng viên đăng ký làm theo.`,
    document: { number: null },
    references: [
      implementsRef('Chỉ thị', '05-CT/TW', null, { alternatives: ['cites'] }),
      implementsRef('Kết luận', '01-KL/TW', '2021-05-18', { alternatives: ['cites'] }),
    ],
  },
  {
    id: 'fresh-38-notice-conclusion-tb',
    about: 'a provincial notice of conclusions (TB/TU) implemented by a department',
    text: `Thực hiện Thông báo số 1024-TB/TU ngày 05/5/2023 của Ban Thường vụ Tỉnh ủy Quảng Ngãi về kết luận của Thường trực Tỉnh ủy, Sở Xây dựng tham mưu UBND tỉnh ban hành quy chế quản lý kiến trúc.`,
    document: { number: null },
    references: [
      implementsRef('Thông báo', '1024-TB/TU', '2023-05-05'),
    ],
  },
  {
    id: 'fresh-39-negative-form-templates',
    about: 'form templates "Mẫu số 01/BC", "Phụ lục số 02" and "Biểu số 3a/TH" are not documents',
    text: `Các đơn vị báo cáo theo Mẫu số 01/BC và Phụ lục số 02 kèm theo; số liệu tổng hợp vào Biểu số 3a/TH, gửi về Sở trước ngày 20 hằng tháng.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'fresh-40-negative-drafts',
    about: 'drafts and sessions without numbers: "dự thảo Nghị quyết", "kỳ họp thứ 7"',
    text: `Tại kỳ họp thứ 7, HĐND tỉnh khóa X thảo luận dự thảo Nghị quyết về giá đất và dự thảo Kế hoạch đầu tư công trung hạn; đại biểu đề nghị bổ sung 3/5 nội dung.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'fresh-41-negative-numbered-items',
    about: 'numbered list items "Số 1:", "Tiểu mục 2.1/3" and a hotline',
    text: `Nội dung số 1: Rà soát hộ nghèo. Nội dung số 2: Hỗ trợ nhà ở (tiểu mục 2.1/3). Mọi thắc mắc liên hệ số 0243.3456.789 hoặc số nội bộ 105.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'fresh-42-negative-tenure-sessions',
    about: '"Đại hội lần thứ XIII" as an event, "Hội nghị Trung ương 8" held, no document named',
    text: `Hội nghị Trung ương 8 khóa XIII diễn ra từ ngày 2 đến 7/10/2023 tại Hà Nội. Sau Đại hội lần thứ XIII, nhiều đồng chí trẻ được bầu vào Ban Chấp hành.`,
    document: { number: null },
    references: [],
  },
];
