// Longer documents written after the extractor was tuned on the rest of the corpus:
// references scattered through tasks, recipients and signature blocks around them.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const freshLongDocuments: CorpusCase[] = [
  {
    id: 'fresh-43-long-plan-tasks',
    about: 'a long district plan: purpose clause, tasks that recall other documents, recipients and signature',
    text: `HUYỆN ỦY CHIÊM HÓA
Số 236-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Chiêm Hóa, ngày 14 tháng 11 năm 2023

KẾ HOẠCH
thực hiện Chỉ thị số 21-CT/TW ngày 04/5/2023 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới

Thực hiện Kế hoạch số 204-KH/TU ngày 18/8/2023 của Ban Thường vụ Tỉnh ủy Tuyên Quang, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc nội dung Chỉ thị đến cán bộ, đảng viên và hội viên phụ nữ.
2. Gắn việc thực hiện Chỉ thị với thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.

II. NHIỆM VỤ, GIẢI PHÁP
1. Tiếp tục thực hiện có hiệu quả Luật Bình đẳng giới năm 2006 và Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 ban hành kèm theo Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ.
2. Đến năm 2025, phấn đấu 25/27 xã, thị trấn có cán bộ nữ trong ban thường vụ đảng ủy.

III. TỔ CHỨC THỰC HIỆN
Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện theo dõi, đôn đốc việc thực hiện Kế hoạch này; định kỳ báo cáo Ban Thường vụ Huyện ủy.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các chi, đảng bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ`,
    document: { type: 'Kế hoạch', number: '236-KH/HU', date: '2023-11-14', place: 'Chiêm Hóa' },
    references: [
      implementsRef('Chỉ thị', '21-CT/TW', '2023-05-04', { issuer: 'Ban Bí thư' }),
      implementsRef('Kế hoạch', '204-KH/TU', '2023-08-18', { issuer: 'Ban Thường vụ Tỉnh ủy Tuyên Quang' }),
      citesRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ huyện lần thứ XX', alternatives: ['implements'] }),
      citesRef('Luật', null, null, { name: 'Bình đẳng giới', alternatives: ['implements'] }),
      citesRef('Nghị quyết', '28/NQ-CP', '2021-03-03', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'fresh-44-long-report-review',
    about: 'a long review report: history of documents issued, figures with slashes, a closing proposal',
    text: `ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 412/BC-UBND
Điện Biên, ngày 22 tháng 11 năm 2023
BÁO CÁO
Sơ kết 5 năm thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Thực hiện Công văn số 1456/BKHĐT-KTĐPLT ngày 15/9/2023 của Bộ Kế hoạch và Đầu tư, UBND tỉnh báo cáo như sau:
Sau khi Nghị quyết được ban hành, UBND tỉnh đã ban hành Kế hoạch số 2130/KH-UBND ngày 10/7/2019 triển khai thực hiện; các sở, ngành đã ban hành 18/20 kế hoạch chuyên ngành.

II. KẾT QUẢ
Giai đoạn 2019 - 2023, tổng vốn đầu tư cho các dự án liên quan đạt 1.250 tỷ đồng.

III. KIẾN NGHỊ
Đề nghị Chính phủ sớm sửa đổi Nghị định số 40/2016/NĐ-CP ngày 15/5/2016 cho phù hợp với thực tiễn.`,
    document: { type: 'Báo cáo', number: '412/BC-UBND', date: '2023-11-22', place: 'Điện Biên' },
    references: [
      citesRef('Nghị quyết', '36-NQ/TW', '2018-10-22', { term: 'XII', alternatives: ['implements'] }),
      implementsRef('Công văn', '1456/BKHĐT-KTĐPLT', '2023-09-15'),
      citesRef('Kế hoạch', '2130/KH-UBND', '2019-07-10'),
      citesRef('Nghị định', '40/2016/NĐ-CP', '2016-05-15'),
    ],
  },
  {
    id: 'fresh-45-news-long-conference',
    about: 'a long news report of a conference: the headline names the resolution by its plenum, the body by its number',
    text: `Sơn La tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 khóa XI về Chiến lược bảo vệ Tổ quốc
Ngày đăng: 05/10/2023

Sáng 4/10, Ban Thường vụ Tỉnh ủy Sơn La tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 28-NQ/TW ngày 25/10/2013 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI về Chiến lược bảo vệ Tổ quốc trong tình hình mới.

Theo báo cáo, sau 10 năm, tỉnh đã ban hành Chương trình hành động số 45-CTr/TU ngày 20/3/2014 thực hiện Nghị quyết; 12/12 huyện, thành phố xây dựng khu vực phòng thủ vững chắc.

Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy tiếp tục quán triệt, thực hiện nghiêm các chủ trương của Trung ương về nhiệm vụ quốc phòng, an ninh.

Quang Minh`,
    document: { number: null, date: '2023-10-05' },
    references: [
      citesRef('Nghị quyết', '28-NQ/TW', '2013-10-25', { term: 'XI', alternatives: ['implements'], name: 'Nghị quyết Trung ương 8' }),
      citesRef('Chương trình hành động', '45-CTr/TU', '2014-03-20'),
      implementsRef('Nghị quyết', '28-NQ/TW', '2013-10-25', { subject: '45-CTr/TU' }),
    ],
  },
  {
    id: 'fresh-46-regulation-articles',
    about: 'a departmental regulation: legal basis, articles citing other documents inside clauses',
    text: `SỞ TƯ PHÁP TỈNH HÀ NAM
Số: 15/QC-STP
Phủ Lý, ngày 08 tháng 3 năm 2022
QUY CHẾ
Tiếp nhận và xử lý phản ánh, kiến nghị về quy định hành chính
Căn cứ Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính;
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc tiếp nhận, xử lý phản ánh, kiến nghị tại Sở Tư pháp.
Điều 2. Hình thức tiếp nhận
Phản ánh được tiếp nhận theo mẫu quy định tại Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hoặc qua số điện thoại 0226.3851.234.`,
    document: { type: 'Quy chế', number: '15/QC-STP', date: '2022-03-08', place: 'Phủ Lý' },
    references: [
      citesRef('Nghị định', '20/2008/NĐ-CP', '2008-02-14'),
      citesRef('Thông tư', '02/2017/TT-VPCP', '2017-10-31'),
    ],
  },
  {
    id: 'fresh-47-dispatch-two-requests',
    about: 'a reply dispatch: "Phúc đáp Công văn số …" and "Theo đề nghị tại Tờ trình số …"',
    text: `SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK NÔNG
Số: 2210/SNN-TL
V/v góp ý dự thảo Kế hoạch phòng, chống hạn
Gia Nghĩa, ngày 19 tháng 10 năm 2023
Kính gửi: Sở Tài nguyên và Môi trường.
Phúc đáp Công văn số 3320/STNMT-TNN ngày 12/10/2023 của Sở Tài nguyên và Môi trường về việc góp ý dự thảo Kế hoạch, Sở Nông nghiệp và Phát triển nông thôn có ý kiến như sau: thống nhất với nội dung dự thảo.`,
    document: { type: 'Công văn', number: '2210/SNN-TL', date: '2023-10-19', place: 'Gia Nghĩa' },
    references: [
      implementsRef('Công văn', '3320/STNMT-TNN', '2023-10-12', { alternatives: ['cites'] }),
    ],
  },
  {
    id: 'fresh-48-news-full-text-plan',
    about: 'a page that publishes a State plan in full after an intro',
    text: `UBND tỉnh ban hành Kế hoạch phát triển thương mại điện tử năm 2024
Ngày cập nhật 22/01/2024

Ngày 18/01/2024, UBND tỉnh Phú Yên ban hành Kế hoạch số 25/KH-UBND về phát triển thương mại điện tử năm 2024. Cổng thông tin điện tử tỉnh xin giới thiệu toàn văn Kế hoạch:

KẾ HOẠCH
Phát triển thương mại điện tử tỉnh Phú Yên năm 2024
Thực hiện Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ phê duyệt Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021 - 2025, UBND tỉnh ban hành Kế hoạch như sau:`,
    document: { type: 'Kế hoạch', number: '25/KH-UBND', date: '2024-01-18' },
    references: [
      implementsRef('Quyết định', '645/QĐ-TTg', '2020-05-15'),
    ],
  },
  {
    id: 'fresh-49-negative-long-newsletter',
    about: 'a long bulletin with dates, figures, phone numbers, an issue number and no document',
    text: `BẢN TIN NÔNG NGHIỆP SỐ 12/2023
Phát hành ngày 15/12/2023

Trong tháng 11, toàn tỉnh gieo trồng 12.500/14.000 ha cây vụ đông (đạt 89%). Giá lúa dao động 7.200 - 7.800 đồng/kg. Dịch bệnh trên đàn gia súc được kiểm soát tại 15/16 xã.

Lịch tập huấn: từ ngày 18-20/12 tại Hội trường UBND huyện; đăng ký qua số 0209.3852.666.
Mục 2.3 của bản tin giới thiệu mô hình trồng cam sành đạt 40 tấn/ha.`,
    document: { number: null },
    references: [],
  },
];
