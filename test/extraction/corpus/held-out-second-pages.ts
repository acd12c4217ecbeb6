// A second held-out batch: news and portal pages that report on documents (menus, dates
// of publication, bylines, tags, related lists), and texts that reference nothing at all
// though they are full of numbers that look like symbols.
import { crlf, citesRef, implementsRef, nfd, type CorpusCase } from './case.ts';

export const secondPageCases: CorpusCase[] = [
  {
    id: 'second-40-news-directive-reported',
    about: 'a provincial newspaper page: the new directive reported (year-less "Ngày 18/12"), what the directive itself implements, "Quốc hội khóa XV" nearby; menu, views, tags, related list',
    text: `Báo Tuyên Quang điện tử
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Video
Chính trị > Xây dựng Đảng
Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về lãnh đạo cuộc bầu cử
Ngày đăng: 20/12/2020 | Lượt xem: 1.254

(BTQ) - Ngày 18/12, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 22-CT/TU về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026.
Chỉ thị nêu rõ, thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng lãnh đạo chặt chẽ công tác chuẩn bị, bảo đảm cuộc bầu cử diễn ra dân chủ, đúng luật; phấn đấu tỷ lệ cử tri đi bầu đạt trên 99%.
Thu Phương
In bài | Chia sẻ
Tags: bầu cử, Ban Thường vụ Tỉnh ủy, xây dựng Đảng
Tin liên quan:
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ ba (15/12/2020)
- 7/7 huyện, thành phố hoàn thành kiện toàn ban chỉ đạo (10/12/2020)`,
    document: { number: null, date: '2020-12-20' },
    references: [
      citesRef('Chỉ thị', '22-CT/TU', '2020-12-18', { issuer: 'Ban Thường vụ Tỉnh ủy Tuyên Quang' }),
      implementsRef('Chỉ thị', '45-CT/TW', '2020-06-20', { subject: '22-CT/TU', issuer: 'Bộ Chính trị', notTerm: 'XV' }),
    ],
  },
  {
    id: 'second-41-commune-portal-study-conference',
    about: 'a commune portal after the merger: a study conference on two resolutions; "Sáng 15/8" without a year; author line, views, "Tin khác"',
    text: `CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA AN - TỈNH CAO BẰNG
Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Liên hệ
Đảng ủy xã Hòa An quán triệt Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị
Cập nhật: 16/08/2025 09:15

Sáng 15/8, Đảng ủy xã Hòa An tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới và Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân cho 320 cán bộ, đảng viên.
Tại hội nghị, đồng chí Bí thư Đảng ủy xã đề nghị các chi bộ xây dựng kế hoạch thực hiện các Nghị quyết trước ngày 30/8/2025.
Tác giả: Hoàng Lan
Lượt xem: 87
Tin khác:
- UBND xã Hòa An ra mắt Trung tâm Phục vụ hành chính công (01/7/2025)
- Kỳ họp thứ nhất HĐND xã Hòa An, nhiệm kỳ 2021 - 2026 (02/7/2025)`,
    document: { number: null, date: '2025-08-16' },
    references: [
      citesRef('Nghị quyết', '66-NQ/TW', '2025-04-30', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
      citesRef('Nghị quyết', '68-NQ/TW', '2025-05-04', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-42-news-year-crossing',
    about: 'a page published 05/01/2024 reporting a plan of "Ngày 28/12" (so of 2023) that implements a project issued with a decision',
    text: `Trang chủ > Kinh tế > Nông nghiệp
UBND tỉnh ban hành Kế hoạch phát triển cây mắc ca năm 2024
05/01/2024 14:20

Ngày 28/12, UBND tỉnh Điện Biên ban hành Kế hoạch số 285/KH-UBND triển khai thực hiện Đề án phát triển cây mắc ca trên địa bàn tỉnh giai đoạn 2021 - 2025, tầm nhìn đến năm 2030 ban hành kèm theo Quyết định số 1580/QĐ-UBND ngày 14/12/2021 của UBND tỉnh.
Theo Kế hoạch, năm 2024 toàn tỉnh trồng mới 1.500 ha mắc ca, nâng tổng diện tích lên 12.500 ha.
Minh Thư`,
    document: { number: null, date: '2024-01-05' },
    references: [
      citesRef('Kế hoạch', '285/KH-UBND', '2023-12-28', { issuer: 'UBND tỉnh Điện Biên' }),
      implementsRef('Quyết định', '1580/QĐ-UBND', '2021-12-14', { subject: '285/KH-UBND', issuer: 'UBND tỉnh Điện Biên' }),
    ],
  },
  {
    id: 'second-43-farmers-same-number-two-terms',
    about: 'a farmers\' union page: conclusion 61-KL/TW of 2023 continues conclusion 61-KL/TW of 2009 (khóa X): same symbol, two documents',
    text: `HỘI NÔNG DÂN TỈNH QUẢNG TRỊ
Trang chủ / Tin hoạt động / Hoạt động cơ sở
Hội Nông dân xã Vĩnh Linh ra mắt Tổ hội nghề nghiệp trồng hồ tiêu
Thứ Ba, 23/09/2025 - 10:05

Thực hiện Kết luận số 61-KL/TW ngày 17/8/2023 của Ban Bí thư về tiếp tục thực hiện Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư khóa X về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam", ngày 22/9, Hội Nông dân xã Vĩnh Linh tổ chức ra mắt Tổ hội nghề nghiệp trồng hồ tiêu với 25 hội viên.
Tổ hội có 18,5 ha hồ tiêu, sản lượng bình quân 2,8 tấn/ha.
Văn Thành`,
    document: { number: null, date: '2025-09-23' },
    references: [
      implementsRef('Kết luận', '61-KL/TW', '2023-08-17', { issuer: 'Ban Bí thư' }),
      implementsRef('Kết luận', '61-KL/TW', '2009-12-03', { issuer: 'Ban Bí thư', term: 'X', subject: '61-KL/TW' }),
    ],
  },
  {
    id: 'second-44-news-plenum-names',
    about: 'a city news page: a resolution named by its plenum in the headline and by number in the body, a conclusion of a later plenum, a directive named short ("Chỉ thị 05"), and a plenum that is only an event',
    text: `Quận ủy Ngũ Hành Sơn sơ kết thực hiện Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị 05
Thứ Sáu, 15/12/2023 | 16:45

(ĐN) - Chiều 14/12, Quận ủy Ngũ Hành Sơn tổ chức hội nghị sơ kết 7 năm thực hiện Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng gắn với Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII và Chỉ thị số 05-CT/TW của Bộ Chính trị.
Phát biểu kết luận, đồng chí Bí thư Quận ủy thông tin một số nội dung quan trọng của Hội nghị Trung ương 8 khóa XIII vừa diễn ra và đề nghị các chi, đảng bộ khắc phục hạn chế, phấn đấu 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.
Hoàng Hiệp`,
    document: { number: null, date: '2023-12-15' },
    references: [
      citesRef('Nghị quyết', '04-NQ/TW', '2016-10-30', { term: 'XII', name: 'Trung ương 4', alternatives: ['implements'] }),
      citesRef('Kết luận', '21-KL/TW', null, { term: 'XIII', alternatives: ['implements'] }),
      citesRef('Chỉ thị', '05-CT/TW', null, { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-45-journal-article-constitution',
    about: 'a journal article: the Constitution, a resolution "theo tinh thần", a law whose effective date is not its date, and a bibliography entry',
    text: `TẠP CHÍ TUYÊN GIÁO
Trang chủ | Nghiên cứu | Thực tiễn | Diễn đàn
Xây dựng Nhà nước pháp quyền từ cơ sở
Ngày xuất bản: 10/03/2024
TS. Nguyễn Văn An - Trường Chính trị tỉnh Hà Nam

(Tuyengiao.vn) - Hiến pháp năm 2013 khẳng định tất cả quyền lực nhà nước thuộc về Nhân dân. Theo tinh thần Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới, chính quyền cơ sở phải là nơi gần dân nhất. Luật Thực hiện dân chủ ở cơ sở năm 2022 có hiệu lực từ ngày 01/7/2023 đã tạo khuôn khổ pháp lý để Nhân dân "biết, bàn, làm, kiểm tra, giám sát".

Tài liệu tham khảo:
1. Đảng Cộng sản Việt Nam, Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, tập I, Nxb Chính trị quốc gia Sự thật, H.2021, tr.172-174.`,
    document: { number: null, date: '2024-03-10' },
    references: [
      citesRef('Hiến pháp', null, null, { name: 'Hiến pháp' }),
      citesRef('Nghị quyết', '27-NQ/TW', '2022-11-09', { term: 'XIII' }),
      citesRef('Luật', null, null, { name: 'Thực hiện dân chủ ở cơ sở' }),
      citesRef('Văn kiện', null, null, { name: 'Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII', optional: true }),
    ],
  },
  {
    id: 'second-46-national-paper-issue-number',
    about: 'a national newspaper page with its issue number in the masthead; the new directive recalls an older one of khóa XI',
    text: `NHÂN DÂN
Cơ quan Trung ương của Đảng Cộng sản Việt Nam
Số 24.577 | Thứ Năm, 31/10/2024
Thời sự | Chính trị | Kinh tế | Xã hội | Bạn đọc

Ban Bí thư ban hành Chỉ thị về nâng cao hiệu quả tín dụng chính sách xã hội
Ngày 30/10, thay mặt Ban Bí thư, đồng chí Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 39-CT/TW về nâng cao hiệu quả của tín dụng chính sách xã hội trong giai đoạn mới.
Chỉ thị nêu rõ, sau 10 năm thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư khóa XI về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội, đã có hơn 41 triệu lượt hộ nghèo và các đối tượng chính sách được vay vốn.`,
    document: { number: null, date: '2024-10-31' },
    references: [
      citesRef('Chỉ thị', '39-CT/TW', '2024-10-30', { issuer: 'Ban Bí thư' }),
      citesRef('Chỉ thị', '40-CT/TW', '2014-11-22', { issuer: 'Ban Bí thư', term: 'XI', subject: '39-CT/TW' }),
    ],
  },
  {
    id: 'second-47-page-publishes-party-plan',
    about: 'a page that publishes a provincial Party plan in full after an intro: the plan\'s identity is the document\'s; a dispatch about reviewing a resolution',
    text: `Toàn văn Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 127-KL/TW
Ngày đăng: 14/03/2025
BẢN IN

Ngày 10/3/2025, Ban Thường vụ Tỉnh ủy Hà Giang ban hành Kế hoạch số 310-KH/TU thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư. Báo Hà Giang trân trọng giới thiệu toàn văn Kế hoạch:

TỈNH ỦY HÀ GIANG
*
Số 310-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Giang, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị
Thực hiện Kết luận số 127-KL/TW và Công văn số 43-CV/BCĐ ngày 01/3/2025 của Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
1. Rà soát, đề xuất phương án sắp xếp 193 xã, phường, thị trấn; hoàn thành trước ngày 30/4/2025.`,
    document: { type: 'Kế hoạch', number: '310-KH/TU', date: '2025-03-10', place: 'Hà Giang', issuer: 'Ban Thường vụ Tỉnh ủy Hà Giang' },
    references: [
      implementsRef('Kết luận', '127-KL/TW', '2025-02-28', { issuer: 'Bộ Chính trị, Ban Bí thư' }),
      implementsRef('Công văn', '43-CV/BCĐ', '2025-03-01', { issuer: 'Ban Chỉ đạo Trung ương' }),
      citesRef('Nghị quyết', '18-NQ/TW', null, { subject: '43-CV/BCĐ', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-48-district-news-hyphen-dates',
    about: 'a district page "Cập nhật lúc08:15" (glued); dates "Ngày 7-3" and "ngày 1-3-2019"; a plan implementing a PM decision, as the text says',
    text: `Cập nhật lúc08:15, Thứ Sáu, 08/03/2019
Na Rì triển khai Kế hoạch xây dựng nông thôn mới năm 2019

Ngày 7-3, UBND huyện Na Rì tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND ngày 1-3-2019 của UBND huyện về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2019 theo Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ. Năm 2019, huyện phấn đấu có thêm 02 xã đạt chuẩn, nâng tổng số lên 5/22 xã.
Nông Tuấn`,
    document: { number: null, date: '2019-03-08' },
    references: [
      citesRef('Kế hoạch', '45/KH-UBND', '2019-03-01', { issuer: 'UBND huyện Na Rì', alternatives: ['implements'] }),
      implementsRef('Quyết định', '1600/QĐ-TTg', '2016-08-16', { subject: '45/KH-UBND', issuer: 'Thủ tướng Chính phủ' }),
    ],
  },
  // Negative cases: nothing in these texts is a reference to a document.
  {
    id: 'second-50-negative-portal-footer',
    about: 'a portal footer: address, phone and fax numbers in brackets and dots, visit counters',
    text: `CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG
Cơ quan chủ quản: Văn phòng UBND tỉnh Tuyên Quang
Địa chỉ: số 160 đường Trần Hưng Đạo, phường Minh Xuân
Điện thoại: (0207) 3822.010 - Fax: 0207.3822.152
Đường dây nóng: 0915.112.233
Email: ttdt@tuyenquang.gov.vn
Ghi rõ nguồn "Cổng TTĐT tỉnh Tuyên Quang" khi phát hành lại thông tin từ website này.
Đang truy cập: 125 | Tổng lượt truy cập: 12.345.678`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-51-negative-date-ranges',
    about: 'date ranges "15-20/8/2025", "từ 01/7 đến 31/12/2025", "06 - 08/9", "Quý III/2025", school year "2025-2026"',
    text: `Từ ngày 15-20/8/2025, Trung tâm Chính trị xã tổ chức lớp bồi dưỡng kết nạp Đảng cho 45 quần chúng. Thời gian thực hiện mô hình từ 01/7 đến 31/12/2025; đợt kiểm tra chéo diễn ra từ 06 - 08/9. Kết quả tổng hợp trong Quý III/2025, chuẩn bị cho năm học 2025-2026.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-52-negative-sections-and-forms',
    about: 'section numbers "1.1", "2.2.3", "Mục 3.4", an appendix "Phụ lục 02" and a form "Mẫu số 01"',
    text: `III. NHIỆM VỤ CỤ THỂ
1.1. Rà soát danh sách hộ nghèo, hộ cận nghèo.
2.2.3. Tổng hợp số liệu theo Mục 3.4 và biểu tại Phụ lục 02 kèm theo.
Các đơn vị báo cáo theo Mẫu số 01 (đính kèm), gửi về Văn phòng trước 16h00 thứ Sáu hằng tuần.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-53-negative-newspaper-issues',
    about: 'newspaper and journal issue numbers "số 6.123", "số 1.025 (tháng 11-2023)", "Số 24.567", page numbers',
    text: `Bài viết "Giữ lửa phong trào thi đua" đăng trên Báo Hà Tĩnh số 6.123 ra ngày 12/5/2024, trang 3; Tạp chí Cộng sản số 1.025 (tháng 11-2023) trích đăng phần kết luận. Báo Nhân Dân Số 24.567 dành trang 5 giới thiệu mô hình.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-54-negative-figures-with-slashes',
    about: 'figures with slashes: "32/32 xã", "9/10 chỉ tiêu", "1/3", "vụ Đông Xuân 2024/2025", "tháng 12/2024"',
    text: `Đến tháng 12/2024, 32/32 xã hoàn thành phổ cập giáo dục; huyện đạt 9/10 chỉ tiêu chủ yếu. Khoảng 1/3 diện tích vụ Đông Xuân 2024/2025 được cơ giới hóa, năng suất đạt 6,5 tấn/ha; 30/30 học sinh dự thi đạt giải.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-55-negative-addresses',
    about: 'addresses "số 12/3 đường Nguyễn Du", "ngõ 45/12", "kiệt 120/5 Hùng Vương", "K12/4"',
    text: `Điểm tiếp nhận hồ sơ đặt tại số 12/3 đường Nguyễn Du, phường Trường Thi. Hộ ông Nguyễn Văn Bình ở ngõ 45/12 phố Lê Lợi và hộ bà Trần Thị Hoa ở kiệt 120/5 Hùng Vương, K12/4 Ông Ích Khiêm được hỗ trợ sửa nhà.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-56-negative-plates-accounts',
    about: 'vehicle plates "38A-123.45", a bank account, an ID card number, an order code',
    text: `Xe ô tô biển kiểm soát 38A-123.45 vi phạm tốc độ tại Km 15+300. Tiền ủng hộ chuyển vào tài khoản số 3711.0.1034567 tại Kho bạc Nhà nước; người nhận có CCCD số 042089001234. Mã đơn hàng: HT-2025/08-0456.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-57-negative-own-notice',
    about: 'a commune notice whose only symbol is its own "45/TB-UBND", repeated in the body; "Thông báo này"; no other document',
    text: `ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 45/TB-UBND
Tân Phú, ngày 28 tháng 8 năm 2025
THÔNG BÁO
Lịch tiếp công dân định kỳ tháng 9 năm 2025
Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm các ngày 04/9, 11/9, 18/9 và 25/9/2025 tại Phòng tiếp công dân (tầng 1, nhà B).
Thông báo số 45/TB-UBND được niêm yết công khai tại trụ sở UBND xã và nhà văn hóa các thôn; Thông báo này thay thư mời.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH`,
    document: { type: 'Thông báo', number: '45/TB-UBND', date: '2025-08-28', place: 'Tân Phú', issuer: 'UBND xã Tân Phú' },
    references: [],
  },
  {
    id: 'second-58-negative-parcels-roads',
    about: 'land parcels "thửa đất số 125, tờ bản đồ số 12", roads "Quốc lộ 1A", "ĐT.550", "QL.8A"',
    text: `Hộ ông Lê Văn Tám sử dụng thửa đất số 125, tờ bản đồ số 12, diện tích 350 m2, giáp Quốc lộ 1A. Tuyến ĐT.550 nối QL.8A được nâng cấp đoạn từ Km 5 đến Km 12+400.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-59-negative-events-not-documents',
    about: 'a plenum, a congress and a session named as events with their terms; no document named',
    text: `Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII đã thảo luận, cho ý kiến về các dự thảo văn kiện trình Đại hội XIV. Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra trong 2 ngày. Tại Kỳ họp thứ 9, Quốc hội khóa XV đã biểu quyết thông qua nhiều nội dung quan trọng.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-60-negative-generic-words',
    about: '"các văn bản chỉ đạo của cấp trên", "đúng luật", "kế hoạch năm 2025", "nghị quyết của chi bộ", "quyết định số lượng"',
    text: `Chi bộ bám sát các văn bản chỉ đạo của cấp trên, tổ chức thực hiện đúng luật, hoàn thành kế hoạch năm 2025 và nghị quyết của chi bộ đề ra. Hội nghị cũng quyết định số lượng đảng viên được phân công giúp đỡ hộ nghèo là 12 đồng chí.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'second-61-negative-service-receipt-damaged',
    about: 'a public-service receipt with decomposed Unicode and CRLF: case codes, a procedure code "1.004227", a receipt "2508/2025"',
    text: crlf(nfd(`TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ
GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ
Mã hồ sơ: 000.00.23.H42-250812-0001
Mã thủ tục: 1.004227
Số biên nhận: 2508/2025
Ngày hẹn trả: 15/08/2025 lúc 14h00
Điện thoại liên hệ: 0239.3855.123`)),
    // The receipt's own serial is its number of sorts; only the references are judged here.
    document: {},
    references: [],
  },
];
