// A third held-out batch: news and portal pages with heavy site chrome (menus flattened
// into "|" rows, breadcrumbs, "Cập nhật", "Lượt xem", share buttons, tags, related lists
// with their own dates, comments) reporting on documents, with year-less body dates and a
// page from early January reporting late-December documents; then texts full of numbers
// that look like symbols but reference nothing.
import { NBSP, ZWSP, citesRef, crlf, implementsRef, nfd, type CorpusCase } from './case.ts';

export const thirdPageCases: CorpusCase[] = [
  {
    id: 'third-40-news-directive-heavy-chrome',
    about: 'a provincial newspaper page: a directive reported with a year-less date and what it implements; menus, breadcrumb, views, share row, tags, a related list naming a resolution, reader comments',
    text: `BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao | Multimedia | English
Đăng nhập | Đăng ký | Tìm kiếm
Chính trị > Xây dựng Đảng > Tin tức
Ban Thường vụ Tỉnh ủy Nghệ An ban hành Chỉ thị về chống khai thác hải sản bất hợp pháp
Cập nhật: 14:25 | 20/05/2024
Lượt xem: 2.315
Chia sẻ: Facebook | Zalo | Twitter | In bài | Gửi email

(Baonghean.vn) - Ngày 17/5, thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Bí thư Tỉnh ủy đã ký ban hành Chỉ thị số 30-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định.
Chỉ thị được ban hành nhằm thực hiện Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư về cùng nội dung. Theo đó, các cấp ủy, chính quyền ven biển phải bảo đảm 100% tàu cá từ 15 m trở lên lắp đặt thiết bị giám sát hành trình; xử lý nghiêm các vi phạm theo Luật Thủy sản năm 2017.
Hiện toàn tỉnh có 3.016 tàu cá, trong đó 1.028 tàu có chiều dài từ 15 m trở lên.
Thành Duy

Tags: Chỉ thị, chống khai thác IUU, Tỉnh ủy Nghệ An, thủy sản
Tin liên quan:
- Quán triệt Nghị quyết số 39-NQ/TW của Bộ Chính trị về xây dựng Nghệ An (10/05/2024)
- Đoàn kiểm tra của Ủy ban châu Âu làm việc tại cảng cá Lạch Quèn (02/05/2024)
- 5/5 huyện ven biển ra quân tuyên truyền (28/04/2024)
Bình luận (2)
Nguyễn Văn Tâm - 20/05/2024 20:15: Chỉ thị rất kịp thời, mong được thực hiện nghiêm.
Hồ Thị Lan - 21/05/2024 07:02: Bà con ngư dân Quỳnh Lưu đồng tình.
© Báo Nghệ An - Giấy phép số 52/GP-BTTTT ngày 15/02/2021`,
    document: { number: null, date: '2024-05-20' },
    references: [
      citesRef('Chỉ thị', '30-CT/TU', '2024-05-17', { issuer: 'Ban Thường vụ Tỉnh ủy Nghệ An' }),
      implementsRef('Chỉ thị', '32-CT/TW', '2024-04-10', { subject: '30-CT/TU', issuer: 'Ban Bí thư' }),
      citesRef('Luật', null, null, { name: 'Luật Thủy sản', subject: '30-CT/TU', alternatives: ['implements'], optional: true }),
      citesRef('Nghị quyết', '39-NQ/TW', null, { optional: true }),
      citesRef('Giấy phép', '52/GP-BTTTT', '2021-02-15', { optional: true }),
    ],
  },
  {
    id: 'third-41-news-early-january-late-december',
    about: 'a page published on 03/01/2025 reporting a council resolution of "ngày 27/12" and a decision of "Ngày 30/12" (both 2024) and an event of "ngày 2/1" (2025); the decision carries out the resolution',
    text: `CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE
Giới thiệu | Tin tức - Sự kiện | Chính sách mới | Văn bản | Dịch vụ công | Hỏi đáp
Trang chủ » Tin tức - Sự kiện » Kinh tế
Phê duyệt danh mục dự án đầu tư công năm 2025
Thứ Sáu, 03/01/2025 - 08:30 | Lượt xem: 645 | Cỡ chữ: A- A A+

Ngày 30/12, Chủ tịch UBND tỉnh ký ban hành Quyết định số 3250/QĐ-UBND giao kế hoạch đầu tư công năm 2025 cho 112 dự án với tổng vốn 5.420 tỷ đồng. Quyết định nhằm cụ thể hóa Nghị quyết số 45/NQ-HĐND được HĐND tỉnh khóa X thông qua tại kỳ họp thứ 18 ngày 27/12.
Sáng ngày 2/1, UBND tỉnh tổ chức hội nghị giao vốn cho các chủ đầu tư; yêu cầu giải ngân 30% kế hoạch vốn trước ngày 30/6/2025.
Tin, ảnh: Minh Khoa
Chia sẻ | In trang | Về đầu trang
Các tin khác:
- Tổng kết công tác năm 2024 của Văn phòng UBND tỉnh (31/12/2024)
- Khánh thành cầu Rạch Miễu 2 (29/12/2024)`,
    document: { number: null, date: '2025-01-03' },
    references: [
      citesRef('Quyết định', '3250/QĐ-UBND', '2024-12-30', { issuer: 'UBND tỉnh Bến Tre' }),
      citesRef('Nghị quyết', '45/NQ-HĐND', '2024-12-27', { issuer: 'HĐND tỉnh Bến Tre' }),
      implementsRef('Nghị quyết', '45/NQ-HĐND', '2024-12-27', { subject: '3250/QĐ-UBND' }),
    ],
  },
  {
    id: 'third-42-ward-portal-congress-resolution',
    about: 'a ward portal after the merger: a study conference on the provincial congress resolution and the action programme implementing it; an old province\'s resolution kept; comments and counters',
    text: `CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HÀ GIANG 1 - TỈNH TUYÊN QUANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ
Tin tức > Hoạt động của Đảng ủy
Đảng ủy phường Hà Giang 1 quán triệt Nghị quyết Đại hội Đảng bộ tỉnh
Cập nhật: 15/11/2025 07:45 | Lượt xem: 312

Sáng 14/11, Đảng ủy phường Hà Giang 1 tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVIII, nhiệm kỳ 2025 - 2030 và Chương trình hành động số 01-CTr/TU ngày 20/10/2025 của Tỉnh ủy thực hiện Nghị quyết Đại hội cho 420 cán bộ, đảng viên.
Báo cáo viên cho biết, các mục tiêu về phát triển du lịch trong Nghị quyết số 15-NQ/TU ngày 10/6/2022 của Ban Chấp hành Đảng bộ tỉnh Hà Giang (khóa XVII) tiếp tục được kế thừa trong Chương trình hành động.
Phạm Hùng (Văn phòng Đảng ủy)
Bình luận (1)
Lò Văn Sáng - 15/11/2025: Hội nghị thiết thực.
Tổng truy cập: 125.430 | Đang online: 17`,
    document: { number: null, date: '2025-11-15' },
    references: [
      citesRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVIII', alternatives: ['implements'] }),
      citesRef('Chương trình hành động', '01-CTr/TU', '2025-10-20', { issuer: 'Tỉnh ủy Tuyên Quang', alternatives: ['implements'] }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVIII', subject: '01-CTr/TU' }),
      citesRef('Nghị quyết', '15-NQ/TU', '2022-06-10', { issuer: 'Ban Chấp hành Đảng bộ tỉnh Hà Giang', term: 'XVII' }),
    ],
  },
  {
    id: 'third-43-womens-union-page-joint-programme',
    about: 'a women\'s union page: a joint programme signed "Ngày 8/10", which carries out a Politburo resolution; a related list that names another resolution; share and tags',
    text: `HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Ký kết chương trình phối hợp chăm sóc sức khỏe phụ nữ và trẻ em giai đoạn 2025 - 2030
09/10/2025 | 10:12 | 187 lượt xem

Ngày 8/10, Hội LHPN tỉnh và Sở Y tế ký kết Chương trình phối hợp số 02/CTrPH-HLHPN-SYT về chăm sóc sức khỏe phụ nữ và trẻ em giai đoạn 2025 - 2030. Chương trình nhằm thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân.
Theo chương trình, mỗi năm hai bên phối hợp khám sàng lọc ung thư vú, ung thư cổ tử cung cho 5.000 phụ nữ tại 64/64 xã, phường.
Ngọc Hân
Chia sẻ: f | Zalo | In
Từ khóa: #phụ nữ #y tế #chương trình phối hợp
Bài viết liên quan
- Hội LHPN tỉnh học tập Nghị quyết 57-NQ/TW (12/3/2025)
- Ra mắt mô hình "Mẹ khỏe - con thông minh" (01/10/2025)`,
    document: { number: null, date: '2025-10-09' },
    references: [
      citesRef('Chương trình phối hợp', '02/CTrPH-HLHPN-SYT', '2025-10-08'),
      implementsRef('Nghị quyết', '72-NQ/TW', '2025-09-09', { subject: '02/CTrPH-HLHPN-SYT', issuer: 'Bộ Chính trị' }),
      citesRef('Nghị quyết', '57-NQ/TW', null, { optional: true }),
    ],
  },
  {
    id: 'third-44-district-news-crlf-nbsp',
    about: 'a district page with CRLF line ends and no-break spaces: a plan of "Ngày 2/8" implementing a city decision, a decree named as basis in the plan',
    text: crlf(`UBND HUYỆN HOÀI ĐỨC - CỔNG GIAO TIẾP ĐIỆN TỬ
Trang chủ | Tin tức | Chỉ đạo điều hành | Văn bản pháp quy | Công khai ngân sách
Chỉ đạo điều hành
Hoài Đức triển khai kế hoạch phòng, chống ngập úng mùa mưa bão năm 2024
Ngày đăng: 05/08/2024${NBSP}${NBSP}| Lượt đọc: 98

Ngày 2/8, UBND huyện Hoài Đức ban hành Kế hoạch số${NBSP}215/KH-UBND về phòng, chống ngập úng mùa mưa bão năm 2024. Kế hoạch thực hiện Quyết định số${NBSP}1560/QĐ-UBND ngày 15/7/2024 của UBND thành phố Hà Nội và căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết thi hành một số điều của Luật Phòng, chống thiên tai.
Huyện yêu cầu 20/20 xã, thị trấn kiểm tra, nạo vét 45 km kênh mương trước ngày 20/8.
Phòng Văn hóa và Thông tin huyện
Chia sẻ | Bản in`),
    document: { number: null, date: '2024-08-05' },
    references: [
      citesRef('Kế hoạch', '215/KH-UBND', '2024-08-02', { issuer: 'UBND huyện Hoài Đức' }),
      implementsRef('Quyết định', '1560/QĐ-UBND', '2024-07-15', { subject: '215/KH-UBND', issuer: 'UBND thành phố Hà Nội' }),
      citesRef('Nghị định', '66/2021/NĐ-CP', '2021-07-06', { subject: '215/KH-UBND', issuer: 'Chính phủ' }),
      citesRef('Luật', null, null, { name: 'Luật Phòng, chống thiên tai', subject: '66/2021/NĐ-CP', alternatives: ['implements'], optional: true }),
    ],
  },
  {
    id: 'third-45-government-news-amendment-zwsp',
    about: 'a government news page with a zero-width space in a symbol and a date broken across a line: a resolution amending the programme issued with an earlier resolution that implements a Politburo resolution',
    text: `BÁO ĐIỆN TỬ CHÍNH PHỦ
Thời sự | Chính sách mới | Chỉ đạo quyết định của Chính phủ, Thủ tướng | Kinh tế | Xã hội
Chính sách mới
Cập nhật Chương trình hành động thực hiện Nghị quyết 57
02/04/2025 16:40

(Chinhphu.vn) - Ngày 1/4, Chính phủ ban hành Nghị quyết số 71/NQ-${ZWSP}CP sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ ban hành kèm theo Nghị quyết số 03/NQ-CP ngày 09 tháng 01
năm 2025 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.
Chương trình hành động sau cập nhật có 140 nhiệm vụ, giao cho 29 bộ, ngành và 63 địa phương.
Tags: Nghị quyết 57, khoa học công nghệ, chuyển đổi số`,
    document: { number: null, date: '2025-04-02' },
    references: [
      citesRef('Nghị quyết', '71/NQ-CP', '2025-04-01', { issuer: 'Chính phủ' }),
      citesRef('Nghị quyết', '03/NQ-CP', '2025-01-09', { subject: '71/NQ-CP' }),
      citesRef('Chương trình hành động', null, null, { name: 'Chương trình hành động của Chính phủ', subject: '71/NQ-CP', optional: true }),
      implementsRef('Nghị quyết', '57-NQ/TW', '2024-12-22', { subject: '03/NQ-CP', issuer: 'Bộ Chính trị' }),
      implementsRef('Nghị quyết', '57-NQ/TW', '2024-12-22', { subject: '71/NQ-CP', optional: true }),
      citesRef('Nghị quyết', '57-NQ/TW', '2024-12-22', { optional: true }),
    ],
  },
  {
    id: 'third-46-front-page-hyphen-dates-review',
    about: 'a Front page dated 29/12/2023 reporting a review conference of "Ngày 28-12" on a joint programme and a Politburo regulation; a year-less deadline; byline, tags',
    text: `ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH PHƯỚC
Trang chủ | Giới thiệu | Tin hoạt động | Giám sát - Phản biện | Cuộc vận động | Văn bản
Tin hoạt động
Tổng kết 5 năm thực hiện chương trình phối hợp giữa Ủy ban MTTQ và UBND tỉnh
Ngày 29/12/2023

Ngày 28-12, Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh tổ chức hội nghị tổng kết 5 năm thực hiện Chương trình phối hợp số 05/CTrPH-MTTQ-UBND ngày 15-01-2019 giữa hai cơ quan, đồng thời đánh giá việc thực hiện Quyết định số 217-QĐ/TW ngày 12-12-2013 của Bộ Chính trị về giám sát và phản biện xã hội.
Hai bên thống nhất ký chương trình phối hợp giai đoạn 2024 - 2029 trước ngày 15-1.
Hồng Nhung
Từ khóa: Mặt trận, phối hợp, tổng kết`,
    document: { number: null, date: '2023-12-29' },
    references: [
      citesRef('Chương trình phối hợp', '05/CTrPH-MTTQ-UBND', '2019-01-15', { alternatives: ['implements'] }),
      citesRef('Quyết định', '217-QĐ/TW', '2013-12-12', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
    ],
  },

  // Negatives: nothing below is a reference to a document.
  {
    id: 'third-50-negative-contacts-block',
    about: 'a contact block: phone and fax numbers with dots, slashes and brackets, a hotline, a postal code',
    text: `Văn phòng Đảng ủy xã Quảng Phú
Điện thoại: (0232) 3.822.456 - Fax: 0232/3822.457
Đường dây nóng: 0912.345.678 - 1900 1234
Mã bưu chính: 47108
Email: vanphong.quangphu@quangtri.gov.vn`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-51-negative-date-ranges',
    about: 'date ranges "20-26/9/2017", "từ 01 - 05/11", "ngày 3, 4/5/2024", "tuần 12/2024" and years "2017-2020"',
    text: `Lớp bồi dưỡng lý luận chính trị diễn ra từ ngày 20-26/9/2017 tại Trung tâm Chính trị huyện; đợt 2 từ 01 - 05/11. Hội thao được tổ chức các ngày 3, 4/5/2024, lịch trực tuần 12/2024 đã gửi các phòng. Giai đoạn 2017-2020 đã có 1.250 lượt học viên.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-52-negative-sections-articles',
    about: 'section numbers "1.1", "2.3.1", "Điều 5.2", "khoản 3", "Mục II.4", "Biểu 01/BC" of a form',
    text: `1.1. Mục tiêu chung
2.3.1. Rà soát hộ nghèo theo Mục II.4 và khoản 3 của phần hướng dẫn; tổng hợp theo Biểu 01/BC và Điều 5.2 của quy trình nội bộ.
3. Các thôn gửi báo cáo về Ban Chỉ đạo xã trước 16h30 ngày thứ Sáu.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-53-negative-newspaper-issue',
    about: 'newspaper issue and page numbers: "Báo Quân đội Nhân dân số 22.156", "số Xuân Giáp Thìn", "số 145 (3.012)", "trang 7"',
    text: `Bài viết được đăng trên Báo Quân đội Nhân dân số 22.156 ra ngày 15/3/2024, trang 7; trước đó, Báo Lao động số 145 (3.012) và số Xuân Giáp Thìn cũng giới thiệu mô hình này.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-54-negative-addresses-slashes',
    about: 'addresses with slashes: "số 12/3 đường Lê Lợi", "hẻm 45/7/2", "tổ 5/khu phố 3", "ngách 12/34/5"',
    text: `Hộ bà Nguyễn Thị Hoa tại số 12/3 đường Lê Lợi, phường Thành Vinh và hộ ông Trần Văn Nam ở hẻm 45/7/2 Nguyễn Trãi được hỗ trợ sửa chữa nhà. Điểm bầu cử số 4 đặt tại tổ 5/khu phố 3; điểm phụ tại ngách 12/34/5 phố Khâm Thiên.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-55-negative-ratios-figures',
    about: 'figures with slashes and hyphens: "5/22 xã", "19/19 tiêu chí", "vụ 2024-2025", "12-15 tấn/ha", "01/5 tỷ lệ"',
    text: `Đến nay có 5/22 xã đạt chuẩn nông thôn mới nâng cao, 2 xã đạt 19/19 tiêu chí. Vụ 2024-2025 năng suất lúa đạt 6,8 tấn/ha, sắn đạt 12-15 tấn/ha; tỷ lệ hộ sử dụng nước sạch tăng 3/4 so với kế hoạch.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-56-negative-isbn-licence',
    about: 'a book colophon: ISBN, publication registration "2345-2024/CXBIPH/3-45/CTQG", print run and size, "quý II/2024"',
    text: `NHÀ XUẤT BẢN CHÍNH TRỊ QUỐC GIA SỰ THẬT
Số đăng ký xuất bản: 2345-2024/CXBIPH/3-45/CTQG
Mã ISBN: 978-604-57-9876-1
In 1.000 cuốn, khổ 14,5 x 20,5 cm tại Công ty In ABC
In xong và nộp lưu chiểu quý II/2024.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-57-negative-only-own-number',
    about: 'an invitation whose only symbol is its own "312/GM-UBND", repeated in the body; a phone number; "Giấy mời này"',
    text: `ỦY BAN NHÂN DÂN
PHƯỜNG THANH KHÊ
Số: 312/GM-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Khê, ngày 06 tháng 11 năm 2025
GIẤY MỜI
Dự họp giao ban công tác tháng 11 năm 2025
UBND phường trân trọng kính mời Trưởng các khu dân cư dự họp vào lúc 8h00 ngày 10/11/2025 tại Hội trường UBND phường (tầng 2).
Giấy mời số 312/GM-UBND được gửi qua hệ thống điện tử; Giấy mời này thay thư mời in. Liên hệ: 0236.3722.118.
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG`,
    document: { type: 'Giấy mời', number: '312/GM-UBND', date: '2025-11-06', place: 'Thanh Khê', issuer: 'UBND phường Thanh Khê' },
    references: [],
  },
  {
    id: 'third-58-negative-generic-mentions',
    about: 'generic mentions without a number or a name: "các nghị quyết, chỉ thị của Trung ương", "kế hoạch của huyện", "theo quy định", "Quyết định khen thưởng sẽ được gửi sau", "năm 2014"',
    text: `Thời gian qua, Đảng bộ xã luôn bám sát các nghị quyết, chỉ thị của Trung ương, của tỉnh và kế hoạch của huyện; thực hiện đúng theo quy định. Quyết định khen thưởng sẽ được gửi sau. Từ năm 2014 đến nay, xã đã 5 lần được tặng Bằng khen.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-59-negative-codes-versions-plates',
    about: 'a software version "v2.1.3", a procedure code "2.002156", a record number "H42.25-250811-0012", a plate "37C-456.78", an item "Km 12+500"',
    text: `Phần mềm quản lý hồ sơ phiên bản v2.1.3 đã cập nhật thủ tục mã 2.002156. Hồ sơ H42.25-250811-0012 được tiếp nhận lúc 9h15. Xe biển kiểm soát 37C-456.78 gặp sự cố tại Km 12+500 Quốc lộ 7A.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-60-negative-page-footer-nfd-crlf',
    about: 'a portal footer in decomposed Unicode with CRLF: a licence-less copyright line, counters, an address "số 05/2 đường Hùng Vương", a hotline',
    text: crlf(nfd(`Bản quyền thuộc Ủy ban nhân dân xã Ea Kar
Địa chỉ: số 05/2 đường Hùng Vương, xã Ea Kar, tỉnh Đắk Lắk
Điện thoại: 0262.3625.111 - Đường dây nóng: 0905.123.456
Lượt truy cập: 45.678 | Trực tuyến: 12
Ghi rõ nguồn khi phát hành lại thông tin từ trang này.`)),
    document: { number: null },
    references: [],
  },
  {
    id: 'third-61-negative-events-terms',
    about: 'congresses, plenums, sessions and terms named only as events: "Đại hội XIV", "Hội nghị Trung ương 11", "Kỳ họp thứ 9 Quốc hội khóa XV", "nhiệm kỳ 2025 - 2030"',
    text: `Cả nước đang hướng tới Đại hội XIV của Đảng. Trước đó, Hội nghị Trung ương 11 khóa XIII đã diễn ra trong 3 ngày; Kỳ họp thứ 9 Quốc hội khóa XV bế mạc ngày 27/6/2025. Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'third-62-negative-sports-scores-times',
    about: 'sports results and times: "thắng 2-1", "U23", "vòng 5/2025", "19h30", "tỷ số 3 - 0", "bảng A/B"',
    text: `Tối 12/10, đội bóng đá nam của phường thắng 2-1 trước đội xã Hòa Vang tại vòng 5/2025 giải U23 thành phố. Trận chung kết bảng A/B diễn ra lúc 19h30 ngày 20/10 với tỷ số 3 - 0.`,
    document: { number: null },
    references: [],
  },
];
