// News pages reporting on documents: a headline, a publication date in the site's own
// form, body dates without a year (they take the publication year), and pages that
// reproduce a document in full (such a page is that document).
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const newsPages: CorpusCase[] = [
  {
    id: 'news-01-updated-at-yearless-body-date',
    about: '"Cập nhật lúc" publication date; "Ngày 5/3" takes the publication year; reported plan implements a directive',
    text: `Bến Tre triển khai kế hoạch phòng, chống hạn mặn mùa khô 2020 - 2021
Cập nhật lúc 16:20, Thứ Hai, 08/03/2021 (GMT+7)

Ngày 5/3, UBND tỉnh Bến Tre ban hành Kế hoạch số 1102/KH-UBND về phòng, chống hạn hán, xâm nhập mặn mùa khô năm 2020 - 2021. Kế hoạch được xây dựng nhằm triển khai thực hiện Chỉ thị số 04/CT-TTg ngày 29/01/2021 của Thủ tướng Chính phủ.

Theo kế hoạch, các huyện ven biển phải hoàn thành nạo vét kênh mương trước ngày 30/3.

Minh Thư`,
    document: { number: null, date: '2021-03-08', title: 'Bến Tre triển khai kế hoạch phòng, chống hạn mặn mùa khô 2020 - 2021' },
    references: [
      citesRef('Kế hoạch', '1102/KH-UBND', '2021-03-05', { issuer: 'UBND tỉnh Bến Tre' }),
      implementsRef('Chỉ thị', '04/CT-TTg', '2021-01-29', { subject: '1102/KH-UBND' }),
    ],
  },
  {
    id: 'news-02-posted-date-action',
    about: '"Ngày đăng:"; "Thực hiện X, [unit] đã …" makes the reported action implement X',
    text: `Huyện Mộc Châu ra quân tổng vệ sinh môi trường

Ngày đăng: 22/04/2019

Thực hiện Kế hoạch số 57/KH-UBND ngày 02/4/2019 của UBND huyện về tổ chức các hoạt động hưởng ứng Ngày Trái đất, sáng 20/4, Huyện đoàn Mộc Châu đã phối hợp với các xã ra quân tổng vệ sinh môi trường. Hơn 500 đoàn viên thanh niên tham gia thu gom 3 tấn rác thải.

Tin, ảnh: Hoàng Anh`,
    document: { number: null, date: '2019-04-22', title: 'Huyện Mộc Châu ra quân tổng vệ sinh môi trường' },
    references: [
      implementsRef('Kế hoạch', '57/KH-UBND', '2019-04-02'),
    ],
  },
  {
    id: 'news-03-full-text-programme',
    about: 'page reproducing an action programme in full: the page is that programme; the term in the body is the issuer\'s',
    text: `Chương trình hành động thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng
Ngày cập nhật 15/03/2024

Ngày 28/02/2024, Ban Chấp hành Đảng bộ tỉnh Quảng Bình ban hành Chương trình hành động số 41-CTr/TU thực hiện Nghị quyết số 43-NQ/TW. Trang thông tin điện tử trân trọng giới thiệu toàn văn Chương trình:

CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc, Ban Chấp hành Đảng bộ tỉnh (khóa XVII) xây dựng Chương trình hành động như sau:
I. MỤC TIÊU
Củng cố, tăng cường khối đại đoàn kết toàn dân tộc trên địa bàn tỉnh.`,
    document: { type: 'Chương trình hành động', number: '41-CTr/TU', date: '2024-02-28' },
    references: [
      implementsRef('Nghị quyết', '43-NQ/TW', '2023-11-24', { term: 'XIII' }),
    ],
  },
  {
    id: 'news-04-weekday-dash-date',
    about: 'publication line "Thứ Sáu, 12/05/2023 - 09:15"; conference studying a resolution (quán triệt → cites)',
    text: `Thứ Sáu, 12/05/2023 - 09:15
Đảng ủy Khối Doanh nghiệp tỉnh quán triệt Nghị quyết số 29-NQ/TW

Sáng 11/5, Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên tổ chức hội nghị học tập, quán triệt Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Hội nghị Trung ương 6 khóa XIII về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045 cho hơn 300 cán bộ chủ chốt.`,
    document: { number: null, date: '2023-05-12' },
    references: [
      citesRef('Nghị quyết', '29-NQ/TW', '2022-11-17', { term: 'XIII' }),
    ],
  },
  {
    id: 'news-05-two-documents-reported',
    about: 'a page reporting a conference: a central resolution and the province\'s plan "triển khai" it',
    text: `Tỉnh ủy Gia Lai triển khai Nghị quyết về phát triển vùng Tây Nguyên
Đăng ngày 27/02/2023 | 14:05

Ngày 24/2, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị triển khai Kế hoạch số 1580-KH/TU ngày 15/02/2023 của Tỉnh ủy thực hiện Nghị quyết số 23-NQ/TW ngày 06/10/2022 của Bộ Chính trị về phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh vùng Tây Nguyên. Hội nghị được tổ chức trực tuyến đến 17 điểm cầu.`,
    document: { number: null, date: '2023-02-27' },
    references: [
      implementsRef('Kế hoạch', '1580-KH/TU', '2023-02-15', { alternatives: ['cites'] }),
      implementsRef('Nghị quyết', '23-NQ/TW', '2022-10-06', { subject: '1580-KH/TU' }),
    ],
  },
  {
    id: 'news-06-year-rollover',
    about: 'published in early January: the yearless "Ngày 4/1" is the event, the cited resolution carries its own full date from an earlier year',
    text: `Sơ kết 1 năm thực hiện Nghị quyết của Tỉnh ủy về phát triển cây dược liệu
Ngày đăng: 06/01/2023

Ngày 4/1, UBND tỉnh Hà Giang tổ chức sơ kết 1 năm thực hiện Nghị quyết số 08-NQ/TU ngày 28/12/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển cây dược liệu giai đoạn 2021 - 2025. Năm 2022, toàn tỉnh trồng mới 1.200 ha cây dược liệu.`,
    document: { number: null, date: '2023-01-06' },
    references: [
      citesRef('Nghị quyết', '08-NQ/TU', '2021-12-28', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'news-07-bracket-update-time',
    about: '"(Cập nhật: 10:45 | 19/09/2022)"; a decision date "ngày 14/9" without year in the body',
    text: `Phê duyệt đề án phát triển du lịch cộng đồng tỉnh Điện Biên
(Cập nhật: 10:45 | 19/09/2022)

UBND tỉnh Điện Biên vừa ban hành Quyết định số 2024/QĐ-UBND ngày 14/9 phê duyệt Đề án phát triển du lịch cộng đồng giai đoạn 2022 - 2025. Quyết định được ban hành nhằm cụ thể hóa Nghị quyết số 11-NQ/TU ngày 12/4/2022 của Tỉnh ủy về phát triển du lịch.`,
    document: { number: null, date: '2022-09-19' },
    references: [
      citesRef('Quyết định', '2024/QĐ-UBND', '2022-09-14'),
      implementsRef('Nghị quyết', '11-NQ/TU', '2022-04-12', { subject: '2024/QĐ-UBND' }),
    ],
  },
  {
    id: 'news-08-full-text-directive-crlf',
    about: 'full directive published on a portal with Windows line endings; the page is the directive',
    text: `Chỉ thị của Ban Thường vụ Tỉnh ủy về lãnh đạo Tết Nguyên đán Giáp Thìn 2024\r\nNgày đăng: 12/12/2023\r\n\r\nBan quản trị xin đăng toàn văn Chỉ thị số 26-CT/TU ngày 08/12/2023 của Ban Thường vụ Tỉnh ủy Hậu Giang:\r\n\r\nCHỈ THỊ\r\nvề lãnh đạo, chỉ đạo tổ chức Tết Nguyên đán Giáp Thìn năm 2024\r\n\r\nThực hiện Chỉ thị số 26-CT/TW ngày 14/11/2023 của Ban Bí thư về việc tổ chức Tết Giáp Thìn năm 2024, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền chăm lo Tết cho Nhân dân.\r\n`,
    document: { type: 'Chỉ thị', number: '26-CT/TU', date: '2023-12-08' },
    references: [
      implementsRef('Chỉ thị', '26-CT/TW', '2023-11-14', { issuer: 'Ban Bí thư' }),
    ],
  },
  {
    id: 'news-09-month-words-english-slash',
    about: 'publication "Ngày 03 tháng 11 năm 2020"; reported review cites the reviewed resolution',
    text: `Tổng kết 15 năm thực hiện Nghị quyết số 27-NQ/TW về xây dựng đội ngũ trí thức
Bình Phước, Ngày 03 tháng 11 năm 2020

Chiều 2/11, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết 15 năm thực hiện Nghị quyết số 27-NQ/TW ngày 06/8/2008 của Ban Chấp hành Trung ương Đảng khóa X về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.`,
    document: { number: null, date: '2020-11-03' },
    references: [
      citesRef('Nghị quyết', '27-NQ/TW', '2008-08-06', { term: 'X', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'news-10-byline-and-phone',
    about: 'news page with hotline numbers and a news issue number near a real reference',
    text: `Lạng Sơn: Tăng cường kiểm tra an toàn thực phẩm dịp Tết
Cập nhật lúc 07:30, Thứ Tư, 10/01/2024 (GMT+7)

Thực hiện Kế hoạch số 05/KH-BCĐ ngày 03/01/2024 của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh, từ ngày 10/1 đến 15/2, các đoàn kiểm tra liên ngành sẽ kiểm tra 120 cơ sở sản xuất, kinh doanh thực phẩm. Người dân phát hiện vi phạm phản ánh qua đường dây nóng 0205.3812.345 hoặc 1900 8099.

(Báo Lạng Sơn số 5021, trang 3)`,
    document: { number: null, date: '2024-01-10' },
    references: [
      implementsRef('Kế hoạch', '05/KH-BCĐ', '2024-01-03'),
    ],
  },
];
