// Web pages as a crawler stores them, site chrome included (menus, breadcrumbs, share
// buttons, related headlines), written after the extractor was tuned on the rest.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const freshWebPages: CorpusCase[] = [
  {
    id: 'fresh-61-page-with-menu-and-related',
    about: 'a portal page: menu and breadcrumb lines, the article, then related headlines (site chrome, borderline)',
    text: `Trang chủ
Giới thiệu
Tin tức - Sự kiện
Văn bản
Trang chủ > Tin tức > Hoạt động của lãnh đạo
Hội nghị triển khai Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp
Ngày đăng: 18/07/2024 | Lượt xem: 356

Sáng 17/7, Ban Thường vụ Huyện ủy Hàm Thuận Bắc tổ chức hội nghị quán triệt, triển khai Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.

In bài | Gửi email | Chia sẻ
Tin liên quan:
- Triển khai Nghị quyết số 57-NQ/TW trên địa bàn huyện (10/02/2025)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 (05/6/2024)`,
    document: { number: null, date: '2024-07-18' },
    references: [
      citesRef('Chỉ thị', '35-CT/TW', '2024-06-14', { alternatives: ['implements'] }),
      citesRef('Nghị quyết', '57-NQ/TW', null, { optional: true, alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-62-page-download-links',
    about: 'a document page listing its attachments ("Tải về") and its own number in a metadata table',
    text: `Số ký hiệu | 1520/QĐ-UBND
Ngày ban hành | 12/08/2022
Loại văn bản | Quyết định
Cơ quan ban hành | UBND tỉnh Quảng Nam
Trích yếu | Phê duyệt Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022
Tệp đính kèm: 1520-QD-UBND.pdf (Tải về)
Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;`,
    document: { type: 'Quyết định', number: '1520/QĐ-UBND', date: '2022-08-12' },
    references: [
      citesRef('Quyết định', '90/QĐ-TTg', '2022-01-18'),
    ],
  },
  {
    id: 'fresh-63-page-comment-footer',
    about: 'an article followed by reader comments and a copyright footer with a press licence',
    text: `Quảng Trị: Triển khai thực hiện Kế hoạch số 112/KH-UBND về phát triển du lịch
Thứ Năm, 09/11/2023 - 15:40

Thực hiện Kế hoạch số 112/KH-UBND ngày 30/10/2023 của UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch đã tổ chức khảo sát 5 điểm du lịch cộng đồng tại huyện Hướng Hóa.

Bình luận (2)
Nguyễn Văn B: Rất mong tỉnh sớm đầu tư đường vào bản Khe Sanh.
Bản quyền thuộc Báo Quảng Trị. Giấy phép số 123/GP-BTTTT ngày 05/4/2021.
Địa chỉ: 42 Hùng Vương, Đông Hà. ĐT: 0233.3852.511`,
    document: { number: null, date: '2023-11-09' },
    references: [
      implementsRef('Kế hoạch', '112/KH-UBND', '2023-10-30'),
      citesRef('Giấy phép', '123/GP-BTTTT', '2021-04-05', { optional: true }),
    ],
  },
  {
    id: 'fresh-64-page-truncated-excerpt',
    about: 'an excerpt cut mid-sentence right after a reference\'s date',
    text: `Kế hoạch thực hiện Chương trình chuyển đổi số năm 2023 của huyện Bảo Lâm
Ngày cập nhật 06/03/2023

Căn cứ Kế hoạch số 28/KH-UBND ngày 15/02/2023 của UBND tỉnh Cao Bằng về chuyển đổi số năm 2023; thực hiện Nghị quyết số 05-NQ/HU ngày 20/12/2021 của Ban Chấp hành Đảng bộ huyện về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030; UBND huyện ban hành Kế hoạch với các nội dung chủ yếu sau: 1. Phát triển hạ tầng số đến 100% xã, thị tr`,
    document: { number: null, date: '2023-03-06' },
    references: [
      citesRef('Kế hoạch', '28/KH-UBND', '2023-02-15', { alternatives: ['implements'] }),
      implementsRef('Nghị quyết', '05-NQ/HU', '2021-12-20'),
    ],
  },
  {
    id: 'fresh-65-page-english-chrome',
    about: 'chrome in English and Vietnamese mixed ("Home", "Share", "Print"); the article implements a dispatch',
    text: `Home | Tin tức | Thông báo
Share  Print  Font size: A- A+
Thông báo tuyển dụng viên chức năm 2024
Posted: 02/04/2024

Thực hiện Công văn số 456/SNV-CCVC ngày 25/3/2024 của Sở Nội vụ tỉnh Ninh Bình về việc tuyển dụng viên chức, Trường THPT Hoa Lư A thông báo tuyển dụng 05 giáo viên.`,
    document: { number: null, date: '2024-04-02' },
    references: [
      implementsRef('Công văn', '456/SNV-CCVC', '2024-03-25'),
    ],
  },
];
