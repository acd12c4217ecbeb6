// A third held-out batch: People's Committees and councils of provinces, districts and
// communes, departments, joint documents with two issuers, and the mass organisations
// (Đoàn, Hội LHPN, MTTQ, LĐLĐ, Hội Nông dân, Hội CCB, Hội NCT), before and after the July
// 2025 merger; decisions that issue attached regulations, amend or replace; dispatches
// answering dispatches; text damage (NFD, CRLF, NBSP, zero-width spaces, PDF "ƣ").
import { NBSP, ZWSP, citesRef, crlf, implementsRef, nfd, pdfHorn, type CorpusCase } from './case.ts';

export const thirdStateAndMassCases: CorpusCase[] = [
  {
    id: 'third-20-merged-province-decision-replaces-two',
    about: 'a normative decision of the merged province issuing an attached regulation and replacing decisions of both old provinces; laws named with dates, a decree, a submission',
    text: `ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 35/2025/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 15 tháng 9 năm 2025
QUYẾT ĐỊNH
Ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Bắc Ninh
ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;
Căn cứ Nghị định số 150/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 215/TTr-SNV ngày 05 tháng 9 năm 2025.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Bắc Ninh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 9 năm 2025 và thay thế Quyết định số 25/2022/QĐ-UBND ngày 10 tháng 8 năm 2022 của UBND tỉnh Bắc Giang và Quyết định số 12/2023/QĐ-UBND ngày 05 tháng 4 năm 2023 của UBND tỉnh Bắc Ninh (trước sắp xếp).
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Bộ Nội vụ;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Như Điều 3;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH`,
    document: { type: 'Quyết định', number: '35/2025/QĐ-UBND', date: '2025-09-15', place: 'Bắc Ninh', issuer: 'UBND tỉnh Bắc Ninh' },
    references: [
      citesRef('Luật', null, '2025-06-16', { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Luật', null, '2025-02-19', { name: 'Ban hành văn bản quy phạm pháp luật' }),
      citesRef('Nghị định', '150/2025/NĐ-CP', '2025-06-12', { issuer: 'Chính phủ' }),
      citesRef('Tờ trình', '215/TTr-SNV', '2025-09-05', { issuer: 'Sở Nội vụ tỉnh Bắc Ninh' }),
      citesRef('Quyết định', '25/2022/QĐ-UBND', '2022-08-10', { issuer: 'UBND tỉnh Bắc Giang' }),
      citesRef('Quyết định', '12/2023/QĐ-UBND', '2023-04-05', { issuer: 'UBND tỉnh Bắc Ninh' }),
    ],
  },
  {
    id: 'third-21-new-commune-plan-pipe-header',
    about: 'a new commune\'s plan with a "|" header: implements a provincial plan of the merged province and continues a plan of the abolished district that implemented a provincial decision',
    text: `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
XÃ LẬP THẠCH | Độc lập - Tự do - Hạnh phúc |
Số: 42/KH-UBND | Lập Thạch, ngày 08 tháng 8 năm 2025 |
KẾ HOẠCH
Chuyển đổi số trên địa bàn xã Lập Thạch năm 2025
Thực hiện Kế hoạch số 95/KH-UBND ngày 22/7/2025 của UBND tỉnh Phú Thọ về chuyển đổi số năm 2025; tiếp tục triển khai các nội dung còn hiệu lực của Kế hoạch số 120/KH-UBND ngày 15/3/2025 của UBND huyện Lập Thạch (cũ) thực hiện Quyết định số 512/QĐ-UBND ngày 28/02/2025 của UBND tỉnh Vĩnh Phúc về Chương trình chuyển đổi số tỉnh Vĩnh Phúc năm 2025, UBND xã xây dựng Kế hoạch như sau:
I. MỤC TIÊU
100% hồ sơ thủ tục hành chính được số hóa; 70% người dân trưởng thành có tài khoản định danh điện tử mức độ 2; 18/18 thôn có tổ công nghệ số cộng đồng.
II. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã tham mưu triển khai; báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15/12/2025.
Nơi nhận:
- UBND tỉnh (b/c);
- Đảng ủy, HĐND xã;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH`,
    document: { type: 'Kế hoạch', number: '42/KH-UBND', date: '2025-08-08', place: 'Lập Thạch', issuer: 'UBND xã Lập Thạch' },
    references: [
      implementsRef('Kế hoạch', '95/KH-UBND', '2025-07-22', { issuer: 'UBND tỉnh Phú Thọ' }),
      implementsRef('Kế hoạch', '120/KH-UBND', '2025-03-15', { issuer: 'UBND huyện Lập Thạch' }),
      implementsRef('Quyết định', '512/QĐ-UBND', '2025-02-28', { subject: '120/KH-UBND', issuer: 'UBND tỉnh Vĩnh Phúc' }),
    ],
  },
  {
    id: 'third-22-department-reply-crlf',
    about: 'a department dispatch with CRLF endings answering a provincial dispatch ("Phúc đáp") that forwarded a ministry request ("Theo đề nghị tại Công văn số …"); a circular as basis',
    text: crlf(`UBND TỈNH NGHỆ AN
SỞ XÂY DỰNG
Số: 3456/SXD-QLN
V/v báo cáo tình hình phát triển nhà ở xã hội
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 03 tháng 10 năm 2024
Kính gửi: Ủy ban nhân dân tỉnh Nghệ An
Phúc đáp Công văn số 7812/UBND-CN ngày 25/9/2024 của UBND tỉnh về việc báo cáo theo đề nghị tại Công văn số 4521/BXD-QLN ngày 16/9/2024 của Bộ Xây dựng; căn cứ Thông tư số 05/2024/TT-BXD ngày 31/7/2024 của Bộ Xây dựng quy định chi tiết một số điều của Luật Nhà ở, Sở Xây dựng báo cáo như sau:
1. Đến nay trên địa bàn tỉnh có 12 dự án nhà ở xã hội, tổng số 8.450 căn hộ; đã hoàn thành 5/12 dự án.
2. Khó khăn: quỹ đất 20% dành cho nhà ở xã hội tại các dự án nhà ở thương mại chưa được bố trí đồng bộ.
Sở Xây dựng kính báo cáo UBND tỉnh xem xét, tổng hợp báo cáo Bộ Xây dựng.
Nơi nhận:
- Như trên;
- Giám đốc Sở;
- Lưu: VT, QLN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC`),
    document: { type: 'Công văn', number: '3456/SXD-QLN', date: '2024-10-03', place: 'Nghệ An', issuer: 'Sở Xây dựng tỉnh Nghệ An' },
    references: [
      citesRef('Công văn', '7812/UBND-CN', '2024-09-25', { issuer: 'UBND tỉnh Nghệ An', alternatives: ['implements'] }),
      citesRef('Công văn', '4521/BXD-QLN', '2024-09-16', { issuer: 'Bộ Xây dựng', subject: '7812/UBND-CN', alternatives: ['implements'] }),
      citesRef('Thông tư', '05/2024/TT-BXD', '2024-07-31', { issuer: 'Bộ Xây dựng' }),
      citesRef('Công văn', '4521/BXD-QLN', '2024-09-16', { optional: true }),
      implementsRef('Luật', null, null, { name: 'Luật Nhà ở', subject: '05/2024/TT-BXD', alternatives: ['cites'], optional: true }),
    ],
  },
  {
    id: 'third-23-district-decision-amends-regulation',
    about: 'a district decision amending a regulation issued with an earlier decision ("sửa đổi, bổ sung"), repealing a clause of another; no own attachment cited',
    text: `ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN
Số: 1845/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Đàn, ngày 14 tháng 5 năm 2024
QUYẾT ĐỊNH
Về việc sửa đổi, bổ sung một số điều của Quy chế làm việc của Ủy ban nhân dân huyện nhiệm kỳ 2021 - 2026 ban hành kèm theo Quyết định số 2210/QĐ-UBND ngày 20/7/2021 của UBND huyện
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;
Căn cứ Quyết định số 15/2022/QĐ-UBND ngày 03/3/2022 của UBND tỉnh Nghệ An ban hành Quy chế làm việc mẫu của UBND huyện, thành phố, thị xã;
Xét đề nghị của Chánh Văn phòng HĐND và UBND huyện.
QUYẾT ĐỊNH:
Điều 1. Sửa đổi, bổ sung Điều 8 và Điều 15 của Quy chế làm việc ban hành kèm theo Quyết định số 2210/QĐ-UBND như sau: ...
Điều 2. Bãi bỏ khoản 3 Điều 2 Quyết định số 3012/QĐ-UBND ngày 10/10/2022 của UBND huyện về phân công nhiệm vụ thành viên UBND huyện.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH`,
    document: { type: 'Quyết định', number: '1845/QĐ-UBND', date: '2024-05-14', place: 'Nam Đàn', issuer: 'UBND huyện Nam Đàn' },
    references: [
      citesRef('Quyết định', '2210/QĐ-UBND', '2021-07-20', { issuer: 'UBND huyện Nam Đàn' }),
      citesRef('Quy chế', null, null, { name: 'Quy chế làm việc', optional: true }),
      citesRef('Luật', null, '2015-06-19', { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Luật', null, '2019-11-22', { name: 'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ' }),
      citesRef('Quyết định', '15/2022/QĐ-UBND', '2022-03-03', { issuer: 'UBND tỉnh Nghệ An' }),
      citesRef('Quyết định', '3012/QĐ-UBND', '2022-10-10', { issuer: 'UBND huyện Nam Đàn' }),
    ],
  },
  {
    id: 'third-24-womens-union-plan-nbsp',
    about: 'a provincial women\'s union plan with no-break spaces: implements the central union\'s plan and a national congress resolution, on the basis of a Secretariat directive',
    text: `HỘI LHPN VIỆT NAM
HỘI LHPN TỈNH THANH HÓA
Số:${NBSP}58/KH-HPN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày${NBSP}20 tháng 02 năm 2024
KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm 114 năm Ngày Quốc tế Phụ nữ 8/3
Thực hiện Kế hoạch số${NBSP}12/KH-ĐCT ngày 30/01/2024 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII; căn cứ Chỉ thị số${NBSP}21-CT/TW ngày 20/01/2023 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch như sau:
1. Tổ chức tọa đàm "Phụ nữ Thanh Hóa khởi nghiệp" với 300 hội viên; thăm, tặng 114 suất quà cho phụ nữ có hoàn cảnh khó khăn.
2. Các huyện, thị xã, thành phố báo cáo kết quả trước ngày 15/3/2024.
Nơi nhận:
- Đoàn Chủ tịch TW Hội (b/c);
- Ban Dân vận Tỉnh ủy (b/c);
- Lưu: VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH`,
    document: { type: 'Kế hoạch', number: '58/KH-HPN', date: '2024-02-20', place: 'Thanh Hóa', issuer: 'Ban Thường vụ Hội LHPN tỉnh Thanh Hóa' },
    references: [
      implementsRef('Kế hoạch', '12/KH-ĐCT', '2024-01-30', { issuer: 'Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII' }),
      citesRef('Chỉ thị', '21-CT/TW', '2023-01-20', { issuer: 'Ban Bí thư' }),
    ],
  },
  {
    id: 'third-25-provincial-youth-programme',
    about: 'a provincial Youth Union programme with a compound symbol: implements a central Youth Union plan and a congress resolution, relies on a law and a Politburo conclusion',
    text: `BCH ĐOÀN TNCS HỒ CHÍ MINH
TỈNH GIA LAI
***
Số: 85-CTr/TĐTN-TNNT
ĐOÀN TNCS HỒ CHÍ MINH
Gia Lai, ngày 25 tháng 3 năm 2024
CHƯƠNG TRÌNH
Thanh niên tình nguyện tham gia xây dựng nông thôn mới năm 2024
-----
Thực hiện Kế hoạch số 312-KH/TWĐTN-PTTN ngày 12/01/2024 của Ban Bí thư Trung ương Đoàn về triển khai các chiến dịch thanh niên tình nguyện hè năm 2024 và Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Gia Lai lần thứ XVI, nhiệm kỳ 2022 - 2027; căn cứ Luật Thanh niên năm 2020, Ban Thường vụ Tỉnh Đoàn xây dựng Chương trình như sau:
I. CHỈ TIÊU
Mỗi cơ sở Đoàn thực hiện ít nhất 01 công trình thanh niên; toàn tỉnh làm mới 50 km đường giao thông nông thôn, 17/17 huyện, thị xã, thành phố ra quân đồng loạt.
II. GIẢI PHÁP
Gắn các hoạt động với tuyên truyền Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Nơi nhận:
- TW Đoàn (b/c);
- Thường trực Tỉnh ủy (b/c);
- Các huyện, thị, thành Đoàn;
- Lưu VP.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ`,
    document: { type: 'Chương trình', number: '85-CTr/TĐTN-TNNT', date: '2024-03-25', place: 'Gia Lai', issuer: 'Ban Thường vụ Tỉnh Đoàn Gia Lai' },
    references: [
      implementsRef('Kế hoạch', '312-KH/TWĐTN-PTTN', '2024-01-12', { issuer: 'Ban Bí thư Trung ương Đoàn' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Gia Lai lần thứ XVI' }),
      citesRef('Luật', null, null, { name: 'Luật Thanh niên' }),
      citesRef('Kết luận', '01-KL/TW', '2021-05-18', { issuer: 'Bộ Chính trị' }),
      implementsRef('Chỉ thị', '05-CT/TW', null, { subject: '01-KL/TW' }),
    ],
  },
  {
    id: 'third-26-district-front-guidance-joint-resolution',
    about: 'a district Fatherland Front guidance: implements the provincial Front\'s guidance; a joint resolution of three issuers with its long compound symbol; a law by name and year',
    text: `UBMTTQ VIỆT NAM TỈNH QUẢNG NAM
BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM
HUYỆN ĐẠI LỘC
Số: 12/HD-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đại Lộc, ngày 18 tháng 3 năm 2024
HƯỚNG DẪN
Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo năm 2024
Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam;
Thực hiện Hướng dẫn số 45/HD-MTTQ-BTT ngày 10/3/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam huyện hướng dẫn như sau:
1. Đối tượng giám sát: UBND 18/18 xã, thị trấn và các hộ được hỗ trợ.
2. Thời gian: hoàn thành trong tháng 5/2024; báo cáo kết quả về Ban Thường trực trước ngày 10/6/2024.
Nơi nhận:
- BTT UBMTTQ tỉnh (b/c);
- TT Huyện ủy, HĐND, UBND huyện;
- Lưu VT.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH`,
    document: { type: 'Hướng dẫn', number: '12/HD-MTTQ-BTT', date: '2024-03-18', place: 'Đại Lộc', issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam huyện Đại Lộc' },
    references: [
      citesRef('Luật', null, null, { name: 'Luật Mặt trận Tổ quốc Việt Nam' }),
      citesRef('Nghị quyết liên tịch', '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', '2017-06-15'),
      implementsRef('Hướng dẫn', '45/HD-MTTQ-BTT', '2024-03-10', { issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam' }),
    ],
  },
  {
    id: 'third-27-labour-federation-dispatch-zwsp',
    about: 'a provincial labour federation dispatch with zero-width spaces inside symbols: implements a dispatch of the national federation, continues a Politburo resolution, relies on the 2024 trade union law',
    text: `LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI
Số: 512/LĐLĐ-TC
V/v hướng dẫn thành lập công đoàn cơ sở trong doanh nghiệp ngoài nhà nước
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 19 tháng 8 năm 2024
Kính gửi: Liên đoàn Lao động các huyện, thành phố; công đoàn các khu công nghiệp
Thực hiện Công văn số 1234/${ZWSP}TLĐ ngày 10/8/2024 của Tổng Liên đoàn Lao động Việt Nam về phát triển đoàn viên, thành lập công đoàn cơ sở; tiếp tục thực hiện Nghị quyết số 02-NQ/${ZWSP}TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; căn cứ Luật Công đoàn năm 2024, Ban Thường vụ Liên đoàn Lao động tỉnh hướng dẫn như sau:
1. Mỗi Liên đoàn Lao động cấp huyện thành lập mới ít nhất 03 công đoàn cơ sở trong năm 2024; phát triển 15.000 đoàn viên.
2. Hồ sơ gửi về Ban Tổ chức LĐLĐ tỉnh (điện thoại 0251.3822.456) trước ngày 30/11/2024.
Nơi nhận:
- Như trên;
- Tổng LĐLĐ Việt Nam (b/c);
- Lưu: VT, TC.
TM. BAN THƯỜNG VỤ
PHÓ CHỦ TỊCH`,
    document: { type: 'Công văn', number: '512/LĐLĐ-TC', date: '2024-08-19', place: 'Đồng Nai', issuer: 'Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai' },
    references: [
      implementsRef('Công văn', '1234/TLĐ', '2024-08-10', { issuer: 'Tổng Liên đoàn Lao động Việt Nam' }),
      implementsRef('Nghị quyết', '02-NQ/TW', '2021-06-12', { issuer: 'Bộ Chính trị' }),
      citesRef('Luật', null, null, { name: 'Luật Công đoàn' }),
    ],
  },
  {
    id: 'third-28-farmers-union-plan-pdf',
    about: 'a district farmers\' union plan from a PDF ("ƣ"), a decision of the Prime Minister, the provincial union\'s plan that implements a Secretariat conclusion, hard line breaks inside a reference',
    text: pdfHorn(`HỘI NÔNG DÂN TỈNH THÁI BÌNH
BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN VŨ THƯ
Số: 45-KH/HNDH
Vũ Thư, ngày 06 tháng 3 năm 2024
KẾ HOẠCH
Phối hợp hỗ trợ nông dân phát triển sản xuất năm 2024
Căn cứ Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ ban hành Quy chế phối hợp giữa các bộ, ngành, Ủy ban nhân dân các cấp với Hội Nông dân Việt Nam các cấp trong việc tạo điều kiện để Hội Nông dân Việt Nam các cấp tham gia giám sát, phản biện xã hội; thực hiện Kế hoạch số
95-KH/HNDT ngày 20/02/2024 của Ban Thường vụ Hội Nông dân tỉnh thực hiện Kết luận số 61-KL/TW ngày 17/8/2023 của Ban Bí thư, Ban Thường vụ Hội Nông dân huyện xây dựng Kế hoạch như sau:
1. Phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân 25 tỷ đồng cho 520 hộ hội viên vay vốn.
2. Mỗi xã xây dựng ít nhất 01 mô hình sản xuất hữu cơ; toàn huyện có 30/30 xã tham gia.
Nơi nhận:
- Thường trực Hội Nông dân tỉnh (b/c);
- Thường trực Huyện ủy (b/c);
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH`),
    document: { type: 'Kế hoạch', number: '45-KH/HNDH', date: '2024-03-06', place: 'Vũ Thư', issuer: 'Ban Thường vụ Hội Nông dân huyện Vũ Thư' },
    references: [
      citesRef('Quyết định', '81/2014/QĐ-TTg', '2014-12-31', { issuer: 'Thủ tướng Chính phủ' }),
      implementsRef('Kế hoạch', '95-KH/HNDT', '2024-02-20', { issuer: 'Ban Thường vụ Hội Nông dân tỉnh Thái Bình' }),
      implementsRef('Kết luận', '61-KL/TW', '2023-08-17', { subject: '95-KH/HNDT', issuer: 'Ban Bí thư' }),
    ],
  },
  {
    id: 'third-29-veterans-review-report',
    about: 'a provincial veterans\' association review report recapping its own plan that implemented a central association resolution and a Party directive; ordinance by name',
    text: `HỘI CỰU CHIẾN BINH VIỆT NAM
HỘI CỰU CHIẾN BINH TỈNH SÓC TRĂNG
Số: 28/BC-CCB
Sóc Trăng, ngày 25 tháng 11 năm 2024
BÁO CÁO
Sơ kết 3 năm thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư
Ngày 08/12/2021, Ban Bí thư ban hành Chỉ thị số 09-CT/TW về tăng cường sự lãnh đạo của Đảng đối với Hội Cựu chiến binh Việt Nam trong tình hình mới. Ban Thường vụ Hội CCB tỉnh đã ban hành Kế hoạch số 12/KH-CCB ngày 15/02/2022 thực hiện Chỉ thị số 09-CT/TW và Nghị quyết số 02/NQ-CCBTW ngày 20/01/2022 của Ban Chấp hành Trung ương Hội CCB Việt Nam về công tác hội năm 2022.
Kết quả: 100% cơ sở hội học tập, quán triệt Chỉ thị; kết nạp mới 1.245 hội viên; 109/109 xã, phường, thị trấn có mô hình "Cựu chiến binh giúp nhau làm kinh tế".
Hội CCB các cấp thường xuyên tuyên truyền Pháp lệnh Cựu chiến binh năm 2005 đến hội viên.
Nơi nhận:
- Trung ương Hội CCB Việt Nam (b/c);
- Ban Dân vận Tỉnh ủy;
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH`,
    document: { type: 'Báo cáo', number: '28/BC-CCB', date: '2024-11-25', place: 'Sóc Trăng', issuer: 'Ban Thường vụ Hội Cựu chiến binh tỉnh Sóc Trăng' },
    references: [
      citesRef('Chỉ thị', '09-CT/TW', '2021-12-08', { issuer: 'Ban Bí thư', alternatives: ['implements'] }),
      citesRef('Kế hoạch', '12/KH-CCB', '2022-02-15', { issuer: 'Ban Thường vụ Hội CCB tỉnh Sóc Trăng' }),
      implementsRef('Chỉ thị', '09-CT/TW', '2021-12-08', { subject: '12/KH-CCB' }),
      implementsRef('Nghị quyết', '02/NQ-CCBTW', '2022-01-20', { subject: '12/KH-CCB', issuer: 'Ban Chấp hành Trung ương Hội CCB Việt Nam' }),
      citesRef('Pháp lệnh', null, null, { name: 'Pháp lệnh Cựu chiến binh' }),
    ],
  },
  {
    id: 'third-30-elderly-association-plan-chain',
    about: 'a provincial elderly association plan: the law on the elderly, a national programme issued with a PM decision, the provincial plan implementing that decision',
    text: `HỘI NGƯỜI CAO TUỔI TỈNH LẠNG SƠN
Số: 25/KH-HNCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 12 tháng 4 năm 2024
KẾ HOẠCH
Thực hiện Tháng hành động vì người cao tuổi Việt Nam năm 2024
Căn cứ Luật Người cao tuổi năm 2009; Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021 - 2030 ban hành kèm theo Quyết định số 1579/QĐ-TTg ngày 22/9/2021 của Thủ tướng Chính phủ;
Thực hiện Kế hoạch số 68/KH-UBND ngày 02/4/2024 của UBND tỉnh thực hiện Quyết định số 1579/QĐ-TTg trên địa bàn tỉnh năm 2024, Ban Thường vụ Hội NCT tỉnh xây dựng kế hoạch như sau:
1. Tổ chức khám sức khỏe định kỳ cho 15.000 NCT; mừng thọ 100% NCT tròn 70, 75, 80, 85, 90, 95 và trên 100 tuổi.
2. Vận động Quỹ Chăm sóc và phát huy vai trò NCT đạt 2 tỷ đồng; 11/11 huyện, thành phố có câu lạc bộ liên thế hệ tự giúp nhau.
Nơi nhận:
- TW Hội NCT Việt Nam (b/c);
- UBND tỉnh (b/c);
- Lưu VP.
TM. BAN CHẤP HÀNH
CHỦ TỊCH`,
    document: { type: 'Kế hoạch', number: '25/KH-HNCT', date: '2024-04-12', place: 'Lạng Sơn', issuer: 'Ban Thường vụ Hội Người cao tuổi tỉnh Lạng Sơn' },
    references: [
      citesRef('Luật', null, null, { name: 'Luật Người cao tuổi' }),
      citesRef('Quyết định', '1579/QĐ-TTg', '2021-09-22', { issuer: 'Thủ tướng Chính phủ' }),
      citesRef('Chương trình hành động', null, null, { name: 'Chương trình hành động quốc gia về người cao tuổi', optional: true }),
      implementsRef('Kế hoạch', '68/KH-UBND', '2024-04-02', { issuer: 'UBND tỉnh Lạng Sơn' }),
      implementsRef('Quyết định', '1579/QĐ-TTg', '2021-09-22', { subject: '68/KH-UBND' }),
    ],
  },
  {
    id: 'third-31-joint-plan-mobilisation-front',
    about: 'a joint plan of the provincial Party mobilisation board and the provincial Front (two issuers, compound symbol); implements a joint central guidance and a Politburo regulation',
    text: `BAN DÂN VẬN TỈNH ỦY - BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM TỈNH HÀ TĨNH
Số: 05-KHLT/BDV-MTTQ
Hà Tĩnh, ngày 15 tháng 5 năm 2024
KẾ HOẠCH LIÊN TỊCH
Thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2024
Thực hiện Hướng dẫn liên tịch số 02-HDLT/BDVTW-MTTW ngày 10/01/2024 của Ban Dân vận Trung ương và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; Quy định số 120-QĐ/TW ngày 20/7/2023 của Bộ Chính trị về dân vận và thực hiện dân chủ ở cơ sở (gọi tắt là Quy định 120), Ban Dân vận Tỉnh ủy và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thống nhất ban hành Kế hoạch liên tịch như sau:
1. 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc; mỗi huyện xây dựng ít nhất 02 khu dân cư kiểu mẫu.
2. Đánh giá việc thực hiện Quy định 120 tại 12/13 huyện, thị xã, thành phố.
TM. BAN THƯỜNG TRỰC UBMTTQ
CHỦ TỊCH
TM. BAN DÂN VẬN TỈNH ỦY
TRƯỞNG BAN`,
    document: { type: 'Kế hoạch', number: '05-KHLT/BDV-MTTQ', date: '2024-05-15', place: 'Hà Tĩnh', issuer: 'Ban Dân vận Tỉnh ủy và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh' },
    references: [
      implementsRef('Hướng dẫn liên tịch', '02-HDLT/BDVTW-MTTW', '2024-01-10', { issuer: 'Ban Dân vận Trung ương và Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam' }),
      implementsRef('Quy định', '120-QĐ/TW', '2023-07-20', { issuer: 'Bộ Chính trị' }),
    ],
  },
  {
    id: 'third-32-joint-programme-department-farmers',
    about: 'a joint programme of a merged department and the provincial farmers\' union after the 2025 merger; a joint resolution at central level named without a number; a provincial plan',
    text: `SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG - HỘI NÔNG DÂN TỈNH ĐỒNG THÁP
Số: 03/CTrPH-SNNMT-HND
Đồng Tháp, ngày 26 tháng 8 năm 2025
CHƯƠNG TRÌNH PHỐI HỢP
Về hỗ trợ nông dân chuyển đổi số và sản xuất giảm phát thải giai đoạn 2025 - 2030
Căn cứ Nghị quyết liên tịch giữa Bộ Nông nghiệp và Môi trường và Trung ương Hội Nông dân Việt Nam về phối hợp hỗ trợ nông dân giai đoạn 2025 - 2030;
Thực hiện Kế hoạch số 156/KH-UBND ngày 05/8/2025 của UBND tỉnh Đồng Tháp về phát triển bền vững 1 triệu héc ta chuyên canh lúa chất lượng cao, phát thải thấp trên địa bàn tỉnh; tiếp tục triển khai Chương trình phối hợp số 07/CTrPH-SNN-HND ngày 12/3/2022 giữa Sở Nông nghiệp và Phát triển nông thôn và Hội Nông dân tỉnh Tiền Giang (trước hợp nhất), hai bên thống nhất Chương trình phối hợp như sau:
1. Tập huấn cho 6.000 hội viên về canh tác lúa giảm phát thải; xây dựng 20 hợp tác xã kiểu mẫu.
2. Định kỳ 6 tháng hai bên họp đánh giá; năm 2030 tổng kết.
GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CHỦ TỊCH HỘI NÔNG DÂN TỈNH`,
    document: { type: 'Chương trình phối hợp', number: '03/CTrPH-SNNMT-HND', date: '2025-08-26', place: 'Đồng Tháp', issuer: 'Sở Nông nghiệp và Môi trường và Hội Nông dân tỉnh Đồng Tháp' },
    references: [
      citesRef('Nghị quyết liên tịch', null, null, { name: 'Nghị quyết liên tịch giữa Bộ Nông nghiệp và Môi trường' }),
      implementsRef('Kế hoạch', '156/KH-UBND', '2025-08-05', { issuer: 'UBND tỉnh Đồng Tháp' }),
      implementsRef('Chương trình phối hợp', '07/CTrPH-SNN-HND', '2022-03-12', { alternatives: ['cites'] }),
    ],
  },
  {
    id: 'third-33-provincial-dispatch-nfd-ministry-request',
    about: 'a provincial People\'s Committee dispatch in decomposed Unicode: answers a ministry request ("Theo đề nghị tại Công văn số …"), assigns departments, recalls a decision',
    text: nfd(`ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 9876/UBND-KT
V/v góp ý dự thảo Nghị định quy định chi tiết Luật Đất đai
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 28 tháng 10 năm 2025
Kính gửi: Bộ Nông nghiệp và Môi trường
Theo đề nghị tại Công văn số 6543/BNNMT-QLĐĐ ngày 15/10/2025 của Bộ Nông nghiệp và Môi trường về việc góp ý dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai, UBND tỉnh Khánh Hòa có ý kiến như sau:
1. Thống nhất với sự cần thiết ban hành Nghị định.
2. Đề nghị bổ sung quy định chuyển tiếp đối với hồ sơ đã tiếp nhận trước ngày 01/7/2025 tại các huyện của tỉnh Ninh Thuận (cũ) theo Quyết định số 245/QĐ-UBND ngày 20/3/2024 của UBND tỉnh Ninh Thuận.
Nơi nhận:
- Như trên;
- Sở Nông nghiệp và Môi trường;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH`),
    document: { type: 'Công văn', number: '9876/UBND-KT', date: '2025-10-28', place: 'Khánh Hòa', issuer: 'UBND tỉnh Khánh Hòa' },
    references: [
      citesRef('Công văn', '6543/BNNMT-QLĐĐ', '2025-10-15', { issuer: 'Bộ Nông nghiệp và Môi trường' }),
      citesRef('Nghị định', '102/2024/NĐ-CP', '2024-07-30', { issuer: 'Chính phủ' }),
      citesRef('Luật', null, null, { name: 'Luật Đất đai', optional: true }),
      citesRef('Quyết định', '245/QĐ-UBND', '2024-03-20', { issuer: 'UBND tỉnh Ninh Thuận' }),
    ],
  },
  {
    id: 'third-34-council-resolution-replaces',
    about: 'a provincial council normative resolution: laws as basis, a submission and a verification report considered, an earlier resolution replaced',
    text: `HỘI ĐỒNG NHÂN DÂN
TỈNH QUẢNG NINH
Số: 18/2024/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 12 tháng 7 năm 2024
NGHỊ QUYẾT
Quy định mức hỗ trợ đối với cán bộ, công chức, viên chức làm công tác tiếp công dân, xử lý đơn thư trên địa bàn tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH
KHÓA XIV - KỲ HỌP THỨ 21
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013;
Xét Tờ trình số 3150/TTr-UBND ngày 20 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra số 95/BC-HĐND ngày 05 tháng 7 năm 2024 của Ban Pháp chế Hội đồng nhân dân tỉnh và ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Mức hỗ trợ 200.000 đồng/người/ngày đối với người trực tiếp tiếp công dân.
Điều 2. Nghị quyết này thay thế Nghị quyết số 58/2017/NQ-HĐND ngày 08 tháng 12 năm 2017 của Hội đồng nhân dân tỉnh.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Ninh khóa XIV, Kỳ họp thứ 21 thông qua ngày 12 tháng 7 năm 2024 và có hiệu lực từ ngày 22 tháng 7 năm 2024.
CHỦ TỊCH`,
    document: { type: 'Nghị quyết', number: '18/2024/NQ-HĐND', date: '2024-07-12', place: 'Quảng Ninh', issuer: 'HĐND tỉnh Quảng Ninh' },
    references: [
      citesRef('Luật', null, '2015-06-19', { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Luật', null, '2015-06-25', { name: 'Ngân sách nhà nước' }),
      citesRef('Luật', null, '2013-11-25', { name: 'Tiếp công dân' }),
      citesRef('Tờ trình', '3150/TTr-UBND', '2024-06-20', { issuer: 'UBND tỉnh Quảng Ninh' }),
      citesRef('Báo cáo', '95/BC-HĐND', '2024-07-05', { issuer: 'Ban Pháp chế HĐND tỉnh Quảng Ninh' }),
      citesRef('Nghị quyết', '58/2017/NQ-HĐND', '2017-12-08', { issuer: 'HĐND tỉnh Quảng Ninh' }),
    ],
  },
  {
    id: 'third-35-commune-report-old-town-documents',
    about: 'a ward People\'s Committee report after the merger recapping a plan of the abolished town that implemented a district decision; a dispatch it answers',
    text: `ỦY BAN NHÂN DÂN
PHƯỜNG BÌNH MINH
Số: 115/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Minh, ngày 30 tháng 9 năm 2025
BÁO CÁO
Kết quả thực hiện công tác giảm nghèo 9 tháng năm 2025
Thực hiện Công văn số 2210/SNV-BTXH ngày 15/9/2025 của Sở Nội vụ tỉnh Vĩnh Long về báo cáo kết quả giảm nghèo, UBND phường báo cáo như sau:
1. Trước sắp xếp, UBND thị xã Bình Minh đã ban hành Kế hoạch số 45/KH-UBND ngày 20/02/2025 thực hiện Quyết định số 310/QĐ-UBND ngày 10/02/2025 của UBND tỉnh Vĩnh Long (cũ) về giao chỉ tiêu giảm nghèo năm 2025.
2. Đến ngày 30/9/2025, toàn phường còn 85 hộ nghèo (tỷ lệ 0,92%), giảm 41 hộ; 3/5 khóm đạt chỉ tiêu.
Nơi nhận:
- Sở Nội vụ;
- Đảng ủy phường;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH`,
    document: { type: 'Báo cáo', number: '115/BC-UBND', date: '2025-09-30', place: 'Bình Minh', issuer: 'UBND phường Bình Minh' },
    references: [
      implementsRef('Công văn', '2210/SNV-BTXH', '2025-09-15', { issuer: 'Sở Nội vụ tỉnh Vĩnh Long' }),
      citesRef('Kế hoạch', '45/KH-UBND', '2025-02-20', { issuer: 'UBND thị xã Bình Minh' }),
      implementsRef('Quyết định', '310/QĐ-UBND', '2025-02-10', { subject: '45/KH-UBND', issuer: 'UBND tỉnh Vĩnh Long' }),
    ],
  },
  {
    id: 'third-36-school-union-plan-unit-level',
    about: 'a grassroots trade union plan in a school (unit level): implements the district federation\'s guidance and the staff conference resolution (named, no number); the 2024 trade union law',
    text: `LĐLĐ HUYỆN TIÊN DU
CÔNG ĐOÀN TRƯỜNG THCS NGUYỄN ĐĂNG ĐẠO
Số: 05/KH-CĐCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiên Du, ngày 16 tháng 10 năm 2024
KẾ HOẠCH
Hoạt động công đoàn năm học 2024 - 2025
Căn cứ Luật Công đoàn năm 2024;
Thực hiện Hướng dẫn số 18/HD-LĐLĐ ngày 30/9/2024 của Liên đoàn Lao động huyện Tiên Du về nhiệm vụ công tác công đoàn năm học 2024 - 2025 và Nghị quyết Hội nghị cán bộ, công chức, viên chức năm học 2024 - 2025 của nhà trường, Ban Chấp hành Công đoàn trường xây dựng kế hoạch như sau:
1. 100% đoàn viên tham gia phong trào "Đổi mới, sáng tạo trong dạy và học"; 45/48 đoàn viên đạt danh hiệu lao động tiên tiến.
2. Tổ chức 02 chuyến tham quan học tập kinh nghiệm; thăm hỏi 100% đoàn viên ốm đau, có hoàn cảnh khó khăn.
Nơi nhận:
- LĐLĐ huyện (b/c);
- Chi bộ, Ban Giám hiệu;
- Lưu CĐ.
TM. BAN CHẤP HÀNH
CHỦ TỊCH`,
    document: { type: 'Kế hoạch', number: '05/KH-CĐCS', date: '2024-10-16', place: 'Tiên Du', issuer: 'Ban Chấp hành Công đoàn trường THCS Nguyễn Đăng Đạo' },
    references: [
      citesRef('Luật', null, null, { name: 'Luật Công đoàn' }),
      implementsRef('Hướng dẫn', '18/HD-LĐLĐ', '2024-09-30', { issuer: 'Liên đoàn Lao động huyện Tiên Du' }),
      implementsRef('Nghị quyết', null, null, { name: 'Nghị quyết Hội nghị cán bộ, công chức, viên chức' }),
    ],
  },
];
