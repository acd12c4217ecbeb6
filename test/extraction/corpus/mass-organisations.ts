// Dispatches, plans and joint documents of mass organisations (labour federations,
// Fatherland Front, women's, farmers', elderly and veterans' associations), the
// bottom of the downward flow of policy.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const massOrganisations: CorpusCase[] = [
  {
    id: 'mass-01-labour-dispatch-anaphora',
    about: 'labour federation dispatch: implements a directive, later "Chỉ thị trên" and "Chỉ thị của Tỉnh ủy" point back to it',
    text: `LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN
Số: 415/LĐLĐ
V/v thực hiện Chỉ thị số 27-CT/TU của Ban Thường vụ Tỉnh ủy
Điện Biên, ngày 19 tháng 5 năm 2020
Kính gửi: Liên đoàn Lao động các huyện, thị xã, thành phố; Công đoàn ngành, Công đoàn cơ sở trực thuộc.
Ngày 28/4/2020, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 27-CT/TU về tăng cường công tác an toàn, vệ sinh lao động. Để triển khai Chỉ thị trên trong công nhân, viên chức, lao động, Ban Thường vụ LĐLĐ tỉnh đề nghị các cấp công đoàn tổ chức tuyên truyền sâu rộng nội dung Chỉ thị của Tỉnh ủy.`,
    document: { type: 'Công văn', number: '415/LĐLĐ', date: '2020-05-19', place: 'Điện Biên' },
    references: [
      implementsRef('Chỉ thị', '27-CT/TU', '2020-04-28', { issuer: 'Ban Thường vụ Tỉnh ủy' }),
    ],
  },
  {
    id: 'mass-02-front-plan-joint-resolution',
    about: 'Fatherland Front plan implementing a joint resolution named without number and a central front plan',
    text: `ỦY BAN MTTQ VIỆT NAM TỈNH BẮC NINH
BAN THƯỜNG TRỰC
Số: 96/KH-MTTQ-BTT
Bắc Ninh, ngày 06 tháng 4 năm 2021
KẾ HOẠCH
Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2021
Thực hiện Kế hoạch số 128/KH-MTTW-BTT ngày 15/01/2021 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; theo tinh thần Nghị quyết liên tịch giữa Ủy ban Trung ương MTTQ Việt Nam và Bộ Nông nghiệp và Phát triển nông thôn về phối hợp xây dựng nông thôn mới, Ban Thường trực Ủy ban MTTQ tỉnh xây dựng kế hoạch như sau:`,
    document: { type: 'Kế hoạch', number: '96/KH-MTTQ-BTT', date: '2021-04-06', place: 'Bắc Ninh' },
    references: [
      implementsRef('Kế hoạch', '128/KH-MTTW-BTT', '2021-01-15'),
      citesRef('Nghị quyết liên tịch', null, null, { name: 'Nghị quyết liên tịch giữa Ủy ban Trung ương MTTQ Việt Nam' }),
    ],
  },
  {
    id: 'mass-03-women-union-programme',
    about: 'joint coordination programme between two unions; composite symbol; cites a national law by number',
    text: `HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM - SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 02/CTrPH-HLHPN-STNMT
Tam Kỳ, ngày 08 tháng 3 năm 2022
CHƯƠNG TRÌNH PHỐI HỢP
về tuyên truyền, vận động hội viên phụ nữ tham gia bảo vệ môi trường giai đoạn 2022 - 2026
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17/11/2020; căn cứ Chương trình phối hợp số 01/CTrPH-BTNMT-TWHLHPNVN ngày 02/6/2021 giữa Bộ Tài nguyên và Môi trường và Trung ương Hội Liên hiệp Phụ nữ Việt Nam, hai bên thống nhất ký kết Chương trình phối hợp như sau:`,
    document: { type: 'Chương trình phối hợp', number: '02/CTrPH-HLHPN-STNMT', date: '2022-03-08', place: 'Tam Kỳ' },
    references: [
      citesRef('Luật', '72/2020/QH14', '2020-11-17', { name: 'Luật Bảo vệ môi trường' }),
      citesRef('Chương trình phối hợp', '01/CTrPH-BTNMT-TWHLHPNVN', '2021-06-02', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'mass-04-elderly-association-plan',
    about: 'elderly association plan implementing a provincial directive and "Luật NCT" by abbreviation',
    text: `HỘI NGƯỜI CAO TUỔI TỈNH CAO BẰNG
Số: 24/KH-HNCT
Cao Bằng, ngày 11 tháng 02 năm 2022
KẾ HOẠCH
Hoạt động của Hội Người cao tuổi tỉnh năm 2022
Thực hiện Chỉ thị số 09-CT/TU ngày 20/10/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác người cao tuổi, Ban Thường vụ Hội NCT tỉnh xây dựng Kế hoạch năm 2022 như sau:
1. Tuyên truyền Luật NCT, các chế độ chính sách đối với NCT.`,
    document: { type: 'Kế hoạch', number: '24/KH-HNCT', date: '2022-02-11', place: 'Cao Bằng' },
    references: [
      implementsRef('Chỉ thị', '09-CT/TU', '2021-10-20', { issuer: 'Ban Thường vụ Tỉnh ủy' }),
      citesRef('Luật', null, null, { name: 'Luật NCT', alternatives: ['implements'] }),
    ],
  },
  {
    id: 'mass-05-farmers-union-dispatch',
    about: 'farmers\' union dispatch in a district: HU-coded plan implemented, central union guidance cited',
    text: `HỘI NÔNG DÂN HUYỆN TRIỆU PHONG
Số: 58-CV/HND
V/v tổ chức Hội thi "Nhà nông đua tài" năm 2023
Triệu Phong, ngày 10 tháng 7 năm 2023
Kính gửi: Ban Thường vụ Hội Nông dân các xã, thị trấn.
Thực hiện Kế hoạch số 112-KH/HU ngày 05/6/2023 của Ban Thường vụ Huyện ủy; căn cứ Hướng dẫn số 25-HD/HNDTW ngày 20/3/2023 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Ban Thường vụ Hội Nông dân huyện đề nghị như sau:`,
    document: { type: 'Công văn', number: '58-CV/HND', date: '2023-07-10', place: 'Triệu Phong' },
    references: [
      implementsRef('Kế hoạch', '112-KH/HU', '2023-06-05'),
      citesRef('Hướng dẫn', '25-HD/HNDTW', '2023-03-20'),
    ],
  },
  {
    id: 'mass-06-veterans-report-history',
    about: 'history recap "Sau 10 năm thực hiện" cites; purpose clause implements',
    text: `HỘI CỰU CHIẾN BINH TỈNH HẬU GIANG
Số: 41/BC-CCB
Vị Thanh, ngày 15 tháng 9 năm 2021
BÁO CÁO
Kết quả thực hiện Kế hoạch số 18-KH/TU ngày 10/01/2021 của Ban Thường vụ Tỉnh ủy
Sau hơn 10 năm thực hiện Chỉ thị số 10-CT/TW ngày 05/12/2011 của Ban Bí thư về phổ cập giáo dục mầm non, hội viên cựu chiến binh đã tích cực vận động con, cháu đến trường.`,
    document: { type: 'Báo cáo', number: '41/BC-CCB', date: '2021-09-15', place: 'Vị Thanh' },
    references: [
      citesRef('Kế hoạch', '18-KH/TU', '2021-01-10', { alternatives: ['implements'] }),
      citesRef('Chỉ thị', '10-CT/TW', '2011-12-05'),
    ],
  },
  {
    id: 'mass-07-trade-union-central',
    about: 'provincial labour federation implementing a national labour confederation plan (KH-TLĐ)',
    text: `LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG
Số: 1120/LĐLĐ-TG
V/v hưởng ứng Tháng Công nhân năm 2024
Thủ Dầu Một, ngày 02 tháng 4 năm 2024
Kính gửi: Các LĐLĐ huyện, thị xã, thành phố; công đoàn ngành, công đoàn các khu công nghiệp.
Thực hiện Kế hoạch số 227/KH-TLĐ ngày 26/02/2024 của Tổng Liên đoàn Lao động Việt Nam về tổ chức Tháng Công nhân năm 2024, Ban Thường vụ LĐLĐ tỉnh hướng dẫn các cấp công đoàn triển khai như sau:`,
    document: { type: 'Công văn', number: '1120/LĐLĐ-TG', date: '2024-04-02', place: 'Thủ Dầu Một' },
    references: [
      implementsRef('Kế hoạch', '227/KH-TLĐ', '2024-02-26', { issuer: 'Tổng Liên đoàn Lao động Việt Nam' }),
    ],
  },
  {
    id: 'mass-08-joint-regulation-front-council',
    about: 'joint regulation of council, committee and front: three issuers, a joint resolution with a long symbol',
    text: `THƯỜNG TRỰC HĐND - UBND - BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM TỈNH QUẢNG NGÃI
Số: 05/QCPH-HĐND-UBND-MTTQ
Quảng Ngãi, ngày 10 tháng 8 năm 2021
QUY CHẾ PHỐI HỢP
Công tác giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh nhiệm kỳ 2021 - 2026
Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam;
Ủy ban MTTQ Việt Nam tỉnh khóa XII, nhiệm kỳ 2019 - 2024 và UBND tỉnh thống nhất ban hành Quy chế phối hợp.`,
    document: { type: 'Quy chế phối hợp', number: '05/QCPH-HĐND-UBND-MTTQ', date: '2021-08-10', place: 'Quảng Ngãi' },
    references: [
      citesRef('Nghị quyết liên tịch', '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN', '2017-06-15', { notTerm: 'XII' }),
    ],
  },
  {
    id: 'mass-09-youth-union-news-campaign',
    about: 'youth union dispatch: the national youth law cited by number and a central union plan implemented',
    text: `TỈNH ĐOÀN VĨNH PHÚC
Số: 312-CV/TĐTN-VP
V/v tổ chức Tháng Thanh niên năm 2022
Vĩnh Yên, ngày 20 tháng 02 năm 2022
Kính gửi: Các huyện, thành đoàn, đoàn trực thuộc.
Thực hiện Kế hoạch số 35-KH/TWĐTN-PTTN ngày 11/01/2022 của Ban Bí thư Trung ương Đoàn về tổ chức Tháng Thanh niên năm 2022; căn cứ Luật Thanh niên số 57/2020/QH14, Ban Thường vụ Tỉnh Đoàn đề nghị các đơn vị triển khai một số nội dung sau:`,
    document: { type: 'Công văn', number: '312-CV/TĐTN-VP', date: '2022-02-20', place: 'Vĩnh Yên' },
    references: [
      implementsRef('Kế hoạch', '35-KH/TWĐTN-PTTN', '2022-01-11'),
      citesRef('Luật', '57/2020/QH14', null, { name: 'Luật Thanh niên' }),
    ],
  },
  {
    id: 'mass-10-red-cross-no-header',
    about: 'no number line: a text body that implements a decision; the document has no number of its own',
    text: `V/v vận động ủng hộ đồng bào bị thiệt hại do bão số 3
Kính gửi: Hội Chữ thập đỏ các huyện, thành phố.
Thực hiện Quyết định số 1745/QĐ-UBND ngày 09/9/2024 của UBND tỉnh Hải Dương về phát động ủng hộ đồng bào bị thiệt hại do bão, Ban Thường vụ Hội Chữ thập đỏ tỉnh đề nghị các cấp hội tổ chức vận động.
Nơi nhận: - Như kính gửi; - Lưu VP.`,
    document: { number: null, date: null },
    references: [
      implementsRef('Quyết định', '1745/QĐ-UBND', '2024-09-09', { issuer: 'UBND tỉnh Hải Dương' }),
    ],
  },
];
