// Cases written after the extractor was tuned on the rest of the corpus, and measured
// before it saw them: the figures on these tell how well the rules generalise.
import { NBSP, citesRef, crlf, implementsRef, nfd, type CorpusCase } from './case.ts';

export const freshCases: CorpusCase[] = [
  {
    id: 'fresh-01-decision-decree-circular',
    about: 'provincial decision: a legal basis block with a decree, a finance circular and a proposal',
    text: `ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
Số: 2456/QĐ-UBND
Quảng Bình, ngày 07 tháng 9 năm 2023
QUYẾT ĐỊNH
Về việc phân bổ kinh phí thực hiện chính sách hỗ trợ học sinh vùng đặc biệt khó khăn
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Nghị định số 116/2016/NĐ-CP ngày 18 tháng 7 năm 2016 của Chính phủ quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn;
Căn cứ Thông tư số 109/2016/TT-BTC ngày 30 tháng 6 năm 2016 của Bộ Tài chính;
Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 3012/TTr-STC ngày 25 tháng 8 năm 2023,
QUYẾT ĐỊNH:`,
    document: { type: 'Quyết định', number: '2456/QĐ-UBND', date: '2023-09-07', place: 'Quảng Bình' },
    references: [
      citesRef('Nghị định', '116/2016/NĐ-CP', '2016-07-18'),
      citesRef('Thông tư', '109/2016/TT-BTC', '2016-06-30'),
      citesRef('Tờ trình', '3012/TTr-STC', '2023-08-25'),
    ],
  },
  {
    id: 'fresh-02-finance-dispatch-circular',
    about: 'department dispatch "hướng dẫn thực hiện Thông tư" in its subject line',
    text: `SỞ TÀI CHÍNH TỈNH BẮC KẠN
Số: 1877/STC-QLNS
V/v hướng dẫn thực hiện Thông tư số 36/2022/TT-BTC của Bộ Tài chính
Bắc Kạn, ngày 11 tháng 7 năm 2022
Kính gửi: Các sở, ban, ngành; UBND các huyện, thành phố.
Ngày 16/6/2022, Bộ Tài chính ban hành Thông tư số 36/2022/TT-BTC quy định mức thu, chế độ thu, nộp phí thẩm định. Sở Tài chính hướng dẫn các đơn vị thực hiện như sau:`,
    document: { type: 'Công văn', number: '1877/STC-QLNS', date: '2022-07-11', place: 'Bắc Kạn' },
    references: [
      implementsRef('Thông tư', '36/2022/TT-BTC', '2022-06-16', { issuer: 'Bộ Tài chính' }),
    ],
  },
  {
    id: 'fresh-03-news-study-directive',
    about: 'news page "Cập nhật: 15/11/2023 08:30"; a study conference on a directive (quán triệt → cites)',
    text: `Huyện ủy Lộc Ninh quán triệt Chỉ thị của Ban Bí thư về công tác giảm nghèo
Cập nhật: 15/11/2023 08:30

Chiều 14/11, Ban Thường vụ Huyện ủy Lộc Ninh tổ chức hội nghị quán triệt Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư về tiếp tục tăng cường sự lãnh đạo của Đảng đối với công tác giảm nghèo bền vững đến năm 2030 cho gần 200 cán bộ chủ chốt.`,
    document: { number: null, date: '2023-11-15' },
    references: [
      citesRef('Chỉ thị', '25-CT/TW', '2023-10-25'),
    ],
  },
  {
    id: 'fresh-04-organisation-guidance',
    about: 'Party organisation board guidance: "Căn cứ Quy định" and "Thực hiện Quyết định … của Ban Thường vụ Tỉnh ủy"',
    text: `TỈNH ỦY KIÊN GIANG
BAN TỔ CHỨC
Số 62-HD/BTCTU
Rạch Giá, ngày 14 tháng 12 năm 2022
HƯỚNG DẪN
quy trình bổ nhiệm cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý
Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử; thực hiện Quyết định số 1254-QĐ/TU ngày 10/11/2022 của Ban Thường vụ Tỉnh ủy ban hành Quy định phân cấp quản lý cán bộ, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:`,
    document: { type: 'Hướng dẫn', number: '62-HD/BTCTU', date: '2022-12-14', place: 'Rạch Giá' },
    references: [
      citesRef('Quy định', '80-QĐ/TW', '2022-08-18', { issuer: 'Bộ Chính trị' }),
      implementsRef('Quyết định', '1254-QĐ/TU', '2022-11-10', { issuer: 'Ban Thường vụ Tỉnh ủy' }),
    ],
  },
  {
    id: 'fresh-05-district-header-star',
    about: 'district Party plan with the star line and motto interleaved; implements a provincial plan that implements a Politburo resolution',
    text: `ĐẢNG BỘ TỈNH BÌNH ĐỊNH
HUYỆN ỦY PHÙ MỸ
*
Số 145-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Phù Mỹ, ngày 28 tháng 02 năm 2023
KẾ HOẠCH
thực hiện Kế hoạch số 98-KH/TU ngày 10/01/2023 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ`,
    document: { type: 'Kế hoạch', number: '145-KH/HU', date: '2023-02-28', place: 'Phù Mỹ' },
    references: [
      implementsRef('Kế hoạch', '98-KH/TU', '2023-01-10'),
      implementsRef('Nghị quyết', '26-NQ/TW', '2022-11-03', { subject: '98-KH/TU' }),
    ],
  },
  {
    id: 'fresh-06-decision-issues-plan-for-resolution',
    about: 'a decision "ban hành Kế hoạch thực hiện" a government resolution, recalled by a report',
    text: `Năm 2022, UBND tỉnh đã ban hành Quyết định số 1034/QĐ-UBND ngày 20/4/2022 ban hành Kế hoạch thực hiện Nghị quyết số 06/NQ-CP ngày 21/01/2021 của Chính phủ về chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Đến nay đã hoàn thành 42/50 nhiệm vụ.`,
    document: { number: null },
    references: [
      citesRef('Quyết định', '1034/QĐ-UBND', '2022-04-20'),
      implementsRef('Nghị quyết', '06/NQ-CP', '2021-01-21', { subject: '1034/QĐ-UBND' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu toàn quốc lần thứ XIII', subject: '06/NQ-CP' }),
    ],
  },
  {
    id: 'fresh-07-colon-list-plenum',
    about: 'list after a colon sharing type word, date and plenum: "các Nghị quyết: số 27-NQ/TW, số 28-NQ/TW và số 29-NQ/TW ngày …"',
    text: `Ban Tuyên giáo Thị ủy Bỉm Sơn hướng dẫn học tập, quán triệt các Nghị quyết: số 27-NQ/TW, số 28-NQ/TW và số 29-NQ/TW ngày 09/11/2022 và ngày 17/11/2022 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII.`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết', '27-NQ/TW', null, { term: 'XIII' }),
      citesRef('Nghị quyết', '28-NQ/TW', null, { term: 'XIII' }),
      citesRef('Nghị quyết', '29-NQ/TW', null, { term: 'XIII' }),
    ],
  },
  {
    id: 'fresh-08-submission-law',
    about: 'a submission (Tờ trình) citing a National Assembly resolution (NQ-QH15) and a council resolution',
    text: `ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Số: 85/TTr-UBND
Trà Vinh, ngày 20 tháng 11 năm 2023
TỜ TRÌNH
Về việc đề nghị thông qua Nghị quyết quy định mức hỗ trợ cán bộ không chuyên trách cấp xã
Kính gửi: Hội đồng nhân dân tỉnh.
Căn cứ Nghị quyết số 101/2023/QH15 ngày 24/6/2023 của Quốc hội về kế hoạch năm 2024; Nghị quyết số 12/2020/NQ-HĐND ngày 10/7/2020 của HĐND tỉnh, UBND tỉnh kính trình HĐND tỉnh xem xét, thông qua.`,
    document: { type: 'Tờ trình', number: '85/TTr-UBND', date: '2023-11-20', place: 'Trà Vinh' },
    references: [
      citesRef('Nghị quyết', '101/2023/QH15', '2023-06-24', { issuer: 'Quốc hội' }),
      citesRef('Nghị quyết', '12/2020/NQ-HĐND', '2020-07-10'),
    ],
  },
  {
    id: 'fresh-09-nfd-crlf-directive',
    about: 'decomposed Unicode and Windows line endings together in a directive',
    text: crlf(nfd(`TỈNH ỦY NAM ĐỊNH
Số 05-CT/TU
Nam Định, ngày 12 tháng 4 năm 2021
CHỈ THỊ
về tăng cường lãnh đạo công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026
Thực hiện Chỉ thị số 02-CT/TW ngày 20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tập trung lãnh đạo tốt cuộc bầu cử.`)),
    document: { type: 'Chỉ thị', number: '05-CT/TU', date: '2021-04-12', place: 'Nam Định' },
    references: [
      implementsRef('Chỉ thị', '02-CT/TW', '2020-06-20', { issuer: 'Bộ Chính trị', notTerm: 'XV' }),
    ],
  },
  {
    id: 'fresh-10-noi-tren-anaphor',
    about: '"Nghị quyết nói trên" with a single resolution before it',
    text: `Ngày 25/01/2022, Bộ Chính trị ban hành Nghị quyết số 11-NQ/TW về phát triển kinh tế - xã hội vùng trung du và miền núi phía Bắc. Để triển khai Nghị quyết nói trên, Ban Thường vụ Tỉnh ủy Hòa Bình đã ban hành chương trình hành động.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', '11-NQ/TW', '2022-01-25', { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'fresh-11-ministry-composite',
    about: 'a ministry decision with a composite code "QĐ-BNN-KTHT" and a programme of the PM',
    text: `Thực hiện Quyết định số 919/QĐ-TTg ngày 01/7/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025 và Quyết định số 2113/QĐ-BNN-KTHT ngày 09/6/2023 của Bộ Nông nghiệp và Phát triển nông thôn, UBND huyện Hàm Yên tổ chức đánh giá, phân hạng sản phẩm OCOP năm 2023.`,
    document: { number: null },
    references: [
      implementsRef('Quyết định', '919/QĐ-TTg', '2022-07-01'),
      implementsRef('Quyết định', '2113/QĐ-BNN-KTHT', '2023-06-09'),
    ],
  },
  {
    id: 'fresh-12-news-district-resolution',
    about: 'news "Đăng lúc: 13/06/2024"; body date "Ngày 12-6" with a hyphen; district resolution (NQ/HU) reviewed',
    text: `Phù Ninh sơ kết 3 năm thực hiện Nghị quyết về phát triển chè
Đăng lúc: 13/06/2024

Ngày 12-6, Huyện ủy Phù Ninh tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 03-NQ/HU ngày 15/4/2021 của Ban Chấp hành Đảng bộ huyện về phát triển vùng chè nguyên liệu giai đoạn 2021 - 2025.`,
    document: { number: null, date: '2024-06-13' },
    references: [
      citesRef('Nghị quyết', '03-NQ/HU', '2021-04-15', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-13-symbol-broken-after-hyphen',
    about: 'a State symbol broken by a line end after the hyphen: "88/KH-\\nUBND"',
    text: `Căn cứ Kế hoạch số 88/KH-
UBND ngày 30/3/2022 của UBND huyện Yên Lập về phòng, chống cháy rừng, UBND xã Mỹ Lung xây dựng phương án chữa cháy rừng tại chỗ.`,
    document: { number: null },
    references: [
      citesRef('Kế hoạch', '88/KH-UBND', '2022-03-30', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-14-date-forms-no-zero',
    about: 'dates "ngày 5 tháng 10 năm 2021" and "ngày 05-10-2021" for two documents',
    text: `Thực hiện Kế hoạch số 301/KH-UBND ngày 5 tháng 10 năm 2021 của UBND tỉnh Cao Bằng và Công văn số 2890/SYT-NV ngày 05-10-2021 của Sở Y tế, Trung tâm Y tế huyện Trùng Khánh tổ chức tiêm vắc xin cho người dân.`,
    document: { number: null },
    references: [
      implementsRef('Kế hoạch', '301/KH-UBND', '2021-10-05'),
      implementsRef('Công văn', '2890/SYT-NV', '2021-10-05'),
    ],
  },
  {
    id: 'fresh-15-union-congress-resolution',
    about: 'a trade-union programme implementing a mass-organisation congress resolution (no number)',
    text: `CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH THÁI NGUYÊN
Số: 05/CTr-CĐN
Thái Nguyên, ngày 15 tháng 3 năm 2024
CHƯƠNG TRÌNH
thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028
Ban Thường vụ Công đoàn ngành xây dựng Chương trình thực hiện như sau:`,
    document: { type: 'Chương trình', number: '05/CTr-CĐN', date: '2024-03-15', place: 'Thái Nguyên' },
    references: [
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội XIII Công đoàn Việt Nam' }),
    ],
  },
  {
    id: 'fresh-16-tinh-than-chairman-directive',
    about: '"theo tinh thần Chỉ thị" of a provincial chairman (CT-UBND) cites it',
    text: `Theo tinh thần Chỉ thị số 08/CT-UBND ngày 17/5/2023 của Chủ tịch UBND tỉnh Bình Phước về tăng cường kỷ luật, kỷ cương hành chính, Sở Nội vụ đề nghị thủ trưởng các cơ quan chấn chỉnh tác phong, lề lối làm việc.`,
    document: { number: null },
    references: [
      citesRef('Chỉ thị', '08/CT-UBND', '2023-05-17'),
    ],
  },
  {
    id: 'fresh-17-pipe-header-party',
    about: 'a Party directive with its header flattened into "|" rows',
    text: `TỈNH ỦY AN GIANG | ĐẢNG CỘNG SẢN VIỆT NAM |
* | |
Số 112-CT/TU | An Giang, ngày 02 tháng 8 năm 2023 |
CHỈ THỊ
về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm
Quán triệt Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm trong tình hình mới, Ban Thường vụ Tỉnh ủy yêu cầu:`,
    document: { type: 'Chỉ thị', number: '112-CT/TU', date: '2023-08-02', place: 'An Giang' },
    references: [
      citesRef('Chỉ thị', '48-CT/TW', '2010-10-22', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-18-labour-code',
    about: '"Bộ luật Lao động năm 2019" (a code) and "Hiến pháp năm 2013" cited by name',
    text: `Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013; căn cứ Bộ luật Lao động năm 2019, Liên đoàn Lao động tỉnh Bắc Giang hướng dẫn công đoàn cơ sở thương lượng tập thể tại doanh nghiệp.`,
    document: { number: null },
    references: [
      citesRef('Hiến pháp', null, null, { name: 'Hiến pháp' }),
      citesRef('Bộ luật', null, null, { name: 'Bộ luật Lao động' }),
    ],
  },
  {
    id: 'fresh-19-all-caps-body',
    about: 'a reference typed in capitals inside a body sentence',
    text: `THỰC HIỆN CHỈ THỊ SỐ 15-CT/TU NGÀY 09/3/2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY QUẢNG NINH VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI, THÀNH ỦY CẨM PHẢ YÊU CẦU CÁC CẤP ỦY TỔ CHỨC THỰC HIỆN NGHIÊM TÚC.`,
    document: { number: null },
    references: [
      implementsRef('Chỉ thị', '15-CT/TU', '2022-03-09'),
    ],
  },
  {
    id: 'fresh-20-ocr-missing-dot',
    about: 'OCR "Quyết đinh" (lost dot) and a NBSP between "số" and the number',
    text: `Căn cứ Quyết đinh số${NBSP}999/QĐ-UBND ngày 12/5/2020 của UBND tỉnh Sơn La về việc công bố thủ tục hành chính, Trung tâm Phục vụ hành chính công niêm yết công khai các thủ tục.`,
    document: { number: null },
    references: [
      citesRef('Quyết định', '999/QĐ-UBND', '2020-05-12'),
    ],
  },
  {
    id: 'fresh-21-so-on-next-line',
    about: 'type word and "số" separated by a line break: "Nghị quyết\\nsố 12-NQ/TU"',
    text: `Thực hiện Nghị quyết
số 12-NQ/TU ngày 20/7/2021 của Ban Chấp hành Đảng bộ tỉnh Lai Châu về phát triển nông nghiệp hàng hóa tập trung, UBND huyện Tam Đường ban hành Kế hoạch năm 2022.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', '12-NQ/TU', '2021-07-20'),
    ],
  },
  {
    id: 'fresh-22-negative-lottery',
    about: 'lottery and sports results full of slashes and dashes',
    text: `Kết quả xổ số kiến thiết Đồng Nai ngày 18/10: Giải đặc biệt 123456; giải nhất 78/901. Bóng đá hạng Nhất: Bình Phước 2-1 Huế; Khánh Hòa 0-0 Long An.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'fresh-23-negative-shift-schedule',
    about: 'shift schedule "Ca 1: 7/8 - 9/8" and room codes',
    text: `Lịch tập huấn: Ca 1 từ ngày 7/8 - 9/8 tại phòng A2-305; Ca 2 từ ngày 10/8-12/8 tại phòng B1/204. Học viên mang theo 2/3 số tài liệu đã phát.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'fresh-24-negative-pages-models',
    about: 'page counts "Trang 1/5", model "RX-100/2022", a register number "ĐK 29/2020"',
    text: `Trang 1/5. Máy bơm model RX-100/2022 được cấp giấy đăng ký ĐK 29/2020; bảo hành 12/24 tháng tùy gói dịch vụ.`,
    document: { number: null },
    references: [],
  },
  {
    id: 'fresh-25-negative-plain-report',
    about: 'a commune report with its own number only, a storm number and a road',
    text: `ỦY BAN NHÂN DÂN XÃ HẢI AN
Số: 48/BC-UBND
Hải An, ngày 12 tháng 10 năm 2024
BÁO CÁO
Thiệt hại do cơn bão số 4 gây ra
Bão số 4 làm 12 căn nhà tốc mái, 3/5 thôn bị mất điện; tuyến đường ĐH 22 sạt lở 150 m. UBND xã báo cáo để UBND huyện tổng hợp.`,
    document: { type: 'Báo cáo', number: '48/BC-UBND', date: '2024-10-12', place: 'Hải An' },
    references: [],
  },
  {
    id: 'fresh-26-negative-decree-articles',
    about: 'articles and clauses "Điều 12", "khoản 3 Điều 7", "điểm a khoản 1" of the text itself',
    text: `Điều 12. Hiệu lực thi hành
1. Quy định này có hiệu lực kể từ ngày ký.
2. Các trường hợp quy định tại khoản 3 Điều 7 và điểm a khoản 1 Điều 9 Quy định này được áp dụng từ ngày 01/01/2025.`,
    document: { number: null },
    references: [],
  },
];
