// Texts that reference no document at all, full of things that look like references:
// phone numbers, date ranges, section numbers, newspaper issues, figures with slashes,
// addresses, storm numbers, and the document's own "Số: …". Every case expects nothing.
import { crlf, type CorpusCase } from './case.ts';

export const negatives: CorpusCase[] = [
  {
    id: 'negative-01-phone-fax',
    about: 'phone and fax numbers with dots and spaces in a header',
    text: `SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÀ NAM
Địa chỉ: số 12 đường Trần Phú, TP. Phủ Lý
ĐT: 0226.3852.159 - Fax: 0226 3852 160
Đường dây nóng: 0912.345.678
Website: stttt.hanam.gov.vn`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-02-date-range',
    about: 'date ranges "từ ngày 20-26/9/2017" and "20 - 22/10"',
    text: `Từ ngày 20-26/9/2017, Hội Nông dân tỉnh tổ chức lớp tập huấn kỹ thuật trồng cà phê cho 120 hội viên. Đợt 2 dự kiến diễn ra từ 20 - 22/10 tại huyện Cư M'gar.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-03-section-numbers',
    about: 'section numbers "1.1", "2.3.4", "Điều 5", "khoản 2" and roman headings',
    text: `II. NHIỆM VỤ VÀ GIẢI PHÁP
1.1. Đẩy mạnh công tác tuyên truyền.
1.2. Rà soát các cơ sở sản xuất.
2.3.4. Theo quy định tại khoản 2 Điều 5 của Quy chế này, các đơn vị báo cáo định kỳ.
III. TỔ CHỨC THỰC HIỆN`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-04-newspaper-issue',
    about: 'newspaper issue numbers "Số 93", "số 24.123" and a page reference',
    text: `Bài viết đăng trên Báo Quân khu 7 Số 93 (ra ngày 15/8/2022), trang 4, và được Báo Nhân Dân số 24.123 trích đăng lại. Đặc san Xuân Quý Mão, số 1/2023, giới thiệu chuyên mục mới.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-05-figures-with-slashes',
    about: 'figures with slashes: "15/19 tiêu chí", "25/30 xã", "24/7", "3/4 số hộ"',
    text: `Đến nay, xã Tân Hòa đã đạt 15/19 tiêu chí nông thôn mới; toàn huyện có 25/30 xã có đường ô tô đến trung tâm. Trạm y tế trực 24/7, hơn 3/4 số hộ dân đã có nước sạch.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-06-own-number-report',
    about: 'a report whose only number is its own "Số: 15/BC-UBND", repeated in the body, plus "Báo cáo này"',
    text: `ỦY BAN NHÂN DÂN XÃ PHÚ LỢI
Số: 15/BC-UBND
Phú Lợi, ngày 25 tháng 6 năm 2023
BÁO CÁO
Kết quả công tác 6 tháng đầu năm 2023
Trong 6 tháng đầu năm, thu ngân sách xã đạt 1.250/2.000 triệu đồng (62,5%). Báo cáo này thay cho báo cáo nhanh đã gửi; số liệu trong Báo cáo số 15/BC-UBND là số liệu chính thức.`,
    document: { type: 'Báo cáo', number: '15/BC-UBND', date: '2023-06-25', place: 'Phú Lợi' },
    references: [],
  },
  {
    id: 'negative-07-generic-plurals',
    about: 'generic "các chỉ thị, nghị quyết của Trung ương, của tỉnh" with no particular document',
    text: `Các cấp ủy tiếp tục lãnh đạo thực hiện tốt các chỉ thị, nghị quyết, kết luận của Trung ương và của tỉnh về công tác dân tộc; kịp thời ban hành kế hoạch, hướng dẫn phù hợp với thực tế địa phương.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-08-holidays-and-scores',
    about: 'holiday dates "2/9", "30/4 - 1/5" and a football score "2/1"',
    text: `Nhân dịp kỷ niệm 78 năm Quốc khánh 2/9 và chào mừng ngày 30/4 - 1/5, Liên đoàn Lao động huyện tổ chức giải bóng đá công nhân; đội Công ty May Tiền Tiến thắng chung cuộc với tỷ số 2/1.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-09-addresses',
    about: 'addresses "số 12/3 đường Lê Lợi", "tổ 5/ấp 3", "hẻm 45/12/7"',
    text: `Điểm tiếp nhận hàng cứu trợ đặt tại số 12/3 đường Lê Lợi, phường 1 và tại nhà văn hóa tổ 5/ấp 3, xã Long Phước. Người dân có thể liên hệ trực tiếp tại hẻm 45/12/7 đường Nguyễn Trãi.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-10-storm-and-team-numbers',
    about: '"bão số 3", "Đội số 1", "lô số 12/B", "Phòng số 204"',
    text: `Do ảnh hưởng của bão số 3, Đội số 1 và Đội số 2 của Ban Chỉ huy phòng chống thiên tai huyện đã sơ tán 350 hộ dân. Hàng cứu trợ được tập kết tại lô số 12/B khu công nghiệp và Phòng số 204 trụ sở UBND huyện.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-11-quyet-dinh-as-verb',
    about: '"quyết định số lượng", "chỉ thị cho", "kế hoạch năm 2024" as ordinary words',
    text: `Hội nghị biểu quyết và quyết định số lượng Ủy viên Ban Chấp hành khóa mới là 15 đồng chí. Đồng chí Bí thư chỉ thị cho các đơn vị bám sát kế hoạch năm 2024, phấn đấu hoàn thành nghị quyết đề ra.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-12-tenure-and-periods',
    about: 'periods "nhiệm kỳ 2020 - 2025", "giai đoạn 2021-2030", "khóa XIII" with no document',
    text: `Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025 bầu 45 đồng chí vào Ban Chấp hành. Trong giai đoạn 2021-2030, huyện phấn đấu trở thành thị xã. Đại biểu Quốc hội khóa XIII đã tiếp xúc cử tri tại xã.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-13-times-and-money',
    about: 'clock times "7h30 - 11h00", money "1.234/5.678 tỷ đồng", percentages',
    text: `Hội nghị bắt đầu lúc 7h30 và kết thúc lúc 11h00 ngày 15/3. Tổng vốn đã giải ngân là 1.234/5.678 tỷ đồng, đạt 21,7% kế hoạch vốn năm; tăng 3,2% so với cùng kỳ.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-14-hotlines-emergency',
    about: 'hotlines 113, 114, 115, "1022" and an SMS short code',
    text: `Khi phát hiện cháy nổ, người dân gọi ngay 114; cấp cứu y tế gọi 115; phản ánh qua Tổng đài 1022 hoặc nhắn tin theo cú pháp PA gửi 8088. Lực lượng Công an huyện trực 113 suốt 24/24 giờ.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-15-conference-report-no-docs',
    about: 'a conference report naming a plenum and a congress as events, not documents',
    text: `Ngày 18/10, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 12 để cho ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII. Các đại biểu thảo luận sôi nổi về phương hướng phát triển kinh tế - xã hội.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-16-table-row-figures',
    about: 'a statistics table flattened into "|" rows with slashes and dashes',
    text: `| STT | Đơn vị | Kế hoạch | Thực hiện | Tỷ lệ |
| 1 | Xã An Bình | 120/150 | 98 | 81,6% |
| 2 | Xã Phú Thạnh | 80/100 | 85 | 106% |
| 3 | Thị trấn | 15-20 | 18 | 90% |`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-17-own-plan-self-mentions',
    about: 'a plan that names only itself: "Kế hoạch này", "Kế hoạch số 64/KH-UBND" in its own closing lines',
    text: `ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH
Số: 64/KH-UBND
Đông Anh, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Ngày hội Văn hóa các dân tộc huyện Đông Anh năm 2024
I. MỤC ĐÍCH
Tổ chức Ngày hội nhằm tôn vinh bản sắc văn hóa dân tộc.
II. TỔ CHỨC THỰC HIỆN
Các phòng, ban căn cứ Kế hoạch này triển khai; trong quá trình thực hiện Kế hoạch số 64/KH-UBND nếu có vướng mắc, báo cáo về UBND huyện (qua Phòng Văn hóa và Thông tin).`,
    document: { type: 'Kế hoạch', number: '64/KH-UBND', date: '2024-03-10', place: 'Đông Anh' },
    references: [],
  },
  {
    id: 'negative-18-highway-and-plates',
    about: 'road kilometre posts "Km 45+300", "QL 1A", vehicle plates "51F-123.45"',
    text: `Vụ tai nạn xảy ra tại Km 45+300 Quốc lộ 1A đoạn qua xã Hàm Kiệm, giữa xe tải biển số 51F-123.45 và xe khách biển số 86B-012.34. Lực lượng chức năng đã phân luồng tại nút giao QL 1A - ĐT 719.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-19-historic-dates',
    about: 'historic dates "2/9/1945", "30/4/1975", "19/5/1890" in a propaganda text',
    text: `Ngày 2/9/1945, tại Quảng trường Ba Đình, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập. Ngày 30/4/1975, miền Nam hoàn toàn giải phóng. Kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2023).`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-20-news-footer',
    about: 'a news footer with byline, view count, tags and share counters',
    text: `Nông dân Sóc Trăng trúng mùa lúa Thu Đông
Ngày đăng: 14/11/2022
Năng suất bình quân đạt 6,2 tấn/ha, giá bán 6.500 - 7.000 đồng/kg.
Tin: Kim Ngân - Ảnh: Trúc Linh
Lượt xem: 1.245 | Chia sẻ: 12/40
Từ khóa: nông nghiệp, lúa gạo, Sóc Trăng`,
    document: { number: null, date: '2022-11-14' },
    references: [],
  },
  {
    id: 'negative-21-crlf-minutes',
    about: 'meeting minutes with Windows line endings, agenda items "1/", "2/" and vote counts "45/45"',
    text: crlf(`BIÊN BẢN HỌP CHI BỘ
Hôm nay, lúc 14 giờ ngày 05/6/2023, tại Hội trường Trường Tiểu học Lê Lợi.
1/ Đánh giá công tác tháng 5.
2/ Triển khai nhiệm vụ tháng 6.
Biểu quyết: 45/45 đảng viên tán thành (100%).`),
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-22-ordinal-plenum-words',
    about: '"lần thứ 7", "khóa XI" and "Trung ương" in a sentence about people, not documents',
    text: `Đồng chí Nguyễn Văn A, Ủy viên Ban Chấp hành Trung ương khóa XI, lần thứ 7 về thăm và làm việc tại xã biên giới Trà Lĩnh; tặng 50 suất quà cho hộ nghèo.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-23-file-codes-and-isbn',
    about: 'archive box codes "Hộp 12/HS-2019", ISBN and a tax code',
    text: `Hồ sơ lưu tại Hộp 12/HS-2019, kệ số 3. Sách "Lịch sử Đảng bộ huyện" (ISBN 978-604-57-1234-5) do Nhà xuất bản Chính trị quốc gia phát hành. Mã số thuế đơn vị: 0101234567-001.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'negative-24-vote-and-quorum',
    about: 'numbers like "số 1", "Số phiếu: 38/40", "số 2 - 3" in an election report',
    text: `Kết quả bầu cử tại tổ bầu cử số 1: Số phiếu phát ra 40, số phiếu thu về 40. Số phiếu hợp lệ: 38/40. Ứng cử viên số 2 - 3 đạt trên 50% số phiếu bầu.`,
    document: { number: null },
    references: [],
  },
];
