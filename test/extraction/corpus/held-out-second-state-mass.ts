// A second held-out batch: People's Committee plans, decisions and dispatches, mass
// organisations (Đoàn, Hội LHPN, MTTQ, Công đoàn, Hội Nông dân, Hội CCB), a joint
// regulation, and the text damage real files carry (NFD, CRLF, NBSP, PDF "ƣ", "|" rows).
import { NBSP, ZWSP, citesRef, crlf, implementsRef, nfd, pdfHorn, type CorpusCase } from './case.ts';

export const secondStateAndMassCases: CorpusCase[] = [
  {
    id: 'second-20-normative-decision-laws',
    about: 'a provincial normative decision (45/2024/QĐ-UBND): laws by name with dates, an amending law, a decree, a submission',
    text: `ỦY BAN NHÂN DÂN TỈNH LONG AN
Số: 45/2024/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 25 tháng 9 năm 2024
QUYẾT ĐỊNH
Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Long An
ỦY BAN NHÂN DÂN TỈNH LONG AN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;
Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;
Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 2150/TTr-SCT ngày 05 tháng 9 năm 2024.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Long An.
Điều 2. Quyết định này có hiệu lực kể từ ngày 10 tháng 10 năm 2024 và thay thế Quyết định số 12/2018/QĐ-UBND ngày 20 tháng 3 năm 2018 của UBND tỉnh.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH`,
    document: { type: 'Quyết định', number: '45/2024/QĐ-UBND', date: '2024-09-25', place: 'Long An', issuer: 'UBND tỉnh Long An' },
    references: [
      citesRef('Luật', null, '2015-06-19', { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Luật', null, '2019-11-22', { name: 'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ' }),
      citesRef('Luật', null, '2015-06-22', { name: 'Ban hành văn bản quy phạm pháp luật' }),
      citesRef('Nghị định', '32/2024/NĐ-CP', '2024-03-15', { issuer: 'Chính phủ' }),
      citesRef('Tờ trình', '2150/TTr-SCT', '2024-09-05'),
      citesRef('Quyết định', '12/2018/QĐ-UBND', '2018-03-20', { issuer: 'UBND tỉnh Long An' }),
    ],
  },
  {
    id: 'second-21-district-plan-pipe-header',
    about: 'a district plan whose two-column header was flattened into "|" rows; implements a provincial plan, on the basis of a council resolution',
    text: `UỶ BAN NHÂN DÂN | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |
HUYỆN TRIỆU SƠN | Độc lập - Tự do - Hạnh phúc |
Số: 123/KH-UBND | Triệu Sơn, ngày 15 tháng 3 năm 2023 |
KẾ HOẠCH
Phát triển sản xuất vụ Thu Mùa năm 2023
Thực hiện Kế hoạch số 56/KH-UBND ngày 28/02/2023 của UBND tỉnh Thanh Hóa về sản xuất nông nghiệp năm 2023; căn cứ Nghị quyết số 125/NQ-HĐND ngày 20/12/2022 của HĐND huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2023, UBND huyện xây dựng Kế hoạch như sau:
1. Diện tích gieo cấy lúa 7.850/8.000 ha; năng suất bình quân 58 tạ/ha.
2. Thời vụ gieo cấy từ ngày 10/6 đến 05/7/2023.`,
    document: { type: 'Kế hoạch', number: '123/KH-UBND', date: '2023-03-15', place: 'Triệu Sơn', issuer: 'UBND huyện Triệu Sơn' },
    references: [
      implementsRef('Kế hoạch', '56/KH-UBND', '2023-02-28', { issuer: 'UBND tỉnh Thanh Hóa' }),
      citesRef('Nghị quyết', '125/NQ-HĐND', '2022-12-20', { issuer: 'HĐND huyện Triệu Sơn', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-22-commune-plan-after-merger',
    about: 'a commune People\'s Committee plan after the merger (commune directly under the province): implements the commune Party plan, relies on a provincial decision and the 2025 law by name',
    text: `ỦY BAN NHÂN DÂN
XÃ ĐẠI TỪ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 56/KH-UBND
Đại Từ, ngày 01 tháng 8 năm 2025
KẾ HOẠCH
Chuyển đổi số và cải cách hành chính năm 2025
Thực hiện Kế hoạch số 10-KH/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy xã về chuyển đổi số; căn cứ Luật Tổ chức chính quyền địa phương năm 2025 và Quyết định số 1250/QĐ-UBND ngày 08/7/2025 của UBND tỉnh Thái Nguyên về việc giao chỉ tiêu cải cách hành chính năm 2025, UBND xã ban hành Kế hoạch như sau:
1. 100% hồ sơ thủ tục hành chính được số hóa; trả kết quả đúng hạn đạt trên 98%.
2. Bộ phận Một cửa của xã hoạt động theo mô hình không cấp huyện từ ngày 01/7/2025.`,
    document: { type: 'Kế hoạch', number: '56/KH-UBND', date: '2025-08-01', place: 'Đại Từ', issuer: 'UBND xã Đại Từ' },
    references: [
      implementsRef('Kế hoạch', '10-KH/ĐU', '2025-07-15', { issuer: 'Ban Thường vụ Đảng ủy xã Đại Từ' }),
      citesRef('Luật', null, null, { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Quyết định', '1250/QĐ-UBND', '2025-07-08', { issuer: 'UBND tỉnh Thái Nguyên', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-23-dispatch-pm-telegram',
    about: 'a provincial dispatch "V/v triển khai thực hiện Công điện …" of the Prime Minister; the telegram is then "Công điện nêu trên"',
    text: `ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
Số: 2345/UBND-KT
V/v triển khai thực hiện Công điện số 86/CĐ-TTg ngày 06/9/2024 của Thủ tướng Chính phủ
Quảng Bình, ngày 07 tháng 9 năm 2024
Kính gửi:
- Các sở, ban, ngành cấp tỉnh;
- UBND các huyện, thị xã, thành phố.
Để chủ động ứng phó với bão số 3 (bão Yagi), thực hiện Công điện nêu trên, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện, thị xã, thành phố triển khai ngay các biện pháp sau:
1. Kêu gọi 1.250 tàu thuyền với 6.400 lao động về nơi tránh trú an toàn trước 17h00 ngày 07/9.
2. Tổ chức trực ban 24/24 giờ, báo cáo về Văn phòng Ban Chỉ huy PCTT&TKCN tỉnh (số điện thoại 0232.3822.226).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH`,
    document: { type: 'Công văn', number: '2345/UBND-KT', date: '2024-09-07', place: 'Quảng Bình', issuer: 'UBND tỉnh Quảng Bình' },
    references: [
      implementsRef('Công điện', '86/CĐ-TTg', '2024-09-06', { issuer: 'Thủ tướng Chính phủ' }),
    ],
  },
  {
    id: 'second-24-department-dispatch-van-ban',
    about: 'a department dispatch implementing "Văn bản số …" of the province, replying to a city dispatch ("Phúc đáp"); a national technical regulation named by section (borderline)',
    text: `SỞ XÂY DỰNG TỈNH NINH BÌNH
Số: 1876/SXD-QHKT
V/v góp ý điều chỉnh quy hoạch chi tiết khu dân cư phường Tân Thành
Ninh Bình, ngày 14 tháng 8 năm 2023
Kính gửi: UBND thành phố Ninh Bình.
Phúc đáp Công văn số 412/UBND-QLĐT ngày 04/8/2023 của UBND thành phố Ninh Bình; thực hiện Văn bản số 965/UBND-VP4 ngày 20/7/2023 của UBND tỉnh về việc rà soát quy hoạch các khu dân cư, Sở Xây dựng có ý kiến như sau:
Việc điều chỉnh phải bảo đảm mật độ xây dựng không quá 60%, tầng cao tối đa 05 tầng, phù hợp quy định tại mục 2.8 của Quy chuẩn kỹ thuật quốc gia về quy hoạch xây dựng.`,
    document: { type: 'Công văn', number: '1876/SXD-QHKT', date: '2023-08-14', place: 'Ninh Bình', issuer: 'Sở Xây dựng tỉnh Ninh Bình' },
    references: [
      implementsRef('Công văn', '412/UBND-QLĐT', '2023-08-04', { alternatives: ['cites'] }),
      implementsRef('Công văn', '965/UBND-VP4', '2023-07-20', { issuer: 'UBND tỉnh Ninh Bình' }),
      citesRef('Quy chuẩn', null, null, { name: 'Quy chuẩn kỹ thuật quốc gia', optional: true }),
    ],
  },
  {
    id: 'second-25-joint-regulation-farmers',
    about: 'a joint regulation of the provincial Farmers\' Union and a department: composite number, the union\'s statute, a Secretariat conclusion and a PM decision',
    text: `HỘI NÔNG DÂN TỈNH ĐẮK LẮK | SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 02/QCPH-HND-SNN
Đắk Lắk, ngày 16 tháng 5 năm 2022
QUY CHẾ PHỐI HỢP
giữa Hội Nông dân tỉnh và Sở Nông nghiệp và Phát triển nông thôn giai đoạn 2022 - 2027
Căn cứ Điều lệ Hội Nông dân Việt Nam;
Căn cứ Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam";
Căn cứ Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn giai đoạn 2011 - 2020;
Hội Nông dân tỉnh và Sở Nông nghiệp và Phát triển nông thôn thống nhất ban hành Quy chế phối hợp với các nội dung sau:
Điều 1. Hai bên phối hợp tổ chức tập huấn chuyển giao khoa học kỹ thuật cho ít nhất 10.000 lượt hội viên mỗi năm.`,
    document: { type: 'Quy chế', number: '02/QCPH-HND-SNN', date: '2022-05-16', place: 'Đắk Lắk' },
    references: [
      citesRef('Điều lệ', null, null, { name: 'Điều lệ Hội Nông dân' }),
      citesRef('Kết luận', '61-KL/TW', '2009-12-03', { issuer: 'Ban Bí thư' }),
      citesRef('Quyết định', '673/QĐ-TTg', '2011-05-10', { issuer: 'Thủ tướng Chính phủ' }),
    ],
  },
  {
    id: 'second-26-youth-union-plan-anniversary',
    about: 'a provincial Youth Union plan: Party-style number with two issuer codes, an anniversary "(26/3/1931 - 26/3/2025)", the central Youth Union plan and the national youth congress resolution',
    text: `ĐOÀN TNCS HỒ CHÍ MINH
BCH TỈNH NGHỆ AN
***
Số: 215-KH/TĐTN-BTG
Nghệ An, ngày 20 tháng 01 năm 2025
KẾ HOẠCH
tổ chức các hoạt động kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025)
-----
Thực hiện Kế hoạch số 325-KH/TWĐTN-BTG ngày 15/11/2024 của Ban Bí thư Trung ương Đoàn về tổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2025; nhằm tiếp tục thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII, Ban Thường vụ Tỉnh Đoàn xây dựng Kế hoạch như sau:
1. Tổ chức Lễ mít tinh tại Quảng trường Hồ Chí Minh vào lúc 7h30 ngày 26/3/2025.
2. Ra quân "Tháng Thanh niên" với 5.000 đoàn viên tham gia.`,
    document: { type: 'Kế hoạch', number: '215-KH/TĐTN-BTG', date: '2025-01-20', place: 'Nghệ An', issuer: 'Ban Thường vụ Tỉnh Đoàn Nghệ An' },
    references: [
      implementsRef('Kế hoạch', '325-KH/TWĐTN-BTG', '2024-11-15', { issuer: 'Ban Bí thư Trung ương Đoàn' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội Đoàn toàn quốc lần thứ XII' }),
    ],
  },
  {
    id: 'second-27-women-union-plan',
    about: 'a district Women\'s Union plan implementing the provincial union plan and a Secretariat directive; a law by name and year',
    text: `HỘI LHPN VIỆT NAM
BCH HỘI LHPN HUYỆN CAN LỘC
Số: 35/KH-HPN
Can Lộc, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới năm 2024
Thực hiện Kế hoạch số 12/KH-HPN ngày 20/02/2024 của Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh, Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch như sau:
1. Tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 đến 100% chi hội.
2. Hỗ trợ 25 hội viên nghèo vay vốn, mỗi hội viên 30.000.000 đồng.`,
    document: { type: 'Kế hoạch', number: '35/KH-HPN', date: '2024-03-05', place: 'Can Lộc', issuer: 'Ban Thường vụ Hội LHPN huyện Can Lộc' },
    references: [
      implementsRef('Chỉ thị', '21-CT/TW', '2023-01-20', { issuer: 'Ban Bí thư' }),
      implementsRef('Kế hoạch', '12/KH-HPN', '2024-02-20', { issuer: 'Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh' }),
      citesRef('Luật', null, null, { name: 'Phòng, chống bạo lực gia đình', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'second-28-front-plan-after-merger',
    about: 'a Fatherland Front plan after the merger: a plenum resolution with its term, a central Front guidance; the Front committee\'s own "khóa I"',
    text: `ỦY BAN MTTQ VIỆT NAM
TỈNH AN GIANG
BAN THƯỜNG TRỰC
Số: 120/KH-MTTQ-BTT
An Giang, ngày 28 tháng 8 năm 2025
KẾ HOẠCH
tuyên truyền, vận động Nhân dân thực hiện chính quyền địa phương hai cấp
Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII và Hướng dẫn số 35-HD/MTTW-BTT ngày 20/7/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang khóa I, nhiệm kỳ 2025 - 2030 ban hành Kế hoạch như sau:
1. 102/102 Ủy ban MTTQ xã, phường, đặc khu tổ chức hội nghị tuyên truyền trước ngày 30/9/2025.`,
    document: { type: 'Kế hoạch', number: '120/KH-MTTQ-BTT', date: '2025-08-28', place: 'An Giang', issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang' },
    references: [
      implementsRef('Nghị quyết', '60-NQ/TW', '2025-04-12', { term: 'XIII' }),
      implementsRef('Hướng dẫn', '35-HD/MTTW-BTT', '2025-07-20', { issuer: 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam', notTerm: 'I' }),
    ],
  },
  {
    id: 'second-29-labour-federation-dispatch',
    about: 'a labour federation dispatch with no type code ("412/LĐLĐ"), subject "V/v triển khai thực hiện Nghị quyết …", a national federation dispatch "1890/TLĐ"',
    text: `LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG
Số: 412/LĐLĐ
V/v triển khai thực hiện Nghị quyết số 45-NQ/TW của Ban Chấp hành Trung ương Đảng
Bình Dương, ngày 08 tháng 01 năm 2024
Kính gửi: Các Công đoàn cấp trên trực tiếp cơ sở.
Thực hiện Công văn số 1890/TLĐ ngày 15/12/2023 của Tổng Liên đoàn Lao động Việt Nam, Ban Thường vụ Liên đoàn Lao động tỉnh đề nghị các Công đoàn cấp trên trực tiếp cơ sở tổ chức quán triệt Nghị quyết số 45-NQ/TW ngày 24/11/2023 đến 100% cán bộ công đoàn chuyên trách; kết quả gửi về Ban Tuyên giáo LĐLĐ tỉnh (ĐT: 0274.3822.439) trước ngày 31/01/2024.
Nơi nhận:
- Như trên;
- Lưu: VT, TG.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH`,
    document: { type: 'Công văn', number: '412/LĐLĐ', date: '2024-01-08', place: 'Bình Dương', issuer: 'Liên đoàn Lao động tỉnh Bình Dương' },
    references: [
      implementsRef('Nghị quyết', '45-NQ/TW', '2023-11-24'),
      implementsRef('Công văn', '1890/TLĐ', '2023-12-15', { issuer: 'Tổng Liên đoàn Lao động Việt Nam' }),
    ],
  },
  {
    id: 'second-30-veterans-review-ordinance',
    about: 'a veterans\' association plan reviewing an ordinance by name, implementing the central association plan that reviews it too',
    text: `HỘI CỰU CHIẾN BINH VIỆT NAM
HỘI CCB TỈNH HẢI DƯƠNG
Số: 18-KH/CCB
Hải Dương, ngày 02 tháng 4 năm 2024
KẾ HOẠCH
Tổng kết 18 năm thực hiện Pháp lệnh Cựu chiến binh
Thực hiện Kế hoạch số 68-KH/CCB ngày 10/3/2024 của Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam về tổng kết 18 năm thực hiện Pháp lệnh Cựu chiến binh, Ban Thường vụ Hội Cựu chiến binh tỉnh xây dựng Kế hoạch như sau:
1. Cấp cơ sở tổng kết xong trước ngày 30/4/2024; cấp huyện trước ngày 31/5/2024.
2. Khen thưởng 20 tập thể, 45 cá nhân tiêu biểu.`,
    document: { type: 'Kế hoạch', number: '18-KH/CCB', date: '2024-04-02', place: 'Hải Dương', issuer: 'Ban Thường vụ Hội Cựu chiến binh tỉnh Hải Dương' },
    references: [
      implementsRef('Kế hoạch', '68-KH/CCB', '2024-03-10', { issuer: 'Ban Thường vụ Trung ương Hội Cựu chiến binh Việt Nam' }),
      citesRef('Pháp lệnh', null, null, { name: 'Pháp lệnh Cựu chiến binh', alternatives: ['implements'] }),
      citesRef('Pháp lệnh', null, null, { name: 'Pháp lệnh Cựu chiến binh', subject: '68-KH/CCB', alternatives: ['implements'], optional: true }),
    ],
  },
  {
    id: 'second-31-nfd-crlf-ward-decision',
    about: 'decomposed Unicode and CRLF in a ward decision after the merger; legal bases with the 2025 law and a National Assembly resolution',
    text: crlf(nfd(`ỦY BAN NHÂN DÂN
PHƯỜNG HẢI CHÂU
Số: 215/QĐ-UBND
Hải Châu, ngày 18 tháng 7 năm 2025
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác hỗ trợ thủ tục hành chính cho người dân
CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Nghị quyết số 1659/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Đà Nẵng năm 2025;
Theo đề nghị của Trưởng phòng Văn hóa - Xã hội phường.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác gồm 09 thành viên.`)),
    document: { type: 'Quyết định', number: '215/QĐ-UBND', date: '2025-07-18', place: 'Hải Châu', issuer: 'Chủ tịch UBND phường Hải Châu' },
    references: [
      citesRef('Luật', null, '2025-06-16', { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Nghị quyết', '1659/NQ-UBTVQH15', '2025-06-16', { issuer: 'Ủy ban Thường vụ Quốc hội' }),
    ],
  },
  {
    id: 'second-32-pdf-horn-council-resolution',
    about: 'a council resolution extracted from a PDF that prints "ư" as "ƣ": the Constitution, a law with year, a decree and a submission',
    text: pdfHorn(`HỘI ĐỒNG NHÂN DÂN
TỈNH HẬU GIANG
Số: 18/2023/NQ-HĐND
Hậu Giang, ngày 08 tháng 12 năm 2023
NGHỊ QUYẾT
Quy định mức hỗ trợ đối với người hoạt động không chuyên trách ở ấp, khu vực
HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG
KHÓA X KỲ HỌP THỨ 13
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;
Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;
Căn cứ Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố;
Xét Tờ trình số 245/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Mức hỗ trợ hằng tháng đối với người hoạt động không chuyên trách ở ấp, khu vực bằng 1,5 lần mức lương cơ sở.`),
    document: { type: 'Nghị quyết', number: '18/2023/NQ-HĐND', date: '2023-12-08', place: 'Hậu Giang', issuer: 'HĐND tỉnh Hậu Giang' },
    references: [
      citesRef('Hiến pháp', null, null, { name: 'Hiến pháp' }),
      citesRef('Luật', null, null, { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Nghị định', '33/2023/NĐ-CP', '2023-06-10', { issuer: 'Chính phủ' }),
      citesRef('Tờ trình', '245/TTr-UBND', '2023-11-20', { issuer: 'UBND tỉnh Hậu Giang' }),
    ],
  },
  {
    id: 'second-33-nbsp-zwsp-plan',
    about: 'no-break spaces after "Số:" and "số", a zero-width space inside a symbol, in a district plan',
    text: `ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC
Số:${NBSP}187/KH-UBND
Krông Pắc, ngày${NBSP}12 tháng 6 năm 2023
KẾ HOẠCH
Phòng, chống dịch bệnh động vật năm 2023
Thực hiện Quyết định số${NBSP}1234/QĐ-${ZWSP}UBND ngày 25/5/2023 của UBND tỉnh Đắk Lắk ban hành Kế hoạch phòng, chống dịch bệnh động vật trên cạn năm 2023; căn cứ Luật Thú y năm 2015 và Nghị định số${NBSP}90/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực thú y, UBND huyện ban hành Kế hoạch như sau:
1. Tiêm phòng vắc xin lở mồm long móng đạt trên 80% tổng đàn trâu, bò.`,
    document: { type: 'Kế hoạch', number: '187/KH-UBND', date: '2023-06-12', place: 'Krông Pắc', issuer: 'UBND huyện Krông Pắc' },
    references: [
      implementsRef('Quyết định', '1234/QĐ-UBND', '2023-05-25', { issuer: 'UBND tỉnh Đắk Lắk' }),
      citesRef('Luật', null, null, { name: 'Luật Thú y' }),
      citesRef('Nghị định', '90/2017/NĐ-CP', '2017-07-31', { issuer: 'Chính phủ' }),
    ],
  },
  {
    id: 'second-34-decision-approves-plan-of-department',
    about: 'a decision approving a department plan that implements a national programme: one relation from the decision, one stated between two other documents',
    text: `Ngày 10/3/2023, UBND tỉnh Sơn La ban hành Quyết định số 412/QĐ-UBND phê duyệt Kế hoạch số 35/KH-SNN ngày 01/3/2023 của Sở Nông nghiệp và Phát triển nông thôn thực hiện Quyết định số 150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021 - 2030, tầm nhìn đến năm 2050. Theo đó, đến năm 2025 toàn tỉnh có 35.000 ha cây ăn quả.`,
    document: { number: null },
    references: [
      citesRef('Quyết định', '412/QĐ-UBND', '2023-03-10', { issuer: 'UBND tỉnh Sơn La' }),
      citesRef('Kế hoạch', '35/KH-SNN', '2023-03-01', { subject: '412/QĐ-UBND' }),
      implementsRef('Quyết định', '150/QĐ-TTg', '2022-01-28', { subject: '35/KH-SNN', issuer: 'Thủ tướng Chính phủ' }),
      citesRef('Kế hoạch', '35/KH-SNN', '2023-03-01', { optional: true }),
      citesRef('Quyết định', '150/QĐ-TTg', '2022-01-28', { optional: true }),
    ],
  },
  {
    id: 'second-35-health-department-written-dates',
    about: 'one date written two ways, "ngày 3/5/2023" and "ngày 03 tháng 05 năm 2023", for two documents; a ministry circular as legal basis',
    text: `Thực hiện Công văn số 2456/BYT-DP ngày 3/5/2023 của Bộ Y tế về tăng cường phòng, chống sốt xuất huyết và Kế hoạch số 98/KH-UBND ngày 03 tháng 05 năm 2023 của UBND tỉnh Bạc Liêu; căn cứ Thông tư số 54/2015/TT-BYT ngày 28/12/2015 của Bộ Y tế hướng dẫn chế độ thông tin báo cáo và khai báo bệnh, dịch bệnh truyền nhiễm, Sở Y tế xây dựng Kế hoạch phòng, chống sốt xuất huyết năm 2023.`,
    document: { number: null },
    references: [
      implementsRef('Công văn', '2456/BYT-DP', '2023-05-03', { issuer: 'Bộ Y tế' }),
      implementsRef('Kế hoạch', '98/KH-UBND', '2023-05-03', { issuer: 'UBND tỉnh Bạc Liêu' }),
      citesRef('Thông tư', '54/2015/TT-BYT', '2015-12-28', { issuer: 'Bộ Y tế' }),
    ],
  },
  {
    id: 'second-36-front-union-joint-resolution',
    about: 'a joint resolution named without a number, and a joint programme of the Front and the People\'s Committee recalling it',
    text: `Căn cứ Nghị quyết liên tịch giữa Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ban hành Quy chế phối hợp công tác; thực hiện Chương trình phối hợp số 05/CTrPH-UBND-MTTQ ngày 15/01/2024 giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh Tây Ninh, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Gò Dầu phối hợp với UBND huyện tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 9/9 xã, thị trấn.`,
    document: { number: null },
    references: [
      citesRef('Nghị quyết liên tịch', null, null, { name: 'Nghị quyết liên tịch giữa Chính phủ' }),
      implementsRef('Chương trình phối hợp', '05/CTrPH-UBND-MTTQ', '2024-01-15'),
    ],
  },
];
