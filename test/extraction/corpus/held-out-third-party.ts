// A third held-out batch: full Party documents from every level (central boards, the
// Secretariat, provincial, district and ward committees, bloc committees, Party cells),
// before and after the July 2025 merger, including reports that recap a history of
// documents and the relations between them. Written from the field guide and real
// documents only, without reading the extractor.
import { citesRef, implementsRef, nfd, pdfHorn, type CorpusCase } from './case.ts';

export const thirdPartyCases: CorpusCase[] = [
  {
    id: 'third-01-central-board-guidance-2025',
    about: 'a full guidance of a central Party board after the 2025 reorganisation: "Căn cứ" a conclusion and a plenum resolution, "thực hiện" a National Assembly resolution, a law and a constitutional amendment to be propagated',
    text: `BAN CHẤP HÀNH TRUNG ƯƠNG
BAN TUYÊN GIÁO VÀ DÂN VẬN
*
Số 25-HD/BTGDVTW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 20 tháng 6 năm 2025
HƯỚNG DẪN
tuyên truyền việc sắp xếp đơn vị hành chính các cấp và tổ chức chính quyền địa phương 2 cấp
-----
Căn cứ Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị; Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII;
thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, Ban Tuyên giáo và Dân vận Trung ương hướng dẫn tuyên truyền như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Tạo sự thống nhất cao về nhận thức và hành động trong Đảng, sự đồng thuận trong Nhân dân đối với chủ trương sắp xếp 63 tỉnh, thành phố thành 34 tỉnh, thành phố và tổ chức chính quyền địa phương 2 cấp từ ngày 01/7/2025.
2. Tuyên truyền phải kịp thời, chính xác; chủ động đấu tranh phản bác các luận điệu sai trái, xuyên tạc.

II. NỘI DUNG TUYÊN TRUYỀN
1. Nội dung cơ bản của Nghị quyết số 203/2025/QH15 ngày 16/6/2025 của Quốc hội sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam và Luật Tổ chức chính quyền địa phương năm 2025.
2. Kết quả sắp xếp; tên gọi, trung tâm hành chính - chính trị của các tỉnh, thành phố mới; tên gọi của 3.321 xã, phường, đặc khu.
3. Gương cán bộ, đảng viên gương mẫu, đặt lợi ích chung lên trên lợi ích cá nhân.

III. TỔ CHỨC THỰC HIỆN
1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương căn cứ Hướng dẫn này, chỉ đạo tổ chức tuyên truyền phù hợp với tình hình thực tế.
2. Các cơ quan báo chí mở chuyên trang, chuyên mục; tăng thời lượng, tin, bài từ ngày 25/6 đến 31/7/2025.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Các ban đảng, đảng ủy trực thuộc Trung ương,
- Các cơ quan báo chí Trung ương,
- Lưu Vụ Tuyên truyền, Văn phòng Ban.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN`,
    document: { type: 'Hướng dẫn', number: '25-HD/BTGDVTW', date: '2025-06-20', place: 'Hà Nội', issuer: 'Ban Tuyên giáo và Dân vận Trung ương' },
    references: [
      citesRef('Kết luận', '127-KL/TW', '2025-02-28', { issuer: 'Bộ Chính trị, Ban Bí thư' }),
      citesRef('Nghị quyết', '60-NQ/TW', '2025-04-12', { term: 'XIII' }),
      implementsRef('Nghị quyết', '202/2025/QH15', '2025-06-12', { issuer: 'Quốc hội' }),
      citesRef('Nghị quyết', '203/2025/QH15', '2025-06-16', { issuer: 'Quốc hội' }),
      citesRef('Luật', null, null, { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Hiến pháp', null, null, { name: 'Hiến pháp', optional: true }),
    ],
  },
  {
    id: 'third-02-merged-province-action-programme',
    about: 'a merged province\'s action programme replacing programmes of the old provinces; one old programme stated to implement the same resolution; a government resolution followed',
    text: `TỈNH ỦY LÂM ĐỒNG
*
Số 05-CTr/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lâm Đồng, ngày 28 tháng 7 năm 2025
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân
-----
Ngày 04/5/2025, Bộ Chính trị ban hành Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân (sau đây gọi là Nghị quyết 68). Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, trên cơ sở hợp nhất tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết 68 như sau:

I. MỤC TIÊU
Đến năm 2030, toàn tỉnh có 45.000 doanh nghiệp đang hoạt động; kinh tế tư nhân đóng góp khoảng 60% GRDP.

II. NHIỆM VỤ, GIẢI PHÁP
1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh bám sát Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW, rà soát, bãi bỏ các thủ tục không cần thiết.
2. Hoàn thành việc rà soát các chương trình, kế hoạch của các tỉnh trước hợp nhất.

III. TỔ CHỨC THỰC HIỆN
Chương trình hành động này thay thế Chương trình hành động số 46-CTr/TU ngày 10/6/2025 của Ban Thường vụ Tỉnh ủy Lâm Đồng (cũ) thực hiện Nghị quyết số 68-NQ/TW và Kế hoạch số 312-KH/TU ngày 12/6/2025 của Ban Thường vụ Tỉnh ủy Đắk Nông (cũ) về phát triển kinh tế tư nhân.
Văn phòng Tỉnh ủy chủ trì theo dõi, đôn đốc; định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy.

Nơi nhận:
- Văn phòng Trung ương Đảng (b/c),
- Các đảng ủy trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ`,
    document: { type: 'Chương trình hành động', number: '05-CTr/TU', date: '2025-07-28', place: 'Lâm Đồng', issuer: 'Ban Thường vụ Tỉnh ủy Lâm Đồng' },
    references: [
      implementsRef('Nghị quyết', '68-NQ/TW', '2025-05-04', { issuer: 'Bộ Chính trị' }),
      citesRef('Nghị quyết', '202/2025/QH15', '2025-06-12', { issuer: 'Quốc hội' }),
      citesRef('Nghị quyết', '138/NQ-CP', '2025-05-16', { issuer: 'Chính phủ', alternatives: ['implements'] }),
      implementsRef('Nghị quyết', '68-NQ/TW', '2025-05-04', { subject: '138/NQ-CP' }),
      citesRef('Chương trình hành động', '46-CTr/TU', '2025-06-10', { issuer: 'Ban Thường vụ Tỉnh ủy Lâm Đồng' }),
      implementsRef('Nghị quyết', '68-NQ/TW', '2025-05-04', { subject: '46-CTr/TU' }),
      citesRef('Kế hoạch', '312-KH/TU', '2025-06-12', { issuer: 'Ban Thường vụ Tỉnh ủy Đắk Nông' }),
    ],
  },
  {
    id: 'third-03-district-review-report-history',
    about: 'a district review report recapping how a plenum resolution was carried down: provincial programme → district plan, a later conclusion → a later district plan',
    text: `ĐẢNG BỘ TỈNH HẢI DƯƠNG
HUYỆN ỦY CẨM GIÀNG
*
Số 412-BC/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Cẩm Giàng, ngày 15 tháng 3 năm 2023
BÁO CÁO
sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII) "Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"
-----
Thực hiện Hướng dẫn số 52-HD/BTCTU ngày 10/02/2023 của Ban Tổ chức Tỉnh ủy về sơ kết 5 năm thực hiện Nghị quyết số 18-NQ/TW, Ban Thường vụ Huyện ủy báo cáo như sau:

I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ngay sau khi Nghị quyết được ban hành, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 46-CTr/TU ngày 26/3/2018 thực hiện Nghị quyết số 18-NQ/TW. Ban Thường vụ Huyện ủy đã tổ chức quán triệt cho 100% cán bộ chủ chốt và ban hành Kế hoạch số 95-KH/HU ngày 20/4/2018 thực hiện Chương trình hành động số 46-CTr/TU của Tỉnh ủy.
Năm 2022, thực hiện Kết luận số 40-KL/TW ngày 18/7/2022 của Bộ Chính trị về nâng cao hiệu quả quản lý biên chế của hệ thống chính trị giai đoạn 2022 - 2026, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 210-KH/HU ngày 30/9/2022.

II. KẾT QUẢ
1. Giảm 12/45 đầu mối cơ quan, đơn vị cấp huyện; giảm 7 đơn vị sự nghiệp công lập.
2. Thực hiện nhất thể hóa chức danh bí thư chi bộ đồng thời là trưởng thôn tại 87/112 thôn, khu dân cư (đạt 77,7%).

III. HẠN CHẾ VÀ PHƯƠNG HƯỚNG
Việc sắp xếp ở một số xã còn lúng túng. Thời gian tới tiếp tục thực hiện nghiêm Nghị quyết số 18-NQ/TW và các văn bản hướng dẫn của cấp trên.

Nơi nhận:
- Ban Tổ chức Tỉnh ủy (b/c),
- Thường trực Huyện ủy,
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC`,
    document: { type: 'Báo cáo', number: '412-BC/HU', date: '2023-03-15', place: 'Cẩm Giàng', issuer: 'Ban Thường vụ Huyện ủy Cẩm Giàng' },
    references: [
      citesRef('Nghị quyết', '18-NQ/TW', '2017-10-25', { term: 'XII', alternatives: ['implements'] }),
      implementsRef('Hướng dẫn', '52-HD/BTCTU', '2023-02-10', { issuer: 'Ban Tổ chức Tỉnh ủy Hải Dương' }),
      citesRef('Nghị quyết', '18-NQ/TW', '2017-10-25', { subject: '52-HD/BTCTU', alternatives: ['implements'], optional: true }),
      citesRef('Chương trình hành động', '46-CTr/TU', '2018-03-26', { issuer: 'Ban Thường vụ Tỉnh ủy Hải Dương' }),
      implementsRef('Nghị quyết', '18-NQ/TW', '2017-10-25', { subject: '46-CTr/TU' }),
      citesRef('Kế hoạch', '95-KH/HU', '2018-04-20', { issuer: 'Ban Thường vụ Huyện ủy Cẩm Giàng' }),
      implementsRef('Chương trình hành động', '46-CTr/TU', '2018-03-26', { subject: '95-KH/HU' }),
      citesRef('Kế hoạch', '210-KH/HU', '2022-09-30', { issuer: 'Ban Thường vụ Huyện ủy Cẩm Giàng' }),
      implementsRef('Kết luận', '40-KL/TW', '2022-07-18', { subject: '210-KH/HU', issuer: 'Bộ Chính trị' }),
      citesRef('Kết luận', '40-KL/TW', '2022-07-18', { optional: true }),
    ],
  },
  {
    id: 'third-04-ward-resolution-old-city-documents',
    about: 'a ward Party resolution after the merger implementing resolutions of the old province and of the old district-level city (both coded TU), and a conclusion of the new city committee; the ward committee is "khóa I"',
    text: `ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG
ĐẢNG ỦY PHƯỜNG HỘI AN
*
Số 05-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hội An, ngày 12 tháng 9 năm 2025
NGHỊ QUYẾT
về phát triển du lịch văn hóa, du lịch xanh phường Hội An giai đoạn 2025 - 2030
-----
Căn cứ Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;
Thực hiện Nghị quyết số 08-NQ/TU ngày 15/4/2022 của Ban Chấp hành Đảng bộ tỉnh Quảng Nam (khóa XXII) về phát triển du lịch trở thành ngành kinh tế mũi nhọn; Nghị quyết số 12-NQ/TU ngày 20/5/2021 của Thành ủy Hội An (cũ) về xây dựng Hội An trở thành thành phố sinh thái - văn hóa - du lịch; Kết luận số 05-KL/TU ngày 20/8/2025 của Ban Thường vụ Thành ủy Đà Nẵng về việc tiếp tục thực hiện các nghị quyết, chỉ thị của các cấp ủy trước sắp xếp,
Ban Chấp hành Đảng bộ phường (khóa I) ban hành Nghị quyết về phát triển du lịch văn hóa, du lịch xanh giai đoạn 2025 - 2030 như sau:

I. MỤC TIÊU
Đến năm 2030 đón 6 triệu lượt khách, trong đó 3,5 triệu lượt khách quốc tế; 100% cơ sở lưu trú không sử dụng đồ nhựa dùng một lần.

II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân phường xây dựng kế hoạch thực hiện Nghị quyết này, hoàn thành trước ngày 30/10/2025.

Nơi nhận:
- Ban Thường vụ Thành ủy (b/c),
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M BAN CHẤP HÀNH
BÍ THƯ`,
    document: { type: 'Nghị quyết', number: '05-NQ/ĐU', date: '2025-09-12', place: 'Hội An', issuer: 'Ban Chấp hành Đảng bộ phường Hội An' },
    references: [
      citesRef('Quy định', '294-QĐ/TW', '2025-05-26', { issuer: 'Ban Chấp hành Trung ương' }),
      citesRef('Điều lệ', null, null, { name: 'Điều lệ Đảng', optional: true }),
      implementsRef('Nghị quyết', '08-NQ/TU', '2022-04-15', { issuer: 'Ban Chấp hành Đảng bộ tỉnh Quảng Nam', term: 'XXII' }),
      implementsRef('Nghị quyết', '12-NQ/TU', '2021-05-20', { issuer: 'Thành ủy Hội An' }),
      implementsRef('Kết luận', '05-KL/TU', '2025-08-20', { issuer: 'Ban Thường vụ Thành ủy Đà Nẵng', notTerm: 'I' }),
    ],
  },
  {
    id: 'third-05-party-cell-monthly-resolution',
    about: 'a village Party cell\'s monthly resolution: a central guidance as basis, the commune committee\'s guidance carried out, a resolution studied; the monthly work programme named without a number',
    text: `ĐẢNG BỘ XÃ TAM NÔNG
CHI BỘ KHU 3
*
Số 09-NQ/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Tam Nông, ngày 05 tháng 10 năm 2025
NGHỊ QUYẾT
lãnh đạo thực hiện nhiệm vụ tháng 10 năm 2025
-----
Căn cứ Điều lệ Đảng và Hướng dẫn số 12-HD/BTCTW ngày 18/10/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ;
Thực hiện Chương trình công tác tháng 10 năm 2025 của Đảng ủy xã và Hướng dẫn số 03-HD/ĐU ngày 02/10/2025 của Ban Thường vụ Đảng ủy xã về sinh hoạt chi bộ theo chủ đề,
Ngày 04/10/2025, Chi bộ Khu 3 họp thường kỳ, có 28/31 đảng viên dự. Chi bộ thống nhất:

1. Kết quả tháng 9: 5/5 tổ dân cư hoàn thành thu quỹ; đóng đảng phí đạt 100%.
2. Nhiệm vụ tháng 10: Tổ chức cho đảng viên học tập, quán triệt Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo; vận động 12 hộ hiến 350 m2 đất làm đường liên khu.
3. Phân công đồng chí Nguyễn Văn Hải giúp đỡ quần chúng Lê Thị Mai phấn đấu vào Đảng.

Nghị quyết này được phổ biến đến toàn thể đảng viên trong chi bộ.
Nơi nhận:
- Đảng ủy xã (b/c),
- Đảng viên trong chi bộ,
- Lưu chi bộ.
T/M CHI BỘ
BÍ THƯ`,
    document: { type: 'Nghị quyết', number: '09-NQ/CB', date: '2025-10-05', place: 'Tam Nông', issuer: 'Chi bộ Khu 3' },
    references: [
      citesRef('Điều lệ', null, null, { name: 'Điều lệ Đảng', optional: true }),
      citesRef('Hướng dẫn', '12-HD/BTCTW', '2018-10-18', { issuer: 'Ban Tổ chức Trung ương' }),
      implementsRef('Chương trình', null, null, { name: 'Chương trình công tác tháng 10', optional: true }),
      implementsRef('Hướng dẫn', '03-HD/ĐU', '2025-10-02', { issuer: 'Ban Thường vụ Đảng ủy xã Tam Nông' }),
      citesRef('Nghị quyết', '71-NQ/TW', '2025-08-22', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'third-06-bloc-committee-reply',
    about: 'a bloc Party committee replying to a dispatch of the provincial organisation board ("Phúc đáp Công văn số …"); the draft it comments on rests on a conclusion; a resolution named short',
    text: `ĐẢNG BỘ TỈNH BÌNH DƯƠNG
ĐẢNG ỦY KHỐI DOANH NGHIỆP
*
Số 845-CV/ĐUK
V/v góp ý dự thảo Đề án sắp xếp tổ chức cơ sở đảng trong doanh nghiệp
ĐẢNG CỘNG SẢN VIỆT NAM
Thủ Dầu Một, ngày 10 tháng 4 năm 2024
Kính gửi: Ban Tổ chức Tỉnh ủy
Phúc đáp Công văn số 1420-CV/BTCTU ngày 02/4/2024 của Ban Tổ chức Tỉnh ủy về việc góp ý dự thảo Đề án sắp xếp tổ chức cơ sở đảng trong doanh nghiệp, Ban Thường vụ Đảng ủy Khối có ý kiến như sau:
1. Cơ bản thống nhất với dự thảo. Dự thảo đã bám sát Kết luận số 28-KL/TW ngày 21/02/2022 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 6 khóa XII về tổ chức bộ máy và phù hợp tình hình thực tế của 64 tổ chức cơ sở đảng trong khối.
2. Đề nghị bổ sung lộ trình sáp nhập 9/64 chi bộ có dưới 5 đảng viên vào đảng bộ cơ sở liền kề, hoàn thành trong quý III/2024.
Ban Thường vụ Đảng ủy Khối trân trọng gửi Ban Tổ chức Tỉnh ủy tổng hợp.
Nơi nhận:
- Như trên,
- Thường trực Đảng ủy Khối,
- Lưu Văn phòng.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG`,
    document: { type: 'Công văn', number: '845-CV/ĐUK', date: '2024-04-10', place: 'Thủ Dầu Một', issuer: 'Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương' },
    references: [
      citesRef('Công văn', '1420-CV/BTCTU', '2024-04-02', { issuer: 'Ban Tổ chức Tỉnh ủy Bình Dương' }),
      citesRef('Kết luận', '28-KL/TW', '2022-02-21', { issuer: 'Bộ Chính trị' }),
      citesRef('Nghị quyết', null, null, { name: 'Trung ương 6', term: 'XII', subject: '28-KL/TW', alternatives: ['implements'], optional: true }),
    ],
  },
  {
    id: 'third-07-secretariat-directive-replaces',
    about: 'a Secretariat directive recalling an earlier directive it replaces, a plenum resolution named by number and by plenum, a conclusion that reviewed it, and a law',
    text: `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 52-CT/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 10 tháng 10 năm 2025
CHỈ THỊ
CỦA BAN BÍ THƯ
về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ trong giai đoạn mới
-----
Sau 10 năm thực hiện Chỉ thị số 42-CT/TW ngày 16/4/2015 của Ban Bí thư (khóa XI) về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ giai đoạn 2015 - 2030 và gần 17 năm thực hiện Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương Đảng (khóa X) về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa, công tác giáo dục thế hệ trẻ đã đạt nhiều kết quả quan trọng. Kết luận số 80-KL/TW ngày 05/6/2020 của Bộ Chính trị tổng kết 12 năm thực hiện Nghị quyết Trung ương 7 khóa X về công tác thanh niên đã chỉ rõ những hạn chế cần khắc phục.
Để tiếp tục nâng cao hiệu quả công tác giáo dục thế hệ trẻ, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ sau:
1. Đưa nội dung giáo dục lý tưởng cách mạng vào chương trình hành động của cấp ủy các cấp.
2. Đảng đoàn Quốc hội lãnh đạo tổng kết thi hành Luật Thanh niên năm 2020, đề xuất sửa đổi trong nhiệm kỳ tới.
3. Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp với Đảng đoàn Trung ương Đoàn hướng dẫn, theo dõi việc thực hiện Chỉ thị này.
Chỉ thị này thay thế Chỉ thị số 42-CT/TW và được phổ biến đến chi bộ.
T/M BAN BÍ THƯ`,
    document: { type: 'Chỉ thị', number: '52-CT/TW', date: '2025-10-10', place: 'Hà Nội', issuer: 'Ban Bí thư' },
    references: [
      citesRef('Chỉ thị', '42-CT/TW', '2015-04-16', { issuer: 'Ban Bí thư', term: 'XI' }),
      citesRef('Nghị quyết', '25-NQ/TW', '2008-07-25', { term: 'X', name: 'Trung ương 7' }),
      citesRef('Kết luận', '80-KL/TW', '2020-06-05', { issuer: 'Bộ Chính trị' }),
      citesRef('Nghị quyết', '25-NQ/TW', '2008-07-25', { subject: '80-KL/TW', term: 'X', name: 'Trung ương 7', alternatives: ['implements'] }),
      citesRef('Luật', null, null, { name: 'Luật Thanh niên' }),
    ],
  },
  {
    id: 'third-08-provincial-directive-pdf-damage',
    about: 'a provincial directive extracted from a PDF: "ƣ" for "ư", a symbol broken across a line "21-\\nCT/TW", a date across a line; history recalled, the new directive implemented',
    text: pdfHorn(`TỈNH ỦY HÀ GIANG
*
Số 15-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Giang, ngày 10 tháng 5 năm 2023
CHỈ THỊ
của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới
Sau hơn 15 năm thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị (khóa X) về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, nhận thức của các cấp ủy, chính quyền về công tác phụ nữ được nâng lên; tỷ lệ nữ tham gia cấp ủy các cấp nhiệm kỳ 2020 - 2025 đạt 21,3%.
Thực hiện Chỉ thị số 21-
CT/TW ngày 20/01/2023 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:
1. Tuyên truyền sâu rộng Chỉ thị số 21-CT/TW và Luật Bình đẳng giới; xóa bỏ định kiến giới, nhất là ở vùng đồng bào dân tộc thiểu số.
2. Ban cán sự đảng UBND tỉnh lãnh đạo triển khai Kế hoạch số 185/KH-UBND ngày 12
tháng 4 năm 2023 của UBND tỉnh về thực hiện Chiến lược quốc gia về bình đẳng giới.
3. Giao Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh theo dõi việc thực hiện Chỉ thị này.
T/M BAN THƯỜNG VỤ
BÍ THƯ`),
    document: { type: 'Chỉ thị', number: '15-CT/TU', date: '2023-05-10', place: 'Hà Giang', issuer: 'Ban Thường vụ Tỉnh ủy Hà Giang' },
    references: [
      citesRef('Nghị quyết', '11-NQ/TW', '2007-04-27', { issuer: 'Bộ Chính trị', term: 'X' }),
      implementsRef('Chỉ thị', '21-CT/TW', '2023-01-20', { issuer: 'Ban Bí thư' }),
      citesRef('Luật', null, null, { name: 'Bình đẳng giới', alternatives: ['implements'] }),
      citesRef('Kế hoạch', '185/KH-UBND', '2023-04-12', { issuer: 'UBND tỉnh Hà Giang', alternatives: ['implements'] }),
      implementsRef('Chiến lược', null, null, { name: 'Chiến lược quốc gia về bình đẳng giới', subject: '185/KH-UBND', optional: true }),
    ],
  },
  {
    id: 'third-09-party-decision-attached-regulation-glued',
    about: 'a provincial Party decision issuing an attached regulation (not a citation), replacing an old decision; glued "số296-QĐ/TWngày", a submission, the Party Charter',
    text: `TỈNH ỦY NINH BÌNH
*
Số 312-QĐ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Ninh Bình, ngày 10 tháng 12 năm 2025
QUYẾT ĐỊNH
ban hành Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2025 - 2030
-----
- Căn cứ Điều lệ Đảng;
- Căn cứ Quy định số296-QĐ/TWngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng;
- Xét đề nghị của Ủy ban Kiểm tra Tỉnh ủy tại Tờ trình số 45-TTr/UBKTTU ngày 02/12/2025,
BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ 2025 - 2030.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 145-QĐ/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy.
Điều 3. Ủy ban Kiểm tra Tỉnh ủy, các ban đảng, đảng ủy trực thuộc Tỉnh ủy chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Ủy ban Kiểm tra Trung ương (b/c),
- Như Điều 3,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ`,
    document: { type: 'Quyết định', number: '312-QĐ/TU', date: '2025-12-10', place: 'Ninh Bình', issuer: 'Ban Thường vụ Tỉnh ủy Ninh Bình' },
    references: [
      citesRef('Điều lệ', null, null, { name: 'Điều lệ Đảng', optional: true }),
      citesRef('Quy định', '296-QĐ/TW', '2025-05-30', { issuer: 'Ban Chấp hành Trung ương' }),
      citesRef('Tờ trình', '45-TTr/UBKTTU', '2025-12-02', { issuer: 'Ủy ban Kiểm tra Tỉnh ủy Ninh Bình' }),
      citesRef('Quyết định', '145-QĐ/TU', '2021-03-12', { issuer: 'Ban Thường vụ Tỉnh ủy Ninh Bình' }),
    ],
  },
  {
    id: 'third-10-city-ward-plan-health-resolution',
    about: 'a ward Party plan in the merged city: implements a Politburo resolution (glued "TWngày") and the city plan that implements it; a date broken across a line; an old district plan declared superseded',
    text: `ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
ĐẢNG ỦY PHƯỜNG SÀI GÒN
*
Số 14-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Sài Gòn, ngày 20 tháng 10 năm 2025
KẾ HOẠCH
thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân
-----
Thực hiện Nghị quyết số 72-NQ/TWngày 09/9/2025 của Bộ Chính trị và Kế hoạch số 25-KH/TU ngày 30 tháng 9
năm 2025 của Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh thực hiện Nghị quyết số 72-NQ/TW, Ban Thường vụ Đảng ủy phường xây dựng Kế hoạch thực hiện như sau:
I. MỤC TIÊU
Đến năm 2026, 100% người dân trên địa bàn phường được khám sức khỏe định kỳ ít nhất 1 lần/năm; 95% người dân có hồ sơ sức khỏe điện tử.
II. NHIỆM VỤ
1. Ủy ban nhân dân phường phối hợp Trạm Y tế phường tổ chức khám sàng lọc tại 12/12 khu phố.
2. Kế hoạch số 180-KH/QU ngày 10/3/2024 của Ban Thường vụ Quận ủy Quận 1 (trước sắp xếp) về chăm sóc sức khỏe Nhân dân không còn áp dụng trên địa bàn phường kể từ ngày ký Kế hoạch này.
Nơi nhận:
- Ban Thường vụ Thành ủy (b/c),
- Các chi bộ trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ`,
    document: { type: 'Kế hoạch', number: '14-KH/ĐU', date: '2025-10-20', place: 'Sài Gòn', issuer: 'Ban Thường vụ Đảng ủy phường Sài Gòn' },
    references: [
      implementsRef('Nghị quyết', '72-NQ/TW', '2025-09-09', { issuer: 'Bộ Chính trị' }),
      implementsRef('Kế hoạch', '25-KH/TU', '2025-09-30', { issuer: 'Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh' }),
      implementsRef('Nghị quyết', '72-NQ/TW', '2025-09-09', { subject: '25-KH/TU' }),
      citesRef('Kế hoạch', '180-KH/QU', '2024-03-10', { issuer: 'Ban Thường vụ Quận ủy Quận 1' }),
    ],
  },
  {
    id: 'third-11-provincial-final-report-chain',
    about: 'a provincial review report: a resolution carried out by an action programme "được cụ thể hóa bằng" a People\'s Committee plan; a later conclusion carried out by a directive; a congress resolution',
    text: `TỈNH ỦY QUẢNG BÌNH
*
Số 285-BC/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Đồng Hới, ngày 18 tháng 4 năm 2024
BÁO CÁO
tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày 09/6/2014 của Hội nghị Trung ương 9 khóa XI về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước
-----
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 22-CTr/TU ngày 12/9/2014 thực hiện Nghị quyết số 33-NQ/TW. Chương trình hành động được cụ thể hóa bằng Kế hoạch số 1520/KH-UBND ngày 05/11/2014 của UBND tỉnh.
Năm 2021, thực hiện Kết luận số 76-KL/TW ngày 04/6/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 33-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 20/01/2021 về xây dựng gia đình văn hóa, làng văn hóa giai đoạn mới.
Các chỉ tiêu văn hóa được đưa vào Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025.
II. KẾT QUẢ
Toàn tỉnh có 89,5% gia đình, 81% thôn, bản, tổ dân phố đạt danh hiệu văn hóa; 135/151 xã, phường, thị trấn có nhà văn hóa đạt chuẩn.
III. PHƯƠNG HƯỚNG
Tiếp tục quán triệt, thực hiện Nghị quyết số 33-NQ/TW và Kết luận số 76-KL/TW gắn với thực hiện Nghị quyết Đại hội XIII của Đảng.
Nơi nhận:
- Ban Tuyên giáo Trung ương (b/c),
- Thường trực Tỉnh ủy,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC`,
    document: { type: 'Báo cáo', number: '285-BC/TU', date: '2024-04-18', place: 'Đồng Hới', issuer: 'Ban Thường vụ Tỉnh ủy Quảng Bình' },
    references: [
      citesRef('Nghị quyết', '33-NQ/TW', '2014-06-09', { term: 'XI', alternatives: ['implements'] }),
      citesRef('Chương trình hành động', '22-CTr/TU', '2014-09-12', { issuer: 'Ban Thường vụ Tỉnh ủy Quảng Bình' }),
      implementsRef('Nghị quyết', '33-NQ/TW', '2014-06-09', { subject: '22-CTr/TU' }),
      citesRef('Kế hoạch', '1520/KH-UBND', '2014-11-05', { issuer: 'UBND tỉnh Quảng Bình' }),
      implementsRef('Chương trình hành động', '22-CTr/TU', '2014-09-12', { subject: '1520/KH-UBND' }),
      citesRef('Kết luận', '76-KL/TW', '2020-06-04', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
      implementsRef('Nghị quyết', '33-NQ/TW', '2014-06-09', { subject: '76-KL/TW' }),
      citesRef('Chỉ thị', '12-CT/TU', '2021-01-20', { issuer: 'Ban Thường vụ Tỉnh ủy Quảng Bình' }),
      implementsRef('Kết luận', '76-KL/TW', '2020-06-04', { subject: '12-CT/TU' }),
      citesRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII' }),
      citesRef('Nghị quyết', null, null, { name: 'Đại hội XIII', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'third-12-district-notice-mixed-nfd',
    about: 'a district Party notice of conclusions, half its text decomposed (NFD): a provincial directive, a central regulation with a stray space "190- QĐ/TW", the notice itself',
    text: `HUYỆN ỦY ĐÔNG ANH
*
Số 512-TB/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Đông Anh, ngày 22 tháng 11 năm 2024
THÔNG BÁO
${nfd('kết luận của Ban Thường vụ Huyện ủy về công tác chuẩn bị đại hội đảng bộ cơ sở')}
${nfd('Ngày 20/11/2024, Ban Thường vụ Huyện ủy họp nghe báo cáo tiến độ chuẩn bị đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030 theo Chỉ thị số 35-CT/TU ngày 25/7/2024 của Ban Thường vụ Thành ủy Hà Nội về đại hội đảng bộ các cấp.')} Ban Thường vụ Huyện ủy kết luận:
1. Đến nay 38/51 đảng bộ, chi bộ cơ sở đã hoàn thành xây dựng dự thảo báo cáo chính trị.
2. ${nfd('Công tác bầu cử thực hiện đúng Quy định số 190- QĐ/TW ngày 14/6/2024 của Bộ Chính trị về bầu cử trong Đảng')}.
3. Văn phòng Huyện ủy thông báo để các đảng bộ, chi bộ cơ sở biết, thực hiện. Thông báo số 512-TB/HU được gửi qua hệ thống mạng thông tin điện rộng của Đảng.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG`,
    document: { type: 'Thông báo', number: '512-TB/HU', date: '2024-11-22', place: 'Đông Anh', issuer: 'Ban Thường vụ Huyện ủy Đông Anh' },
    references: [
      citesRef('Chỉ thị', '35-CT/TU', '2024-07-25', { issuer: 'Ban Thường vụ Thành ủy Hà Nội', alternatives: ['implements'] }),
      citesRef('Quy định', '190-QĐ/TW', '2024-06-14', { issuer: 'Bộ Chính trị', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'third-13-commune-party-after-merger-old-districts',
    about: 'a new commune Party committee dispatch: documents of the two old district committees it replaces (HU), one of them "thực hiện" a provincial resolution of the merged-away province',
    text: `ĐẢNG BỘ TỈNH TUYÊN QUANG
ĐẢNG ỦY XÃ BẮC QUANG
*
Số 36-CV/ĐU
V/v rà soát văn bản của các cấp ủy trước sắp xếp
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Quang, ngày 15 tháng 8 năm 2025
Kính gửi: Các chi bộ trực thuộc Đảng ủy xã
Thực hiện Công văn số 58-CV/TU ngày 25/7/2025 của Ban Thường vụ Tỉnh ủy Tuyên Quang về rà soát, xử lý văn bản của các cấp ủy trước sắp xếp, Ban Thường vụ Đảng ủy xã đề nghị các chi bộ:
1. Tiếp tục thực hiện Nghị quyết số 10-NQ/HU ngày 05/5/2021 của Ban Chấp hành Đảng bộ huyện Bắc Quang (khóa XXI) về phát triển cây cam sành đến năm 2025 cho đến khi Đảng ủy xã ban hành văn bản thay thế.
2. Dừng thực hiện Kế hoạch số 150-KH/HU ngày 10/3/2023 của Ban Thường vụ Huyện ủy Bắc Quang thực hiện Nghị quyết số 05-NQ/TU ngày 18/10/2021 của Tỉnh ủy Hà Giang về phát triển kinh tế lâm nghiệp.
3. Báo cáo kết quả rà soát về Văn phòng Đảng ủy trước ngày 30/8/2025.
Nơi nhận:
- Như trên,
- Lưu Văn phòng Đảng ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ`,
    document: { type: 'Công văn', number: '36-CV/ĐU', date: '2025-08-15', place: 'Bắc Quang', issuer: 'Ban Thường vụ Đảng ủy xã Bắc Quang' },
    references: [
      implementsRef('Công văn', '58-CV/TU', '2025-07-25', { issuer: 'Ban Thường vụ Tỉnh ủy Tuyên Quang' }),
      implementsRef('Nghị quyết', '10-NQ/HU', '2021-05-05', { issuer: 'Ban Chấp hành Đảng bộ huyện Bắc Quang', term: 'XXI', alternatives: ['cites'] }),
      citesRef('Kế hoạch', '150-KH/HU', '2023-03-10', { issuer: 'Ban Thường vụ Huyện ủy Bắc Quang' }),
      implementsRef('Nghị quyết', '05-NQ/TU', '2021-10-18', { subject: '150-KH/HU', issuer: 'Tỉnh ủy Hà Giang' }),
    ],
  },
  {
    id: 'third-14-propaganda-orientation-slashed-symbols',
    about: 'a monthly propaganda orientation with malformed symbols "24/NQ/TW", "100 - KL/TW", "19- CT/TU" and a hard break inside one; no own number',
    text: `BAN TUYÊN GIÁO TỈNH ỦY BẮC KẠN
ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 6 NĂM 2024
Thực hiện Kế hoạch số 245-KH/TU, ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy về công tác tuyên giáo năm 2024, Ban Tuyên giáo Tỉnh ủy định hướng tuyên truyền tháng 6 như sau:
1. Tuyên truyền kết quả 10 năm thực hiện Nghị quyết số 24/NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường; Kết luận số 56 - KL/TW ngày 23/8/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết này.
2. Tuyên truyền Ngày Môi trường thế giới (05/6) gắn với thực hiện Chỉ thị số 19-
CT/TU ngày 12/4/2023 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ rừng.
3. Tuyên truyền kỷ niệm 99 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925 - 21/6/2024).`,
    document: { number: null, issuer: 'Ban Tuyên giáo Tỉnh ủy Bắc Kạn' },
    references: [
      implementsRef('Kế hoạch', '245-KH/TU', '2024-01-15', { issuer: 'Ban Thường vụ Tỉnh ủy Bắc Kạn' }),
      citesRef('Nghị quyết', '24-NQ/TW', '2013-06-03', { term: 'XI' }),
      citesRef('Kết luận', '56-KL/TW', '2019-08-23', { issuer: 'Bộ Chính trị' }),
      implementsRef('Nghị quyết', '24-NQ/TW', '2013-06-03', { subject: '56-KL/TW' }),
      citesRef('Chỉ thị', '19-CT/TU', '2023-04-12', { issuer: 'Ban Thường vụ Tỉnh ủy Bắc Kạn', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'third-15-merged-bloc-committee-plan',
    about: 'a plan of the new committee of provincial Party agencies after the merger: implements a Politburo resolution and the provincial plan for it; recalls the old province\'s plan for the same resolution',
    text: `ĐẢNG BỘ TỈNH QUẢNG TRỊ
ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH
*
Số 45-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Quảng Trị, ngày 05 tháng 9 năm 2025
KẾ HOẠCH
thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị về hội nhập quốc tế trong tình hình mới
-----
Thực hiện Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về hội nhập quốc tế trong tình hình mới và Kế hoạch số 12-KH/TU ngày 15/8/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 59-NQ/TW, Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Quán triệt đến 100% cán bộ, đảng viên trong 38 tổ chức cơ sở đảng trực thuộc; kế thừa kết quả thực hiện Kế hoạch số 250-KH/TU ngày 10/4/2025 của Ban Thường vụ Tỉnh ủy Quảng Bình (trước hợp nhất) thực hiện Nghị quyết số 59-NQ/TW.
II. NHIỆM VỤ
1. Các chi bộ, đảng bộ cơ sở đưa nội dung hội nhập quốc tế vào sinh hoạt chuyên đề ít nhất 01 lần/năm.
2. Báo cáo kết quả 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) về Ban Thường vụ Đảng ủy.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các tổ chức cơ sở đảng trực thuộc,
- Lưu Văn phòng Đảng ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ`,
    document: { type: 'Kế hoạch', number: '45-KH/ĐU', date: '2025-09-05', place: 'Quảng Trị', issuer: 'Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh Quảng Trị' },
    references: [
      implementsRef('Nghị quyết', '59-NQ/TW', '2025-01-24', { issuer: 'Bộ Chính trị' }),
      implementsRef('Kế hoạch', '12-KH/TU', '2025-08-15', { issuer: 'Ban Thường vụ Tỉnh ủy Quảng Trị' }),
      implementsRef('Nghị quyết', '59-NQ/TW', '2025-01-24', { subject: '12-KH/TU' }),
      citesRef('Kế hoạch', '250-KH/TU', '2025-04-10', { issuer: 'Ban Thường vụ Tỉnh ủy Quảng Bình' }),
      implementsRef('Nghị quyết', '59-NQ/TW', '2025-01-24', { subject: '250-KH/TU' }),
    ],
  },
];
