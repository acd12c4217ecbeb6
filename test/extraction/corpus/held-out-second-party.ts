// A second held-out batch: Party documents of provincial, district, commune and unit
// committees (Tỉnh ủy, Huyện ủy, Đảng ủy xã, Đảng ủy khối, chi bộ), before and after the
// July 2025 merger of provinces. Written from the field guide and real documents only.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const secondPartyCases: CorpusCase[] = [
  {
    id: 'second-01-district-plan-congress-directive',
    about: 'a full district Party plan: implements a Politburo directive and the provincial plan that implements it; the congress itself is an event',
    text: `ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY THANH CHƯƠNG
*
Số 215-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Thanh Chương, ngày 02 tháng 12 năm 2024
KẾ HOẠCH
tổ chức đại hội đảng bộ cơ sở, nhiệm kỳ 2025 - 2030
-----
Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Kế hoạch số 298-KH/TU, ngày 10/7/2024 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 35-CT/TW, Ban Thường vụ Huyện ủy xây dựng Kế hoạch tổ chức đại hội đảng bộ cơ sở, nhiệm kỳ 2025 - 2030 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc và thực hiện nghiêm túc Chỉ thị số 35-CT/TW và Quy định số 190-QĐ/TW, ngày 14/6/2024 của Bộ Chính trị về bầu cử trong Đảng.
2. Đại hội phải được chuẩn bị chu đáo, dân chủ, đúng Điều lệ Đảng và hướng dẫn của cấp trên.

II. THỜI GIAN
Đại hội điểm hoàn thành trước ngày 30/3/2025; các đảng bộ, chi bộ cơ sở còn lại hoàn thành trong quý II/2025.

III. TỔ CHỨC THỰC HIỆN
Ban Tổ chức Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy hướng dẫn, theo dõi việc thực hiện Kế hoạch này; định kỳ tổng hợp, báo cáo Ban Thường vụ Huyện ủy.

Nơi nhận:
- Thường trực Tỉnh ủy (để b/c),
- Ban Tổ chức Tỉnh ủy (để b/c),
- Các tổ chức cơ sở đảng,
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn Hùng`,
    document: { type: 'Kế hoạch', number: '215-KH/HU', date: '2024-12-02', place: 'Thanh Chương', issuer: 'Ban Thường vụ Huyện ủy Thanh Chương' },
    references: [
      implementsRef('Chỉ thị', '35-CT/TW', '2024-06-14', { issuer: 'Bộ Chính trị' }),
      implementsRef('Kế hoạch', '298-KH/TU', '2024-07-10', { issuer: 'Ban Thường vụ Tỉnh ủy Nghệ An' }),
      implementsRef('Chỉ thị', '35-CT/TW', '2024-06-14', { subject: '298-KH/TU' }),
      citesRef('Quy định', '190-QĐ/TW', '2024-06-14', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
      citesRef('Điều lệ', null, null, { name: 'Điều lệ Đảng', optional: true }),
    ],
  },
  {
    id: 'second-02-provincial-directive-two-terms',
    about: 'a provincial directive: the cited directive of the Secretariat "(khóa XII)", the issuing committee "(khóa XX)"; a law by name with amendment year; "Chỉ thị này"',
    text: `TỈNH ỦY QUẢNG NGÃI
*
Số 27-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Ngãi, ngày 18 tháng 01 năm 2024
CHỈ THỊ
của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống thiên tai, tìm kiếm cứu nạn trên địa bàn tỉnh

Thời gian qua, thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư (khóa XII) về tăng cường sự lãnh đạo của Đảng đối với công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai, công tác phòng, chống thiên tai trên địa bàn tỉnh đã đạt được nhiều kết quả quan trọng. Tuy nhiên, năm 2023 thiên tai vẫn làm 7 người chết, thiệt hại trên 450 tỷ đồng.

Để khắc phục những hạn chế nêu trên, Ban Thường vụ Tỉnh ủy (khóa XX) yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tập trung thực hiện tốt các nhiệm vụ sau:
1. Tiếp tục quán triệt, thực hiện nghiêm Chỉ thị số 42-CT/TW, Luật Phòng, chống thiên tai năm 2013 (sửa đổi, bổ sung năm 2020) và Chỉ thị này.
2. Rà soát, bố trí 4.500 hộ dân vùng sạt lở đến nơi ở an toàn trước mùa mưa bão năm 2025.

Chỉ thị này được phổ biến đến chi bộ.
T/M BAN THƯỜNG VỤ
BÍ THƯ`,
    document: { type: 'Chỉ thị', number: '27-CT/TU', date: '2024-01-18', place: 'Quảng Ngãi', issuer: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi' },
    references: [
      implementsRef('Chỉ thị', '42-CT/TW', '2020-03-24', { issuer: 'Ban Bí thư', term: 'XII', alternatives: ['cites'] }),
      citesRef('Luật', null, null, { name: 'Luật Phòng, chống thiên tai', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-03-commune-party-plan-2025',
    about: 'a commune Party committee plan after the 2025 merger (no district level): subject line names the resolution, body the provincial plan that implements it',
    text: `ĐẢNG BỘ TỈNH LÀO CAI
ĐẢNG ỦY XÃ BẢO THẮNG
*
Số 12-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo Thắng, ngày 21 tháng 7 năm 2025
KẾ HOẠCH
thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
-----
Thực hiện Kế hoạch số 08-KH/TU ngày 10/7/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW; căn cứ tình hình thực tế của địa phương sau sắp xếp, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch thực hiện như sau:
I. MỤC TIÊU
Đến hết năm 2025, 100% thủ tục hành chính của xã được tiếp nhận trên Cổng Dịch vụ công quốc gia; 3/3 trường học có mạng không dây; 80% hộ gia đình có người dùng ứng dụng thanh toán không dùng tiền mặt.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này, báo cáo Ban Thường vụ Đảng ủy xã.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ`,
    document: { type: 'Kế hoạch', number: '12-KH/ĐU', date: '2025-07-21', place: 'Bảo Thắng', issuer: 'Ban Thường vụ Đảng ủy xã Bảo Thắng' },
    references: [
      implementsRef('Nghị quyết', '57-NQ/TW', '2024-12-22', { issuer: 'Bộ Chính trị' }),
      implementsRef('Kế hoạch', '08-KH/TU', '2025-07-10', { issuer: 'Ban Thường vụ Tỉnh ủy Lào Cai' }),
      implementsRef('Nghị quyết', '57-NQ/TW', '2024-12-22', { subject: '08-KH/TU' }),
    ],
  },
  {
    id: 'second-04-guidance-plenum-list',
    about: 'propaganda guidance: "Căn cứ" a central guidance, "thực hiện" a provincial plan, and four plenum resolutions sharing one date and term',
    text: `TỈNH ỦY HÀ TĨNH
BAN TUYÊN GIÁO
*
Số 96-HD/BTGTU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Tĩnh, ngày 25 tháng 12 năm 2023
HƯỚNG DẪN
học tập, quán triệt, tuyên truyền các nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII

Căn cứ Hướng dẫn số 118-HD/BTGTW ngày 12/12/2023 của Ban Tuyên giáo Trung ương; thực hiện Kế hoạch số 215-KH/TU ngày 20/12/2023 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy hướng dẫn việc học tập, quán triệt, tuyên truyền các Nghị quyết số 42-NQ/TW, 43-NQ/TW, 44-NQ/TW và 45-NQ/TW ngày 24/11/2023 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII (sau đây gọi tắt là các Nghị quyết) như sau:
1. Đối tượng: cán bộ chủ chốt cấp tỉnh học tập tập trung tại Hội trường Tỉnh ủy; các huyện, thị xã, thành phố tổ chức cho 100% đảng viên.
2. Thời gian hoàn thành trước ngày 31/01/2024.`,
    document: { type: 'Hướng dẫn', number: '96-HD/BTGTU', date: '2023-12-25', place: 'Hà Tĩnh', issuer: 'Ban Tuyên giáo Tỉnh ủy Hà Tĩnh' },
    references: [
      citesRef('Hướng dẫn', '118-HD/BTGTW', '2023-12-12', { issuer: 'Ban Tuyên giáo Trung ương' }),
      implementsRef('Kế hoạch', '215-KH/TU', '2023-12-20', { issuer: 'Ban Thường vụ Tỉnh ủy Hà Tĩnh' }),
      citesRef('Nghị quyết', '42-NQ/TW', '2023-11-24', { term: 'XIII', alternatives: ['implements'] }),
      citesRef('Nghị quyết', '43-NQ/TW', '2023-11-24', { term: 'XIII', alternatives: ['implements'] }),
      citesRef('Nghị quyết', '44-NQ/TW', '2023-11-24', { term: 'XIII', alternatives: ['implements'] }),
      citesRef('Nghị quyết', '45-NQ/TW', '2023-11-24', { term: 'XIII', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-05-notice-plenum-name-regulation',
    about: 'a district notice of conclusions: a resolution named by its plenum "Nghị quyết Trung ương 4 khóa XII", a conclusion of khóa XIII, a regulation urged on a commune',
    text: `HUYỆN ỦY YÊN THẾ
*
Số 145-TB/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Thế, ngày 12 tháng 5 năm 2023
THÔNG BÁO
kết luận của Thường trực Huyện ủy tại buổi làm việc với Ban Thường vụ Đảng ủy xã Tân Sỏi

Ngày 10/5/2023, Thường trực Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã Tân Sỏi về kết quả thực hiện Nghị quyết Trung ương 4 khóa XII và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. Sau khi nghe báo cáo và ý kiến phát biểu, Thường trực Huyện ủy kết luận như sau:
1. Đảng ủy xã đã lãnh đạo hoàn thành 14/16 chỉ tiêu năm 2022; kết nạp 12 đảng viên.
2. Đảng ủy xã tiếp tục thực hiện nghiêm Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương.
Văn phòng Huyện ủy thông báo để Đảng ủy xã Tân Sỏi biết, thực hiện.`,
    document: { type: 'Thông báo', number: '145-TB/HU', date: '2023-05-12', place: 'Yên Thế', issuer: 'Thường trực Huyện ủy Yên Thế' },
    references: [
      citesRef('Nghị quyết', null, null, { name: 'Trung ương 4', term: 'XII' }),
      citesRef('Kết luận', '21-KL/TW', '2021-10-25', { term: 'XIII' }),
      citesRef('Quy định', '08-QĐi/TW', '2018-10-25', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-06-party-dispatch-conclusion-anaphor',
    about: 'a provincial Party dispatch "V/v triển khai thực hiện Kết luận …"; "Kết luận trên"; a council resolution whose plan is to be adjusted',
    text: `TỈNH ỦY THANH HÓA
*
Số 3120-CV/TU
V/v triển khai thực hiện Kết luận số 123-KL/TW của Ban Chấp hành Trung ương Đảng
ĐẢNG CỘNG SẢN VIỆT NAM
Thanh Hóa, ngày 10 tháng 02 năm 2025
Kính gửi:
- Ban cán sự đảng Ủy ban nhân dân tỉnh,
- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.
Ngày 24/01/2025, Ban Chấp hành Trung ương Đảng ban hành Kết luận số 123-KL/TW về Đề án bổ sung về phát triển kinh tế năm 2025 với mục tiêu tăng trưởng 8% trở lên. Để triển khai thực hiện Kết luận trên, Thường trực Tỉnh ủy đề nghị:
1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh điều chỉnh Kế hoạch phát triển kinh tế - xã hội năm 2025 ban hành kèm theo Nghị quyết số 45/NQ-HĐND ngày 12/12/2024 của HĐND tỉnh, bảo đảm tăng trưởng GRDP đạt 11% trở lên.
2. Các cấp ủy báo cáo kết quả về Thường trực Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 15/3/2025.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG`,
    document: { type: 'Công văn', number: '3120-CV/TU', date: '2025-02-10', place: 'Thanh Hóa', issuer: 'Tỉnh ủy Thanh Hóa' },
    references: [
      implementsRef('Kết luận', '123-KL/TW', '2025-01-24', { issuer: 'Ban Chấp hành Trung ương Đảng' }),
      citesRef('Nghị quyết', '45/NQ-HĐND', '2024-12-12', { issuer: 'HĐND tỉnh Thanh Hóa' }),
    ],
  },
  {
    id: 'second-07-district-resolution-three-congresses',
    about: 'a district resolution implementing three congress resolutions named without numbers, on the basis of a plenum resolution of khóa XIII; the issuing committee is khóa XXIV',
    text: `ĐẢNG BỘ TỈNH PHÚ THỌ
HUYỆN ỦY LÂM THAO
*
Số 08-NQ/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Lâm Thao, ngày 15 tháng 3 năm 2023
NGHỊ QUYẾT
về phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2023 - 2025, định hướng đến năm 2030

Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045;
Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025;
Ban Chấp hành Đảng bộ huyện (khóa XXIV) ban hành Nghị quyết về phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2023 - 2025, định hướng đến năm 2030 như sau:
I. MỤC TIÊU
Đến năm 2025 có 12/14 xã, thị trấn có vùng sản xuất ứng dụng công nghệ cao; giá trị sản phẩm đạt 150 triệu đồng/ha/năm.`,
    document: { type: 'Nghị quyết', number: '08-NQ/HU', date: '2023-03-15', place: 'Lâm Thao', issuer: 'Ban Chấp hành Đảng bộ huyện Lâm Thao' },
    references: [
      citesRef('Nghị quyết', '19-NQ/TW', '2022-06-16', { term: 'XIII' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu toàn quốc lần thứ XIII' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ huyện lần thứ XXIV' }),
    ],
  },
  {
    id: 'second-08-decision-steering-committee',
    about: 'a Party decision with a "Căn cứ" block (Party Statute, a regulation, a working rule named without number), a provincial plan and the directive it implements',
    text: `ĐẢNG BỘ TỈNH BẮC GIANG
HUYỆN ỦY LỤC NGẠN
*
Số 1025-QĐ/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Lục Ngạn, ngày 20 tháng 11 năm 2024
QUYẾT ĐỊNH
thành lập Ban Chỉ đạo thực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư về nâng cao hiệu quả của tín dụng chính sách xã hội trong giai đoạn mới
-----
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;
- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXII, nhiệm kỳ 2020 - 2025;
- Thực hiện Kế hoạch số 412-KH/TU ngày 12/11/2024 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 39-CT/TW;
- Xét đề nghị của Ban Tổ chức Huyện ủy,
BAN THƯỜNG VỤ HUYỆN ỦY QUYẾT ĐỊNH
Điều 1. Thành lập Ban Chỉ đạo thực hiện Chỉ thị số 39-CT/TW của Ban Bí thư trên địa bàn huyện gồm 15 đồng chí (có danh sách kèm theo).
Điều 2. Ban Chỉ đạo giúp Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo, kiểm tra việc thực hiện Chỉ thị; tự giải thể sau khi hoàn thành nhiệm vụ.
Điều 3. Quyết định có hiệu lực kể từ ngày ký. Văn phòng Huyện ủy, Ban Tổ chức Huyện ủy và các đồng chí có tên tại Điều 1 thi hành Quyết định này.
T/M BAN THƯỜNG VỤ
BÍ THƯ`,
    document: { type: 'Quyết định', number: '1025-QĐ/HU', date: '2024-11-20', place: 'Lục Ngạn', issuer: 'Ban Thường vụ Huyện ủy Lục Ngạn' },
    references: [
      implementsRef('Chỉ thị', '39-CT/TW', '2024-10-30', { issuer: 'Ban Bí thư', alternatives: ['cites'] }),
      citesRef('Điều lệ', null, null, { name: 'Điều lệ Đảng' }),
      citesRef('Quy định', '24-QĐ/TW', '2021-07-30', { issuer: 'Ban Chấp hành Trung ương' }),
      citesRef('Quy chế', null, null, { name: 'Quy chế làm việc' }),
      implementsRef('Kế hoạch', '412-KH/TU', '2024-11-12', { issuer: 'Ban Thường vụ Tỉnh ủy Bắc Giang' }),
      implementsRef('Chỉ thị', '39-CT/TW', '2024-10-30', { subject: '412-KH/TU' }),
    ],
  },
  {
    id: 'second-09-bloc-report-glued-symbols',
    about: 'a bloc Party committee report with glued symbols ("05-CT/TWngày", "số45-KH/ĐU"): it reviews a directive, answers a dispatch, recalls its own plan that implemented the directive',
    text: `ĐẢNG BỘ TỈNH VĨNH PHÚC
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
*
Số 210-BC/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Vĩnh Yên, ngày 12 tháng 4 năm 2021
BÁO CÁO
sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TWngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh

Thực hiện Công văn số 1125-CV/BTGTU ngày 02/4/2021 của Ban Tuyên giáo Tỉnh ủy về sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW, Ban Thường vụ Đảng ủy Khối báo cáo kết quả như sau:
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ngay sau khi Chỉ thị được ban hành, Ban Thường vụ Đảng ủy Khối đã ban hành Kế hoạch số45-KH/ĐUK ngày 20/7/2016 để triển khai thực hiện; 58/58 tổ chức cơ sở đảng xây dựng kế hoạch cụ thể.
II. KẾT QUẢ
Hằng năm 100% chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ thường kỳ.`,
    document: { type: 'Báo cáo', number: '210-BC/ĐUK', date: '2021-04-12', place: 'Vĩnh Yên', issuer: 'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Vĩnh Phúc' },
    references: [
      citesRef('Chỉ thị', '05-CT/TW', '2016-05-15', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
      implementsRef('Công văn', '1125-CV/BTGTU', '2021-04-02', { issuer: 'Ban Tuyên giáo Tỉnh ủy' }),
      citesRef('Kế hoạch', '45-KH/ĐUK', '2016-07-20'),
      implementsRef('Chỉ thị', '05-CT/TW', '2016-05-15', { subject: '45-KH/ĐUK' }),
      citesRef('Chỉ thị', '05-CT/TW', '2016-05-15', { subject: '1125-CV/BTGTU', optional: true }),
    ],
  },
  {
    id: 'second-10-anaphor-plan-of-province-2025',
    about: 'a report excerpt after the merger: "Quán triệt Chỉ thị trên" and a provincial plan "để triển khai thực hiện" it; the national congress is an event',
    text: `Ngày 14/4/2025, Bộ Chính trị ban hành Chỉ thị số 45-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Quán triệt Chỉ thị trên, sau khi hợp nhất tỉnh, Ban Thường vụ Tỉnh ủy Đồng Tháp đã ban hành Kế hoạch số 02-KH/TU ngày 05/7/2025 để triển khai thực hiện trong toàn Đảng bộ tỉnh; đến ngày 31/8/2025, 102/102 đảng bộ xã, phường đã tổ chức xong đại hội.`,
    document: { number: null },
    references: [
      citesRef('Chỉ thị', '45-CT/TW', '2025-04-14', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
      citesRef('Kế hoạch', '02-KH/TU', '2025-07-05', { issuer: 'Ban Thường vụ Tỉnh ủy Đồng Tháp' }),
      implementsRef('Chỉ thị', '45-CT/TW', '2025-04-14', { subject: '02-KH/TU' }),
    ],
  },
  {
    id: 'second-11-cell-monthly-resolution',
    about: 'a village Party cell\'s monthly resolution: implements the commune committee\'s resolution and a directive named without a date; money amounts and "01 đảng viên"',
    text: `ĐẢNG BỘ XÃ ĐÔNG HÒA
CHI BỘ THÔN ĐÔNG
*
Số 08-NQ/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Hòa, ngày 05 tháng 9 năm 2023
NGHỊ QUYẾT
Hội nghị chi bộ thường kỳ tháng 9 năm 2023
Thực hiện Nghị quyết số 25-NQ/ĐU ngày 20/12/2022 của Ban Chấp hành Đảng bộ xã về nhiệm vụ năm 2023 và Chỉ thị số 05-CT/TW của Bộ Chính trị (chuyên đề năm 2023), Chi bộ thống nhất:
1. Vận động 45/52 hộ tham gia hiến đất làm đường liên thôn; đóng góp quỹ "Vì người nghèo" 2.500.000 đồng.
2. Làm thủ tục đề nghị kết nạp 01 quần chúng ưu tú vào Đảng.
3. Thu đảng phí đạt 100%.
T/M CHI BỘ
BÍ THƯ`,
    document: { type: 'Nghị quyết', number: '08-NQ/CB', date: '2023-09-05', place: 'Đông Hòa', issuer: 'Chi bộ thôn Đông' },
    references: [
      implementsRef('Nghị quyết', '25-NQ/ĐU', '2022-12-20', { issuer: 'Ban Chấp hành Đảng bộ xã Đông Hòa' }),
      implementsRef('Chỉ thị', '05-CT/TW', null, { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'second-12-inspection-guidance-date-forms',
    about: 'inspection commission guidance: legal bases in three date forms ("28-7-2021", "6 tháng 7 năm 2022", "09/12/2021") and a conclusion it implements',
    text: `ỦY BAN KIỂM TRA TỈNH ỦY CÀ MAU
*
Số 15-HD/UBKTTU
ĐẢNG CỘNG SẢN VIỆT NAM
Cà Mau, ngày 03 tháng 3 năm 2023
HƯỚNG DẪN
thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng năm 2023
- Căn cứ Quy định số 22-QĐ/TW ngày 28-7-2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng;
- Căn cứ Quy định số 69-QĐ/TW ngày 6 tháng 7 năm 2022 của Bộ Chính trị về kỷ luật tổ chức đảng, đảng viên vi phạm;
- Căn cứ Hướng dẫn số 02-HD/UBKTTW ngày 09/12/2021 của Ủy ban Kiểm tra Trung ương;
- Thực hiện Kết luận số 34-KL/TW ngày 18/4/2022 của Bộ Chính trị về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030,
Ủy ban Kiểm tra Tỉnh ủy hướng dẫn như sau:
1. Mỗi cấp ủy cơ sở kiểm tra ít nhất 01 tổ chức đảng và 2% đảng viên.`,
    document: { type: 'Hướng dẫn', number: '15-HD/UBKTTU', date: '2023-03-03', place: 'Cà Mau', issuer: 'Ủy ban Kiểm tra Tỉnh ủy Cà Mau' },
    references: [
      citesRef('Quy định', '22-QĐ/TW', '2021-07-28', { issuer: 'Ban Chấp hành Trung ương' }),
      citesRef('Quy định', '69-QĐ/TW', '2022-07-06', { issuer: 'Bộ Chính trị' }),
      citesRef('Hướng dẫn', '02-HD/UBKTTW', '2021-12-09', { issuer: 'Ủy ban Kiểm tra Trung ương' }),
      implementsRef('Kết luận', '34-KL/TW', '2022-04-18', { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'second-13-township-plan-chain',
    about: 'a township Party plan implementing two district plans, each with its own date; the second district plan implements a provincial resolution',
    text: `ĐẢNG BỘ HUYỆN ĐỨC THỌ
ĐẢNG ỦY THỊ TRẤN ĐỨC THỌ
*
Số 45-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Đức Thọ, ngày 10 tháng 6 năm 2022
KẾ HOẠCH
xây dựng thị trấn đạt chuẩn đô thị văn minh năm 2022
Thực hiện Kế hoạch số 120-KH/HU ngày 03/3/2022 về công tác dân vận năm 2022 và Kế hoạch số 135-KH/HU ngày 25/5/2022 về triển khai thực hiện Nghị quyết số 11-NQ/TU ngày 18/11/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng tỉnh đạt chuẩn nông thôn mới, Ban Thường vụ Đảng ủy thị trấn xây dựng Kế hoạch như sau:
1. Phấn đấu 7/7 tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa".
2. Kế hoạch này được triển khai đến các chi bộ.`,
    document: { type: 'Kế hoạch', number: '45-KH/ĐU', date: '2022-06-10', place: 'Đức Thọ', issuer: 'Ban Thường vụ Đảng ủy thị trấn Đức Thọ' },
    references: [
      implementsRef('Kế hoạch', '120-KH/HU', '2022-03-03'),
      implementsRef('Kế hoạch', '135-KH/HU', '2022-05-25'),
      implementsRef('Nghị quyết', '11-NQ/TU', '2021-11-18', { subject: '135-KH/HU', issuer: 'Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh' }),
    ],
  },
  {
    id: 'second-14-provincial-plenum-communique',
    about: 'a communiqué of a provincial plenum: the plenum and the coming congress are events; the congress resolution it reviews and a conclusion it applies',
    text: `TỈNH ỦY BÌNH THUẬN
*
Số 520-TB/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Phan Thiết, ngày 08 tháng 12 năm 2023
THÔNG BÁO
Hội nghị lần thứ mười lăm Ban Chấp hành Đảng bộ tỉnh khóa XIV

Ngày 07/12/2023, Ban Chấp hành Đảng bộ tỉnh khóa XIV tổ chức Hội nghị lần thứ mười lăm để đánh giá tình hình thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025 năm 2023 và thảo luận phương hướng năm 2024.
Hội nghị thống nhất: năm 2023 có 15/20 chỉ tiêu đạt và vượt; tăng trưởng GRDP ước đạt 6,2%.
Hội nghị yêu cầu các cấp ủy thực hiện nghiêm Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung; chuẩn bị tốt các điều kiện tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.`,
    document: { type: 'Thông báo', number: '520-TB/TU', date: '2023-12-08', place: 'Phan Thiết', issuer: 'Tỉnh ủy Bình Thuận' },
    references: [
      citesRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV', alternatives: ['implements'] }),
      implementsRef('Kết luận', '14-KL/TW', '2021-09-22', { issuer: 'Bộ Chính trị', alternatives: ['cites'], notTerm: 'XIV' }),
    ],
  },
  {
    id: 'second-15-ward-party-programme-2025',
    about: 'a ward Party committee programme after the merger, implementing two 2025 Politburo resolutions in a list without "số" and a provincial programme',
    text: `ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG THỦ DẦU MỘT
*
Số 07-CTr/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Thủ Dầu Một, ngày 12 tháng 8 năm 2025
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện các Nghị quyết 66-NQ/TW và 68-NQ/TW của Bộ Chính trị
Thực hiện Chương trình hành động số 15-CTr/TU ngày 28/7/2025 của Ban Chấp hành Đảng bộ Thành phố, Ban Chấp hành Đảng bộ phường (khóa I, nhiệm kỳ 2025 - 2030) xây dựng Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 về đổi mới công tác xây dựng và thi hành pháp luật và Nghị quyết số 68-NQ/TW ngày 04/5/2025 về phát triển kinh tế tư nhân như sau:
1. Phấn đấu đến năm 2030 trên địa bàn phường có 5.000 doanh nghiệp hoạt động.
2. Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi việc thực hiện Chương trình này.`,
    document: { type: 'Chương trình', number: '07-CTr/ĐU', date: '2025-08-12', place: 'Thủ Dầu Một', issuer: 'Ban Chấp hành Đảng bộ phường Thủ Dầu Một' },
    references: [
      implementsRef('Nghị quyết', '66-NQ/TW', '2025-04-30', { issuer: 'Bộ Chính trị', notTerm: 'I' }),
      implementsRef('Nghị quyết', '68-NQ/TW', '2025-05-04', { issuer: 'Bộ Chính trị', notTerm: 'I' }),
      implementsRef('Chương trình hành động', '15-CTr/TU', '2025-07-28', { issuer: 'Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh' }),
    ],
  },
  {
    id: 'second-16-study-directive-history-sentence',
    about: 'a provincial Party plan that recalls, in a history sentence, an earlier resolution and its review conclusion, and implements the new one',
    text: `Sau hơn 15 năm triển khai thực hiện Nghị quyết số 20-NQ/TW ngày 28/01/2008 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa X về tiếp tục xây dựng giai cấp công nhân Việt Nam, Kết luận số 79-KL/TW ngày 25/12/2013 của Bộ Chính trị về Đề án "Tổng kết 5 năm thực hiện Nghị quyết số 20-NQ/TW", đội ngũ công nhân của tỉnh đã tăng lên 215.000 người. Thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng và phát huy vai trò của giai cấp công nhân Việt Nam trong thời kỳ mới, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch này.`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết', '20-NQ/TW', '2008-01-28', { term: 'X' }),
      citesRef('Kết luận', '79-KL/TW', '2013-12-25', { issuer: 'Bộ Chính trị' }),
      citesRef('Nghị quyết', '20-NQ/TW', '2008-01-28', { subject: '79-KL/TW', optional: true }),
      implementsRef('Nghị quyết', '45-NQ/TW', '2023-11-24', { term: 'XIII' }),
    ],
  },
];
