// Which way the relation goes and whose it is: implements vs cites, relations stated
// between two other documents, short forms and anaphora resolved only when exactly one
// candidate fits, and mentions of the document itself.
import { citesRef, implementsRef, type CorpusCase } from './case.ts';

export const relationsAndAnaphora: CorpusCase[] = [
  {
    id: 'relation-01-between-two-others',
    about: 'a programme "về thực hiện" a resolution, both recalled with "theo tinh thần": the edge is programme → resolution',
    text: `Theo tinh thần Chương trình hành động số 18-CTr/TU ngày 12/9/2013 của Tỉnh ủy Tuyên Quang về thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương khóa XI, Sở Tài nguyên và Môi trường đề nghị các huyện kiểm tra việc bảo vệ nguồn nước.`,
    document: { number: null },
    references: [
      citesRef('Chương trình hành động', '18-CTr/TU', '2013-09-12'),
      implementsRef('Nghị quyết', '24-NQ/TW', null, { subject: '18-CTr/TU', term: 'XI' }),
    ],
  },
  {
    id: 'relation-02-short-form-defined',
    about: '"(sau đây gọi tắt là Nghị quyết 57)" then "Thực hiện Nghị quyết 57, … ban hành Kế hoạch số 45": one document, implemented by the plan the sentence reports',
    text: `Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (sau đây gọi tắt là Nghị quyết 57). Thực hiện Nghị quyết 57, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Thừa Thiên Huế ban hành Kế hoạch số 45-KH/ĐUK ngày 10/02/2025.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', '57-NQ/TW', '2024-12-22', { issuer: 'Bộ Chính trị', subject: '45-KH/ĐUK' }),
      citesRef('Kế hoạch', '45-KH/ĐUK', '2025-02-10', { alternatives: ['implements'], optional: true }),
    ],
  },
  {
    id: 'relation-03-ambiguous-anaphor',
    about: '"Chỉ thị trên" after two directives: two candidates, left unresolved, both stay cited',
    text: `Căn cứ Chỉ thị số 11-CT/TU ngày 02/3/2022 của Ban Thường vụ Tỉnh ủy Quảng Ngãi và Chỉ thị số 14-CT/TU ngày 19/5/2022 của Ban Thường vụ Tỉnh ủy về công tác phòng, chống tham nhũng, tiêu cực. Để thực hiện nghiêm Chỉ thị trên, Ủy ban Kiểm tra Huyện ủy Sơn Tịnh đề nghị các chi bộ tự kiểm tra.`,
    document: { number: null },
    references: [
      citesRef('Chỉ thị', '11-CT/TU', '2022-03-02'),
      citesRef('Chỉ thị', '14-CT/TU', '2022-05-19'),
    ],
  },
  {
    id: 'relation-04-cong-van-nay-self',
    about: '"Công văn này" is the dispatch itself, never a reference; "Kế hoạch nêu trên" has one candidate',
    text: `SỞ Y TẾ TỈNH ĐỒNG NAI
Số: 3388/SYT-NVY
V/v triển khai Kế hoạch tiêm chủng mở rộng năm 2022
Biên Hòa, ngày 14 tháng 3 năm 2022
Kính gửi: Trung tâm Y tế các huyện, thành phố.
Ngày 04/3/2022, UBND tỉnh ban hành Kế hoạch số 2210/KH-UBND về tiêm chủng mở rộng năm 2022. Để triển khai Kế hoạch nêu trên, Sở Y tế đề nghị các đơn vị thực hiện nghiêm Công văn này.`,
    document: { type: 'Công văn', number: '3388/SYT-NVY', date: '2022-03-14', place: 'Biên Hòa' },
    references: [
      implementsRef('Kế hoạch', '2210/KH-UBND', '2022-03-04'),
    ],
  },
  {
    id: 'relation-05-subject-line-and-basis',
    about: 'subject line "Về việc thực hiện X" and "Căn cứ X" in the body: the document implements X',
    text: `ỦY BAN NHÂN DÂN HUYỆN HẢI HẬU
Số: 905/UBND-VP
Về việc thực hiện Chỉ thị số 20/CT-UBND của UBND tỉnh
Hải Hậu, ngày 18 tháng 8 năm 2021
Căn cứ Chỉ thị số 20/CT-UBND ngày 10/8/2021 của UBND tỉnh Nam Định về tăng cường phòng, chống dịch COVID-19, UBND huyện yêu cầu các xã, thị trấn thực hiện nghiêm các biện pháp phòng dịch.`,
    document: { type: 'Công văn', number: '905/UBND-VP', date: '2021-08-18', place: 'Hải Hậu' },
    references: [
      implementsRef('Chỉ thị', '20/CT-UBND', '2021-08-10', { issuer: 'UBND tỉnh Nam Định' }),
    ],
  },
  {
    id: 'relation-06-trien-khai-sentence-start',
    about: '"Triển khai Kế hoạch số …" at the start of the purpose clause implements it',
    text: `Triển khai Kế hoạch số 134/KH-UBND ngày 22/6/2023 của UBND tỉnh Kiên Giang về phát triển du lịch biển đảo, Sở Văn hóa và Thể thao phối hợp với UBND thành phố Phú Quốc tổ chức Tuần lễ du lịch biển.`,
    document: { number: null },
    references: [
      implementsRef('Kế hoạch', '134/KH-UBND', '2023-06-22'),
    ],
  },
  {
    id: 'relation-07-report-recaps',
    about: 'a report recalling an earlier plan that implemented a decision; only citations by the report',
    text: `Năm 2020, UBND huyện đã ban hành Kế hoạch số 35/KH-UBND ngày 10/02/2020 triển khai Chỉ thị số 08-CT/HU ngày 05/01/2020 của Ban Thường vụ Huyện ủy Tam Nông về phát triển kinh tế tập thể. Qua 3 năm, toàn huyện thành lập mới 12 hợp tác xã.`,
    document: { number: null },
    references: [
      citesRef('Kế hoạch', '35/KH-UBND', '2020-02-10'),
      implementsRef('Chỉ thị', '08-CT/HU', '2020-01-05', { subject: '35/KH-UBND' }),
    ],
  },
  {
    id: 'relation-08-type-filtered-anaphor',
    about: '"Kết luận trên" with one Kết luận and one Chỉ thị before it: exactly one candidate fits',
    text: `Ban Bí thư ban hành Kết luận số 69-KL/TW ngày 20/01/2024 về tiếp tục thực hiện Chỉ thị số 25-CT/TW ngày 08/8/2018 của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương. Thực hiện Kết luận trên, Ban Thường vụ Tỉnh ủy Quảng Nam chỉ đạo rà soát các chương trình hợp tác quốc tế.`,
    document: { number: null },
    references: [
      implementsRef('Kết luận', '69-KL/TW', '2024-01-20'),
      implementsRef('Chỉ thị', '25-CT/TW', '2018-08-08', { subject: '69-KL/TW', alternatives: ['cites'] }),
    ],
  },
  {
    id: 'relation-09-nghi-quyet-nay-self',
    about: 'a council resolution saying "Nghị quyết này" and "Nghị quyết số 15/2023/NQ-HĐND" of itself',
    text: `HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH
Số: 15/2023/NQ-HĐND
Ninh Bình, ngày 14 tháng 7 năm 2023
NGHỊ QUYẾT
Quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật
Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;
Điều 3. Nghị quyết này có hiệu lực từ ngày 01/8/2023. Nghị quyết số 15/2023/NQ-HĐND được Hội đồng nhân dân tỉnh khóa XV, kỳ họp thứ 14 thông qua.`,
    document: { type: 'Nghị quyết', number: '15/2023/NQ-HĐND', date: '2023-07-14', place: 'Ninh Bình' },
    references: [
      citesRef('Luật', null, '2012-06-20', { name: 'Phổ biến, giáo dục pháp luật' }),
    ],
  },
  {
    id: 'relation-10-short-number-repeat',
    about: 'full mention then short form "Nghị quyết 36" in a later sentence: one entry',
    text: `Thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương Đảng khóa XII, tỉnh Cà Mau xác định kinh tế biển là động lực. Sau 5 năm thực hiện Nghị quyết 36, tổng sản phẩm kinh tế biển chiếm 45% GRDP của tỉnh.`,
    document: { number: null },
    references: [
      implementsRef('Nghị quyết', '36-NQ/TW', '2018-10-22', { term: 'XII' }),
    ],
  },
  {
    id: 'relation-11-quan-triet-then-implement',
    about: 'task items: "Tiếp tục quán triệt, triển khai thực hiện" a resolution (cites) while the purpose implements a plan',
    text: `Thực hiện Kế hoạch số 211-KH/TU ngày 02/8/2021 của Ban Thường vụ Tỉnh ủy Bình Định, Ban Thường vụ Huyện ủy Tây Sơn yêu cầu các tổ chức đảng:
1. Tiếp tục quán triệt, triển khai thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.`,
    document: { number: null },
    references: [
      implementsRef('Kế hoạch', '211-KH/TU', '2021-08-02'),
      citesRef('Nghị quyết', '35-NQ/TW', '2018-10-22', { alternatives: ['implements'] }),
    ],
  },
  {
    id: 'relation-12-summary-of-chain',
    about: 'a chain of three: district plan implements provincial programme implements central resolution',
    text: `Kế hoạch số 78-KH/HU ngày 05/5/2022 của Huyện ủy Bảo Thắng thực hiện Chương trình hành động số 52-CTr/TU ngày 14/3/2022 của Tỉnh ủy Lào Cai thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương đã được các xã triển khai nghiêm túc, theo báo cáo của Ban Tuyên giáo Huyện ủy.`,
    document: { number: null },
    references: [
      citesRef('Kế hoạch', '78-KH/HU', '2022-05-05'),
      implementsRef('Chương trình hành động', '52-CTr/TU', '2022-03-14', { subject: '78-KH/HU' }),
      implementsRef('Nghị quyết', '19-NQ/TW', null, { subject: '52-CTr/TU' }),
    ],
  },
];
