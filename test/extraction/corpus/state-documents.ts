// State documents: People's Committee decisions and plans, council resolutions,
// department dispatches, and the laws, decrees, circulars and Prime Minister's
// decisions they rest on — with normative symbols that carry their year.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const stateDocuments: CorpusCase[] = [
  {
    id: 'state-01-decision-legal-basis',
    about: 'provincial decision with a "Căn cứ" block: law by name and date, normative decree, circular, a proposal',
    text: `ỦY BAN NHÂN DÂN TỈNH CÀ MAU
Số: 1523/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 18 tháng 8 năm 2022
QUYẾT ĐỊNH
Về việc phê duyệt Kế hoạch bảo vệ môi trường tỉnh Cà Mau năm 2023
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020;
Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường;
Căn cứ Thông tư số 02/2022/TT-BTNMT ngày 10 tháng 01 năm 2022 của Bộ trưởng Bộ Tài nguyên và Môi trường;
Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 412/TTr-STNMT ngày 05 tháng 8 năm 2022.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch bảo vệ môi trường tỉnh Cà Mau năm 2023.`,
    document: { type: 'Quyết định', number: '1523/QĐ-UBND', date: '2022-08-18', place: 'Cà Mau', issuer: 'Ủy ban nhân dân tỉnh Cà Mau' },
    references: [
      citesRef('Luật', null, '2015-06-19', { name: 'Tổ chức chính quyền địa phương' }),
      citesRef('Luật', '72/2020/QH14', '2020-11-17', { issuer: 'Quốc hội', name: 'Luật Bảo vệ môi trường' }),
      citesRef('Nghị định', '08/2022/NĐ-CP', '2022-01-10', { issuer: 'Chính phủ' }),
      citesRef('Thông tư', '02/2022/TT-BTNMT', '2022-01-10'),
      citesRef('Tờ trình', '412/TTr-STNMT', '2022-08-05'),
    ],
  },
  {
    id: 'state-02-plan-pm-decision',
    about: 'provincial plan implementing a PM decision; all-caps subject line repeats the number',
    text: `ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
Số: 245/KH-UBND
Bắc Giang, ngày 20 tháng 12 năm 2021
KẾ HOẠCH
THỰC HIỆN QUYẾT ĐỊNH SỐ 1719/QĐ-TTG NGÀY 14/10/2021 CỦA THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, UBND tỉnh ban hành Kế hoạch thực hiện như sau:`,
    document: { type: 'Kế hoạch', number: '245/KH-UBND', date: '2021-12-20', place: 'Bắc Giang' },
    references: [
      implementsRef('Quyết định', '1719/QĐ-TTg', '2021-10-14', { issuer: 'Thủ tướng Chính phủ' }),
    ],
  },
  {
    id: 'state-03-dispatch-ubnd-kt',
    about: 'dispatch without a type code (UBND-KT) implementing a ministry dispatch, V/v subject',
    text: `ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
Số: 789/UBND-KT
V/v triển khai thực hiện Công văn số 2345/BTNMT-KSONMT của Bộ Tài nguyên và Môi trường
Ninh Thuận, ngày 14 tháng 4 năm 2023
Kính gửi:
- Sở Tài nguyên và Môi trường;
- UBND các huyện, thành phố.
Thực hiện Công văn số 2345/BTNMT-KSONMT ngày 06/4/2023 của Bộ Tài nguyên và Môi trường về việc tăng cường quản lý chất thải rắn sinh hoạt, Chủ tịch UBND tỉnh có ý kiến như sau:
1. Giao Sở Tài nguyên và Môi trường chủ trì, hướng dẫn các địa phương thực hiện.`,
    document: { type: 'Công văn', number: '789/UBND-KT', date: '2023-04-14', place: 'Ninh Thuận' },
    references: [
      implementsRef('Công văn', '2345/BTNMT-KSONMT', '2023-04-06', { issuer: 'Bộ Tài nguyên và Môi trường' }),
    ],
  },
  {
    id: 'state-04-council-resolution',
    about: 'provincial council resolution citing laws by number and by name, and a decree',
    text: `HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI
Số: 58/2022/NQ-HĐND
Gia Lai, ngày 09 tháng 12 năm 2022
NGHỊ QUYẾT
Quy định mức hỗ trợ phát triển sản xuất nông nghiệp trên địa bàn tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI
KHÓA XII, KỲ HỌP THỨ CHÍN
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;
Căn cứ Nghị định số 83/2018/NĐ-CP ngày 24 tháng 5 năm 2018 của Chính phủ về khuyến nông;
Xét Tờ trình số 3120/TTr-UBND ngày 15 tháng 11 năm 2022 của Ủy ban nhân dân tỉnh;
HĐND tỉnh khóa XII, kỳ họp thứ chín thông qua Nghị quyết này.`,
    document: { type: 'Nghị quyết', number: '58/2022/NQ-HĐND', date: '2022-12-09', place: 'Gia Lai' },
    references: [
      citesRef('Luật', null, '2015-06-25', { name: 'Ngân sách nhà nước' }),
      citesRef('Luật', '80/2015/QH13', null, { name: 'Luật Ban hành văn bản quy phạm pháp luật' }),
      citesRef('Nghị định', '83/2018/NĐ-CP', '2018-05-24'),
      citesRef('Tờ trình', '3120/TTr-UBND', '2022-11-15'),
    ],
  },
  {
    id: 'state-05-department-dispatch-chain',
    about: 'department dispatch implementing a provincial plan that implements a PM decision',
    text: `SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG
Số: 1876/SGDĐT-GDTrH
V/v hướng dẫn thực hiện chuyển đổi số trong trường học
Vĩnh Long, ngày 12 tháng 9 năm 2022
Kính gửi: Hiệu trưởng các trường trung học phổ thông.
Thực hiện Kế hoạch số 112/KH-UBND ngày 30/6/2022 của UBND tỉnh Vĩnh Long về triển khai Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo, Sở Giáo dục và Đào tạo hướng dẫn như sau:`,
    document: { type: 'Công văn', number: '1876/SGDĐT-GDTrH', date: '2022-09-12', place: 'Vĩnh Long' },
    references: [
      implementsRef('Kế hoạch', '112/KH-UBND', '2022-06-30', { issuer: 'UBND tỉnh Vĩnh Long' }),
      implementsRef('Quyết định', '131/QĐ-TTg', '2022-01-25', { subject: '112/KH-UBND' }),
    ],
  },
  {
    id: 'state-06-pm-directive-normative',
    about: 'PM directive with normative number 16/2019/QĐ-TTg cited; Chỉ thị of the PM (CT-TTg)',
    text: `THỦ TƯỚNG CHÍNH PHỦ
Số: 19/CT-TTg
Hà Nội, ngày 24 tháng 7 năm 2020
CHỈ THỊ
Về tăng cường công tác phòng, chống dịch bệnh trên đàn vật nuôi
Thời gian qua, việc thực hiện Quyết định số 16/2019/QĐ-TTg ngày 25 tháng 3 năm 2019 của Thủ tướng Chính phủ về cơ chế, chính sách hỗ trợ phòng, chống dịch bệnh đã đạt một số kết quả. Để chủ động kiểm soát dịch bệnh, Thủ tướng Chính phủ yêu cầu:`,
    document: { type: 'Chỉ thị', number: '19/CT-TTg', date: '2020-07-24', place: 'Hà Nội', issuer: 'Thủ tướng Chính phủ' },
    references: [
      citesRef('Quyết định', '16/2019/QĐ-TTg', '2019-03-25'),
    ],
  },
  {
    id: 'state-07-district-plan-commune',
    about: 'district People\'s Committee plan; a circular and a provincial decision with normative year',
    text: `UBND HUYỆN CAN LỘC
Số: 321/KH-UBND
Can Lộc, ngày 02 tháng 3 năm 2021
KẾ HOẠCH
Triển khai Quyết định số 05/2021/QĐ-UBND ngày 22/01/2021 của UBND tỉnh Hà Tĩnh về quy định quản lý chất thải rắn sinh hoạt
Căn cứ Thông tư số 07/2017/TT-BXD ngày 15/5/2017 của Bộ Xây dựng, UBND huyện xây dựng Kế hoạch như sau:`,
    document: { type: 'Kế hoạch', number: '321/KH-UBND', date: '2021-03-02', place: 'Can Lộc' },
    references: [
      implementsRef('Quyết định', '05/2021/QĐ-UBND', '2021-01-22', { issuer: 'UBND tỉnh Hà Tĩnh' }),
      citesRef('Thông tư', '07/2017/TT-BXD', '2017-05-15'),
    ],
  },
  {
    id: 'state-08-decision-approves-project',
    about: '"ban hành kèm theo Quyết định số" and amendment: both cited',
    text: `ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Số: 2890/QĐ-UBND
Khánh Hòa, ngày 25 tháng 10 năm 2023
QUYẾT ĐỊNH
Sửa đổi, bổ sung Quy chế phối hợp ban hành kèm theo Quyết định số 1120/QĐ-UBND ngày 05/5/2021 của UBND tỉnh
CHỦ TỊCH UBND TỈNH KHÁNH HÒA
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
QUYẾT ĐỊNH:
Điều 1. Sửa đổi khoản 2 Điều 5 Quy chế ban hành kèm theo Quyết định số 1120/QĐ-UBND.`,
    document: { type: 'Quyết định', number: '2890/QĐ-UBND', date: '2023-10-25', place: 'Khánh Hòa' },
    references: [
      citesRef('Quyết định', '1120/QĐ-UBND', '2021-05-05'),
      citesRef('Nghị định', '30/2020/NĐ-CP', '2020-03-05'),
    ],
  },
  {
    id: 'state-09-laws-by-name-year',
    about: 'laws by name and year only; "Luật NCT" abbreviation; nothing numbered',
    text: `SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÒA BÌNH
Số: 902/SLĐTBXH-BTXH
V/v tuyên truyền chính sách đối với người cao tuổi năm 2021
Hòa Bình, ngày 07 tháng 5 năm 2021
Kính gửi: Phòng Lao động - Thương binh và Xã hội các huyện, thành phố.
Để tiếp tục đưa Luật Người cao tuổi năm 2009 vào cuộc sống, Sở đề nghị các đơn vị đẩy mạnh tuyên truyền Luật Người cao tuổi và Luật Phòng, chống bạo lực gia đình năm 2022 đến các tầng lớp Nhân dân.`,
    document: { type: 'Công văn', number: '902/SLĐTBXH-BTXH', date: '2021-05-07', place: 'Hòa Bình' },
    references: [
      implementsRef('Luật', null, null, { name: 'Người cao tuổi', alternatives: ['cites'] }),
      citesRef('Luật', null, null, { name: 'Phòng, chống bạo lực gia đình', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'state-10-joint-circular',
    about: 'joint circular with composite symbol and a joint resolution',
    text: `ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 412/UBND-TH
V/v thực hiện chế độ hỗ trợ cho người làm công tác mặt trận ở khu dân cư
An Giang, ngày 19 tháng 3 năm 2018
Kính gửi: Sở Tài chính; Ủy ban MTTQ Việt Nam tỉnh.
Căn cứ Thông tư liên tịch số 04/2016/TTLT-BTC-UBTWMTTQVN ngày 14/01/2016 của Bộ Tài chính và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Nghị quyết liên tịch số 01/2013/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN ngày 18/12/2013, Ủy ban nhân dân tỉnh có ý kiến như sau:`,
    document: { type: 'Công văn', number: '412/UBND-TH', date: '2018-03-19', place: 'An Giang' },
    references: [
      citesRef('Thông tư liên tịch', '04/2016/TTLT-BTC-UBTWMTTQVN', '2016-01-14'),
      citesRef('Nghị quyết liên tịch', '01/2013/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN', '2013-12-18'),
    ],
  },
  {
    id: 'state-11-ministry-guidance',
    about: 'ministry dispatch; the date written with month words and a dash form',
    text: `BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 3456/BTNMT-MT
V/v hướng dẫn kỹ thuật phân loại chất thải rắn sinh hoạt
Hà Nội, ngày 29 tháng 6 năm 2023
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Căn cứ Nghị định số 08/2022/NĐ-CP ngày 10-01-2022 của Chính phủ và Thông tư số 02/2022/TT-BTNMT ngày 10 tháng Một năm 2022 của Bộ trưởng Bộ Tài nguyên và Môi trường, Bộ Tài nguyên và Môi trường hướng dẫn như sau:`,
    document: { type: 'Công văn', number: '3456/BTNMT-MT', date: '2023-06-29', place: 'Hà Nội' },
    references: [
      citesRef('Nghị định', '08/2022/NĐ-CP', '2022-01-10'),
      citesRef('Thông tư', '02/2022/TT-BTNMT', '2022-01-10'),
    ],
  },
  {
    id: 'state-12-decision-chu-tich',
    about: 'chairman decision citing a HĐND resolution and a UBND decision; "Nghị quyết này"-style self mention absent',
    text: `ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG
Số: 688/QĐ-UBND
Tuyên Quang, ngày 30 tháng 12 năm 2022
QUYẾT ĐỊNH
Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2023
Căn cứ Nghị quyết số 47/NQ-HĐND ngày 09/12/2022 của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2023;
Căn cứ Quyết định số 19/2021/QĐ-UBND ngày 20/8/2021 của UBND tỉnh ban hành Quy chế làm việc;
QUYẾT ĐỊNH:
Điều 1. Giao chỉ tiêu kế hoạch năm 2023 cho các sở, ngành (chi tiết tại Phụ lục số 01 kèm theo).`,
    document: { type: 'Quyết định', number: '688/QĐ-UBND', date: '2022-12-30', place: 'Tuyên Quang' },
    references: [
      citesRef('Nghị quyết', '47/NQ-HĐND', '2022-12-09'),
      citesRef('Quyết định', '19/2021/QĐ-UBND', '2021-08-20'),
    ],
  },
  {
    id: 'state-13-plan-cu-the-hoa',
    about: '"cụ thể hóa" makes the plan implement a provincial resolution; a government resolution cited',
    text: `ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Số: 156/KH-UBND
Thanh Hóa, ngày 11 tháng 7 năm 2022
KẾ HOẠCH
Phát triển hạ tầng số tỉnh Thanh Hóa giai đoạn 2022 - 2025
Nhằm cụ thể hóa Nghị quyết số 06-NQ/TU ngày 30/11/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Thanh Hóa đến năm 2025, định hướng đến năm 2030; theo tinh thần Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:`,
    document: { type: 'Kế hoạch', number: '156/KH-UBND', date: '2022-07-11', place: 'Thanh Hóa' },
    references: [
      implementsRef('Nghị quyết', '06-NQ/TU', '2021-11-30'),
      citesRef('Nghị quyết', '50/NQ-CP', '2020-04-17', { issuer: 'Chính phủ' }),
    ],
  },
  {
    id: 'state-14-official-letter-van-ban',
    about: '"Văn bản số" is a dispatch; "Xét đề nghị … tại Văn bản" cites it',
    text: `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 5521/UBND-NN
V/v chấp thuận phương án trồng rừng thay thế
Lâm Đồng, ngày 08 tháng 9 năm 2021
Kính gửi: Sở Nông nghiệp và Phát triển nông thôn.
Xét đề nghị của Sở Nông nghiệp và Phát triển nông thôn tại Văn bản số 1987/SNN-LN ngày 27/8/2021, Ủy ban nhân dân tỉnh chấp thuận phương án trồng rừng thay thế như đề xuất.`,
    document: { type: 'Công văn', number: '5521/UBND-NN', date: '2021-09-08', place: 'Lâm Đồng' },
    references: [
      citesRef('Công văn', '1987/SNN-LN', '2021-08-27'),
    ],
  },
  {
    id: 'state-15-law-detail-decree',
    about: 'government decree citing laws by number with the Assembly code and by name',
    text: `CHÍNH PHỦ
Số: 45/2022/NĐ-CP
Hà Nội, ngày 07 tháng 7 năm 2022
NGHỊ ĐỊNH
Quy định về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 ngày 20 tháng 6 năm 2012;
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14;
Chính phủ ban hành Nghị định quy định về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường.`,
    document: { type: 'Nghị định', number: '45/2022/NĐ-CP', date: '2022-07-07', place: 'Hà Nội', issuer: 'Chính phủ' },
    references: [
      citesRef('Luật', null, '2015-06-19', { name: 'Tổ chức Chính phủ' }),
      citesRef('Luật', '15/2012/QH13', '2012-06-20', { name: 'Luật Xử lý vi phạm hành chính' }),
      citesRef('Luật', '72/2020/QH14', null, { name: 'Luật Bảo vệ môi trường' }),
    ],
  },
  {
    id: 'state-16-hcm-city-plan',
    about: 'city plan implementing a city Party programme (CTr/TU) and citing a national decision',
    text: `ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Số: 2150/KH-UBND
Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2022
KẾ HOẠCH
Thực hiện Chương trình hành động số 16-CTr/TU ngày 22/9/2021 của Thành ủy về thực hiện Nghị quyết Đại hội đại biểu Đảng bộ Thành phố lần thứ XI
Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau:`,
    document: { type: 'Kế hoạch', number: '2150/KH-UBND', date: '2022-06-29', place: 'Thành phố Hồ Chí Minh' },
    references: [
      implementsRef('Chương trình hành động', '16-CTr/TU', '2021-09-22', { issuer: 'Thành ủy' }),
      implementsRef('Nghị quyết', null, null, { name: 'Đại hội đại biểu Đảng bộ Thành phố lần thứ XI', subject: '16-CTr/TU' }),
      citesRef('Quyết định', '942/QĐ-TTg', '2021-06-15'),
    ],
  },
  {
    id: 'state-17-announcement-conclusion',
    about: 'announcement of a chairman\'s conclusions; a meeting invitation "Giấy mời số" cited',
    text: `ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Số: 301/TB-UBND
Bình Thuận, ngày 16 tháng 8 năm 2023
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về tiến độ giải phóng mặt bằng
Theo Giấy mời số 512/GM-UBND ngày 10/8/2023, ngày 14/8/2023 Chủ tịch UBND tỉnh chủ trì buổi làm việc. Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:`,
    document: { type: 'Thông báo', number: '301/TB-UBND', date: '2023-08-16', place: 'Bình Thuận' },
    references: [
      citesRef('Giấy mời', '512/GM-UBND', '2023-08-10', { optional: true }),
    ],
  },
  {
    id: 'state-18-tong-ket-law-1997',
    about: 'old-style dates "ngày 01-10-1997" and a resolution of the National Assembly',
    text: `ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Số: 77/BC-UBND
Hưng Yên, ngày 30 tháng 5 năm 2018
BÁO CÁO
Tổng kết 20 năm thực hiện Chỉ thị số 30-CT/TW ngày 18-02-1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở
Thực hiện Công văn số 1234-CV/BCĐTW ngày 01-3-2018 của Ban Chỉ đạo Trung ương thực hiện Quy chế dân chủ ở cơ sở về tổng kết Chỉ thị, UBND tỉnh báo cáo như sau:`,
    document: { type: 'Báo cáo', number: '77/BC-UBND', date: '2018-05-30', place: 'Hưng Yên' },
    references: [
      citesRef('Chỉ thị', '30-CT/TW', '1998-02-18', { alternatives: ['implements'] }),
      implementsRef('Công văn', '1234-CV/BCĐTW', '2018-03-01'),
      citesRef('Quy chế', null, null, { name: 'dân chủ ở cơ sở', optional: true }),
    ],
  },
];
