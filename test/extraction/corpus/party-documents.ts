// Party documents of provinces, districts and communes: directives (CT), action
// programmes (CTr), plans (KH), resolutions (NQ), conclusions (KL), decisions and
// regulations, and the central documents they carry down.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const partyDocuments: CorpusCase[] = [
  {
    id: 'party-01-directive-digital',
    about: 'a provincial directive in full: implements a Politburo resolution, cites a PM decision',
    text: `ĐẢNG BỘ TỈNH LÀO CAI
TỈNH ỦY
*
Số 12-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lào Cai, ngày 15 tháng 3 năm 2022

CHỈ THỊ
của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác chuyển đổi số trên địa bàn tỉnh

Thực hiện Nghị quyết số 52-NQ/TW, ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với công tác chuyển đổi số.

Những năm qua, công tác chuyển đổi số của tỉnh đạt được một số kết quả bước đầu; tuy nhiên nhận thức của một bộ phận cán bộ còn hạn chế. Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nhiệm vụ sau:

1. Nâng cao nhận thức về chuyển đổi số trong cán bộ, đảng viên và Nhân dân.
2. Ưu tiên bố trí nguồn lực cho hạ tầng số, dữ liệu số.

Chỉ thị này được phổ biến đến chi bộ.

Nơi nhận:
- Ban Bí thư Trung ương Đảng,
- Các đảng bộ trực thuộc,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ`,
    document: { type: 'Chỉ thị', number: '12-CT/TU', date: '2022-03-15', place: 'Lào Cai', issuer: 'Ban Thường vụ Tỉnh ủy Lào Cai' },
    references: [
      implementsRef('Nghị quyết', '52-NQ/TW', '2019-09-27', { issuer: 'Bộ Chính trị' }),
      citesRef('Quyết định', '749/QĐ-TTg', '2020-06-03', { issuer: 'Thủ tướng Chính phủ' }),
    ],
  },
  {
    id: 'party-02-action-programme-sea',
    about: 'action programme; "(khóa XIV)" belongs to the issuing provincial committee, not to the resolution',
    text: `TỈNH ỦY QUẢNG NINH
Số 10-CTr/TU
Hạ Long, ngày 04 tháng 3 năm 2019
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045

Ban Thường vụ Tỉnh ủy (khóa XIV) xây dựng Chương trình hành động với những nội dung chủ yếu sau:
I. MỤC TIÊU
Phấn đấu đến năm 2030, kinh tế biển đóng góp khoảng 60% GRDP của tỉnh.`,
    document: { type: 'Chương trình hành động', number: '10-CTr/TU', date: '2019-03-04', place: 'Hạ Long', issuer: 'Tỉnh ủy Quảng Ninh' },
    references: [
      implementsRef('Nghị quyết', '36-NQ/TW', '2018-10-22', { term: 'XII', issuer: 'Ban Chấp hành Trung ương Đảng' }),
    ],
  },
  {
    id: 'party-03-plan-conclusion-about-directive',
    about: 'plan implementing a conclusion that is itself "về tiếp tục thực hiện" a directive',
    text: `TỈNH ỦY NGHỆ AN
Số 56-KH/TU
Vinh, ngày 09 tháng 8 năm 2021
KẾ HOẠCH
thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"

Để tổ chức quán triệt, triển khai thực hiện nghiêm túc, hiệu quả Kết luận trên, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Tiếp tục nâng cao nhận thức về ý nghĩa, tầm quan trọng của việc học tập và làm theo Bác.`,
    document: { type: 'Kế hoạch', number: '56-KH/TU', date: '2021-08-09', place: 'Vinh' },
    references: [
      implementsRef('Kết luận', '01-KL/TW', '2021-05-18', { issuer: 'Bộ Chính trị' }),
      implementsRef('Chỉ thị', '05-CT/TW', '2016-05-15', { subject: '01-KL/TW', alternatives: ['cites'], issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'party-04-guidance-propaganda-lists',
    about: 'propaganda guidance: "Thực hiện" over two plans, then "căn cứ" a central guidance',
    text: `BAN TUYÊN GIÁO TỈNH ỦY BÌNH ĐỊNH
Số 48-HD/BTGTU
Quy Nhơn, ngày 06 tháng 01 năm 2023
HƯỚNG DẪN
tuyên truyền các ngày lễ lớn, sự kiện lịch sử quan trọng năm 2023

Thực hiện Kế hoạch số 95-KH/TU, ngày 12/12/2022 của Ban Thường vụ Tỉnh ủy về công tác tuyên giáo năm 2023; căn cứ Hướng dẫn số 128-HD/BTGTW, ngày 19/12/2022 của Ban Tuyên giáo Trung ương về tuyên truyền các ngày lễ lớn năm 2023, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:
1. Mục đích, yêu cầu`,
    document: { type: 'Hướng dẫn', number: '48-HD/BTGTU', date: '2023-01-06', place: 'Quy Nhơn' },
    references: [
      implementsRef('Kế hoạch', '95-KH/TU', '2022-12-12', { issuer: 'Ban Thường vụ Tỉnh ủy' }),
      citesRef('Hướng dẫn', '128-HD/BTGTW', '2022-12-19', { issuer: 'Ban Tuyên giáo Trung ương' }),
    ],
  },
  {
    id: 'party-05-notice-plenum-conclusion',
    about: 'issuer "Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XIII" gives the term',
    text: `THÀNH ỦY CẦN THƠ
Số 215-TB/TU
Cần Thơ, ngày 17 tháng 12 năm 2021
THÔNG BÁO
ý kiến của Ban Thường vụ Thành ủy về việc quán triệt Kết luận của Hội nghị Trung ương 4

Ngày 15/12/2021, Ban Thường vụ Thành ủy đã họp nghe báo cáo việc quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. Ban Thường vụ Thành ủy kết luận như sau:
1. Các cấp ủy tổ chức học tập, quán triệt đầy đủ trong tháng 01/2022.`,
    document: { type: 'Thông báo', number: '215-TB/TU', date: '2021-12-17', place: 'Cần Thơ' },
    references: [
      citesRef('Kết luận', '21-KL/TW', '2021-10-25', { term: 'XIII' }),
    ],
  },
  {
    id: 'party-06-decision-regulation-charter',
    about: 'a Party decision citing "Quy định số 24-QĐ/TW" (a regulation with code QĐ) and the Party Charter by name',
    text: `TỈNH ỦY HÀ GIANG
Số 345-QĐ/TU
Hà Giang, ngày 02 tháng 11 năm 2021
QUYẾT ĐỊNH
ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020 - 2025
- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;
- Xét đề nghị của Văn phòng Tỉnh ủy,
BAN CHẤP HÀNH ĐẢNG BỘ TỈNH QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII.`,
    document: { type: 'Quyết định', number: '345-QĐ/TU', date: '2021-11-02', place: 'Hà Giang' },
    references: [
      citesRef('Quy định', '24-QĐ/TW', '2021-07-30', { issuer: 'Ban Chấp hành Trung ương' }),
      citesRef('Điều lệ', null, null, { name: 'Điều lệ Đảng', optional: true }),
    ],
  },
  {
    id: 'party-07-resolution-congress-refs',
    about: 'congress resolutions without numbers: "cụ thể hóa" the provincial one, "quán triệt" the national one',
    text: `ĐẢNG BỘ TỈNH ĐẮK LẮK
Số 05-NQ/TU
Buôn Ma Thuột, ngày 24 tháng 6 năm 2021
NGHỊ QUYẾT
về phát triển du lịch tỉnh Đắk Lắk giai đoạn 2021 - 2025, định hướng đến năm 2030

Quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và để cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết về phát triển du lịch như sau:
I. TÌNH HÌNH
Giai đoạn 2016 - 2020, lượng khách du lịch đến tỉnh tăng bình quân 12%/năm.`,
    document: { type: 'Nghị quyết', number: '05-NQ/TU', date: '2021-06-24', place: 'Buôn Ma Thuột' },
    references: [
      citesRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu toàn quốc lần thứ XIII' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII' }),
    ],
  },
  {
    id: 'party-08-commune-plan-district',
    about: 'commune Party committee plan implementing a district plan (HU code) and a provincial directive',
    text: `ĐẢNG BỘ HUYỆN KRÔNG PẮC
ĐẢNG ỦY XÃ EA KNUẸC
Số 21-KH/ĐU
Ea Knuếc, ngày 18 tháng 4 năm 2019
KẾ HOẠCH
triển khai thực hiện Kế hoạch số 56-KH/HU ngày 02/4/2019 của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị số 31-CT/TU ngày 11/3/2019 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống ma túy

Thực hiện Kế hoạch số 56-KH/HU của Ban Thường vụ Huyện ủy, Đảng ủy xã xây dựng Kế hoạch triển khai như sau:
1. Tổ chức quán triệt đến 100% chi bộ trực thuộc.`,
    document: { type: 'Kế hoạch', number: '21-KH/ĐU', date: '2019-04-18', place: 'Ea Knuếc' },
    references: [
      implementsRef('Kế hoạch', '56-KH/HU', '2019-04-02', { issuer: 'Ban Thường vụ Huyện ủy' }),
      implementsRef('Chỉ thị', '31-CT/TU', '2019-03-11', { subject: '56-KH/HU', issuer: 'Ban Thường vụ Tỉnh ủy' }),
    ],
  },
  {
    id: 'party-09-plenum-by-name',
    about: 'a central resolution named by its plenum "Nghị quyết Trung ương 7 khóa XI", no number',
    text: `HUYỆN ỦY MƯỜNG KHƯƠNG
Số 40-CTr/HU
Mường Khương, ngày 20 tháng 9 năm 2013
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường

Ban Thường vụ Huyện ủy xây dựng Chương trình hành động gồm các nội dung sau:
1. Tuyên truyền sâu rộng đến cán bộ, đảng viên và Nhân dân các dân tộc trong huyện.`,
    document: { type: 'Chương trình hành động', number: '40-CTr/HU', date: '2013-09-20', place: 'Mường Khương' },
    references: [
      implementsRef('Nghị quyết', null, null, { name: 'Trung ương 7', term: 'XI' }),
    ],
  },
  {
    id: 'party-10-regulation-example-setting',
    about: 'Party regulation code QĐi; "quán triệt" cites, a later "thực hiện" task keeps cites',
    text: `ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH BẾN TRE
Số 118-CV/ĐUK
Bến Tre, ngày 14 tháng 01 năm 2019
V/v tổ chức học tập các quy định về nêu gương

Kính gửi: Các tổ chức cơ sở đảng trực thuộc.

Ban Thường vụ Đảng ủy Khối đề nghị các tổ chức cơ sở đảng tổ chức quán triệt Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Ban Chấp hành Trung ương đến toàn thể đảng viên; hoàn thành trước ngày 28/02/2019.`,
    document: { type: 'Công văn', number: '118-CV/ĐUK', date: '2019-01-14', place: 'Bến Tre' },
    references: [
      citesRef('Quy định', '08-QĐi/TW', '2018-10-25', { issuer: 'Ban Chấp hành Trung ương' }),
    ],
  },
  {
    id: 'party-11-district-plan-self-mention',
    about: 'district plan; "Kế hoạch này" and its own number in the body are the document itself',
    text: `HUYỆN ỦY SƠN DƯƠNG
Số 102-KH/HU
Sơn Dương, ngày 03 tháng 6 năm 2020
KẾ HOẠCH
thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ giai đoạn 2020 - 2030

I. MỤC ĐÍCH, YÊU CẦU
Các chi, đảng bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch của đơn vị. Định kỳ hằng năm báo cáo kết quả thực hiện Kế hoạch số 102-KH/HU về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo).`,
    document: { type: 'Kế hoạch', number: '102-KH/HU', date: '2020-06-03', place: 'Sơn Dương' },
    references: [
      implementsRef('Chỉ thị', '42-CT/TW', '2020-03-24', { issuer: 'Ban Bí thư' }),
    ],
  },
  {
    id: 'party-12-report-review',
    about: 'a review report on implementing a directive: cites by default, implements also acceptable',
    text: `TỈNH ỦY THÁI BÌNH
Số 312-BC/TU
Thái Bình, ngày 28 tháng 4 năm 2024
BÁO CÁO
sơ kết 5 năm thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về tổ chức đại hội đảng bộ các cấp

Sau 5 năm triển khai, việc tổ chức đại hội đảng bộ các cấp trong tỉnh bảo đảm đúng nguyên tắc. Ban Thường vụ Tỉnh ủy báo cáo kết quả như sau:`,
    document: { type: 'Báo cáo', number: '312-BC/TU', date: '2024-04-28', place: 'Thái Bình' },
    references: [
      citesRef('Chỉ thị', '35-CT/TW', '2019-05-30', { alternatives: ['implements'], issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'party-13-project-replaces',
    about: 'provincial project that replaces an earlier one and implements a central resolution',
    text: `TỈNH ỦY KON TUM
Số 08-ĐA/TU
Kon Tum, ngày 12 tháng 10 năm 2022
ĐỀ ÁN
phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2022 - 2025, định hướng đến năm 2030

Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045, Ban Thường vụ Tỉnh ủy ban hành Đề án này thay thế Đề án số 03-ĐA/TU ngày 21/02/2017 của Ban Thường vụ Tỉnh ủy.`,
    document: { type: 'Đề án', number: '08-ĐA/TU', date: '2022-10-12', place: 'Kon Tum' },
    references: [
      implementsRef('Nghị quyết', '19-NQ/TW', '2022-06-16', { term: 'XIII' }),
      citesRef('Đề án', '03-ĐA/TU', '2017-02-21', { issuer: 'Ban Thường vụ Tỉnh ủy' }),
    ],
  },
  {
    id: 'party-14-conclusion-provincial',
    about: 'provincial conclusion (KL/TU) on continuing a provincial resolution; both numbers Party-style',
    text: `TỈNH ỦY PHÚ THỌ
Số 87-KL/TU
Việt Trì, ngày 22 tháng 02 năm 2023
KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 04-NQ/TU ngày 11/5/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số

Sau 6 năm thực hiện Nghị quyết số 04-NQ/TU, đời sống đồng bào dân tộc thiểu số được cải thiện rõ rệt. Ban Thường vụ Tỉnh ủy kết luận như sau:`,
    document: { type: 'Kết luận', number: '87-KL/TU', date: '2023-02-22', place: 'Việt Trì' },
    references: [
      implementsRef('Nghị quyết', '04-NQ/TU', '2016-05-11', { issuer: 'Ban Chấp hành Đảng bộ tỉnh' }),
    ],
  },
  {
    id: 'party-15-city-committee-instruction',
    about: 'city Party committee directive quoting the previous directive it replaces and a central conclusion',
    text: `THÀNH ỦY HÀ NỘI
Số 21-CT/TU
Hà Nội, ngày 08 tháng 5 năm 2023
CHỈ THỊ
về tăng cường công tác phòng cháy, chữa cháy trên địa bàn Thành phố

Thời gian qua, các cấp ủy đã triển khai Chỉ thị số 15-CT/TU ngày 11/8/2017 của Ban Thường vụ Thành ủy về tăng cường công tác phòng cháy, chữa cháy và đạt nhiều kết quả. Căn cứ Kết luận số 02-KL/TW ngày 18/5/2021 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 47-CT/TW của Ban Bí thư khóa XI về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy, Ban Thường vụ Thành ủy yêu cầu:`,
    document: { type: 'Chỉ thị', number: '21-CT/TU', date: '2023-05-08', place: 'Hà Nội' },
    references: [
      citesRef('Chỉ thị', '15-CT/TU', '2017-08-11', { issuer: 'Ban Thường vụ Thành ủy' }),
      citesRef('Kết luận', '02-KL/TW', '2021-05-18', { issuer: 'Ban Bí thư' }),
      implementsRef('Chỉ thị', '47-CT/TW', null, { subject: '02-KL/TW', alternatives: ['cites'], term: 'XI', issuer: 'Ban Bí thư' }),
    ],
  },
  {
    id: 'party-16-mass-org-directive',
    about: 'youth union plan implementing a Party directive and citing its own central committee\'s resolution',
    text: `BAN CHẤP HÀNH ĐOÀN TỈNH SÓC TRĂNG
Số 187-KH/TĐTN-TG
Sóc Trăng, ngày 10 tháng 7 năm 2020
KẾ HOẠCH
triển khai thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư trong Đoàn Thanh niên tỉnh

Thực hiện Kế hoạch số 184-KH/TU ngày 25/6/2020 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư; căn cứ Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI, Ban Thường vụ Tỉnh Đoàn xây dựng Kế hoạch như sau:`,
    document: { type: 'Kế hoạch', number: '187-KH/TĐTN-TG', date: '2020-07-10', place: 'Sóc Trăng' },
    references: [
      implementsRef('Chỉ thị', '42-CT/TW', '2020-03-24', { issuer: 'Ban Bí thư' }),
      implementsRef('Kế hoạch', '184-KH/TU', '2020-06-25', { issuer: 'Ban Thường vụ Tỉnh ủy' }),
      implementsRef('Chỉ thị', '42-CT/TW', '2020-03-24', { subject: '184-KH/TU', optional: true }),
      citesRef('Nghị quyết', null, null, { name: 'Đại hội Đoàn toàn quốc lần thứ XI' }),
    ],
  },
  {
    id: 'party-17-inspection-decision',
    about: 'inspection committee decision citing the Party Charter regulation and an inspection plan',
    text: `ỦY BAN KIỂM TRA TỈNH ỦY QUẢNG TRỊ
Số 96-QĐ/UBKTTU
Đông Hà, ngày 05 tháng 9 năm 2022
QUYẾT ĐỊNH
về việc kiểm tra tổ chức đảng cấp dưới khi có dấu hiệu vi phạm
- Căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng;
- Căn cứ Chương trình kiểm tra, giám sát số 04-CTr/UBKTTU ngày 10/01/2022 của Ủy ban Kiểm tra Tỉnh ủy,
ỦY BAN KIỂM TRA TỈNH ỦY QUYẾT ĐỊNH:`,
    document: { type: 'Quyết định', number: '96-QĐ/UBKTTU', date: '2022-09-05', place: 'Đông Hà' },
    references: [
      citesRef('Quy định', '22-QĐ/TW', '2021-07-28'),
      citesRef('Chương trình', '04-CTr/UBKTTU', '2022-01-10'),
    ],
  },
  {
    id: 'party-18-resolution-2023-entrepreneurs',
    about: 'same symbol in two terms: 41-NQ/TW of 2023 (khóa XIII) replacing 09-NQ/TW of khóa XI',
    text: `BAN THƯỜNG VỤ TỈNH ỦY LONG AN
Số 368-KH/TU
Tân An, ngày 26 tháng 01 năm 2024
KẾ HOẠCH
thực hiện Nghị quyết số 41-NQ/TW ngày 10/10/2023 của Bộ Chính trị khóa XIII về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới

Nghị quyết số 41-NQ/TW thay thế Nghị quyết số 09-NQ/TW ngày 09/12/2011 của Bộ Chính trị khóa XI. Để triển khai thực hiện nghiêm túc Nghị quyết, Ban Thường vụ Tỉnh ủy ban hành kế hoạch như sau:`,
    document: { type: 'Kế hoạch', number: '368-KH/TU', date: '2024-01-26', place: 'Tân An' },
    references: [
      implementsRef('Nghị quyết', '41-NQ/TW', '2023-10-10', { term: 'XIII', issuer: 'Bộ Chính trị' }),
      citesRef('Nghị quyết', '09-NQ/TW', '2011-12-09', { term: 'XI', optional: true }),
    ],
  },
  {
    id: 'party-19-dispatch-propaganda-board',
    about: 'Party dispatch with "V/v" subject line "triển khai" a central conclusion; a copy line names a unit',
    text: `TỈNH ỦY TÂY NINH
BAN TUYÊN GIÁO
Số 1024-CV/BTGTU
V/v triển khai Kết luận số 57-KL/TW của Bộ Chính trị
Tây Ninh, ngày 21 tháng 8 năm 2023

Kính gửi: Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy.

Ngày 15/6/2023, Bộ Chính trị ban hành Kết luận số 57-KL/TW về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới. Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy tổ chức quán triệt đến cán bộ chủ chốt.
Nơi nhận: - Như trên; - Lưu VT.`,
    document: { type: 'Công văn', number: '1024-CV/BTGTU', date: '2023-08-21', place: 'Tây Ninh' },
    references: [
      implementsRef('Kết luận', '57-KL/TW', '2023-06-15', { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'party-20-program-pdf-horn',
    about: 'PDF damage "ƣ" for "ư" in type words and issuer names',
    text: `TỈNH ỦY YÊN BÁI
Số 35-CTr/TU
Yên Bái, ngày 14 tháng 3 năm 2022
CHƢƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết Hội nghị lần thứ tƣ Ban Chấp hành Trung ƣơng Đảng khóa XIII

Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tƣ Ban Chấp hành Trung ƣơng Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị, Ban Thƣờng vụ Tỉnh ủy xây dựng Chƣơng trình hành động như sau:`,
    document: { type: 'Chương trình hành động', number: '35-CTr/TU', date: '2022-03-14', place: 'Yên Bái' },
    references: [
      implementsRef('Kết luận', '21-KL/TW', '2021-10-25', { term: 'XIII' }),
      implementsRef('Nghị quyết', null, null, { name: 'Hội nghị lần thứ tư', term: 'XIII', optional: true }),
    ],
  },
];
