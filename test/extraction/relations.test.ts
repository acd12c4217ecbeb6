// Implements or cites, with the cue and the subject, as a reader of the sentence would say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../server/src/extraction/index.ts';

const relations = (text: string): string[] =>
  extract(text).references.map((r) => `${r.number ?? r.type} ${r.relation} ${r.subject}`);

test('a subject line "Về việc thực hiện" makes the document implement what it names', () => {
  const text = 'Số: 45/UBND-VX\nV/v triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị\nLào Cai, ngày 10 tháng 6 năm 2016\nKính gửi: Các sở, ban, ngành.';
  assert.deepEqual(relations(text), ['05-CT/TW implements self']);
});

test('"Căn cứ" cites; an opening "Thực hiện" implements until "căn cứ" takes over', () => {
  const text = 'Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ Tỉnh ủy về công tác tuyên giáo; Kế hoạch số 157-KH/TU, ngày 17/9/2019 của Ban Thường vụ Tỉnh ủy; căn cứ Hướng dẫn số 115-HD/BTGTW, ngày 08/01/2020 của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Tỉnh ủy đề nghị như sau:';
  assert.deepEqual(relations(text), ['172-KH/TU implements self', '157-KH/TU implements self', '115-HD/BTGTW cites self']);
});

test('a clause after a semicolon carries its own cue: "Căn cứ X; và thực hiện Y"', () => {
  const text = 'Căn cứ Hướng dẫn số 38-HD/BTGTW ngày 02/3/2023 của Ban Tuyên giáo Trung ương; và thực hiện Kế hoạch số 86-KH/TU ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy Sơn La, Ban Tuyên giáo Huyện ủy Mai Sơn hướng dẫn như sau:';
  assert.deepEqual(relations(text), ['38-HD/BTGTW cites self', '86-KH/TU implements self']);
  const unchanged = 'Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND tỉnh; tuyên truyền sâu rộng Luật Đất đai năm 2013, Chỉ thị số 19-CT/TU ngày 10/4/2022 của Tỉnh ủy.';
  assert.deepEqual(relations(unchanged).filter((r) => r.startsWith('19-CT/TU')), ['19-CT/TU cites self']);
});

test('a new clause after the opening ends its reach', () => {
  const text = 'Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy ban hành Đề án này thay thế Đề án số 03-ĐA/TU ngày 21/02/2017 của Ban Thường vụ Tỉnh ủy.';
  assert.deepEqual(relations(text), ['19-NQ/TW implements self', '03-ĐA/TU cites self']);
});

test('recaps of history and "quán triệt" cite', () => {
  const text = 'Sau hơn 10 năm triển khai thực hiện Nghị quyết số 41-NQ/TW ngày 15/11/2004 của Bộ Chính trị (khóa IX), nhận thức đã được nâng lên. Tiếp tục quán triệt, triển khai thực hiện có hiệu quả Nghị quyết số 24-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI).';
  const found = extract(text).references;
  assert.deepEqual(found.map((r) => [r.number, r.relation, r.cue]), [
    ['41-NQ/TW', 'cites', 'Sau hơn 10 năm triển khai thực hiện'],
    ['24-NQ/TW', 'cites', 'quán triệt'],
  ]);
});

test('a relation stated between two other documents keeps its subject', () => {
  const text = 'Tuyên truyền Chương trình hành động số 39-CTr/TU, ngày 26/8/2013 của Tỉnh ủy thực hiện Nghị quyết số 25-NQ/TW tới toàn thể đoàn viên.';
  const [programme, resolution] = extract(text).references;
  assert.equal(programme?.subject, 'self');
  assert.equal(resolution?.number, '25-NQ/TW');
  assert.equal(resolution?.relation, 'implements');
  assert.equal(resolution?.subject, '39-CTr/TU');
  assert.equal(resolution?.subjectKey, programme?.key);
});

test('a news page: "Thực hiện X, [unit] đã …" and a plan "được xây dựng nhằm thực hiện" another', () => {
  const news = 'Thực hiện Chỉ thị số 17-CT/TU ngày 02/3/2023 của Ban Thường vụ Tỉnh ủy, Công an tỉnh đã xử lý hơn 12.000 trường hợp vi phạm.';
  assert.deepEqual(relations(news), ['17-CT/TU implements self']);
  const plan = 'Ngày 5/3/2021, UBND tỉnh Bến Tre ban hành Kế hoạch số 1102/KH-UBND về phòng, chống hạn mặn. Kế hoạch được xây dựng nhằm triển khai thực hiện Chỉ thị số 04/CT-TTg ngày 29/01/2021 của Thủ tướng Chính phủ.';
  assert.deepEqual(relations(plan), ['1102/KH-UBND cites self', '04/CT-TTg implements 1102/KH-UBND']);
  assert.equal(extract(plan).references[0]?.date, '2021-03-05');
});

test('one entry per document and subject, every mention kept; implements wins over cites', () => {
  const text = 'V/v thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy\nThực hiện Chỉ thị số 19-CT/TU, ngày 04/7/2017 của Tỉnh ủy. Các cấp công đoàn tổ chức học tập theo tinh thần Chỉ thị của Tỉnh ủy.';
  const found = extract(text).references;
  assert.equal(found.length, 1);
  assert.equal(found[0]?.relation, 'implements');
  assert.equal(found[0]?.mentions?.length, 3);
  assert.equal(found[0]?.date, '2017-07-04');
});

test('list items under a heading cue take its relation', () => {
  const text = 'UBND HUYỆN BẢO LẠC\nSố: 120/UBND-VP\nBảo Lạc, ngày 05 tháng 4 năm 2023\nThực hiện:\n- Kế hoạch số 45/KH-UBND ngày 20/3/2023 của UBND tỉnh Cao Bằng;\n- Công văn số 678/SNV-VP ngày 25/3/2023 của Sở Nội vụ;\nCăn cứ:\n- Nghị quyết số 12-NQ/HU ngày 10/1/2023 của Huyện ủy;\nUBND huyện đề nghị các xã triển khai.';
  const found = extract(text).references;
  assert.deepEqual(found.map((r) => [r.number, r.relation, r.cue]), [
    ['45/KH-UBND', 'implements', 'Thực hiện'],
    ['678/SNV-VP', 'implements', 'Thực hiện'],
    ['12-NQ/HU', 'cites', 'Căn cứ'],
  ]);
});

test('a page headline "Chương trình thực hiện X" implements X', () => {
  const text = 'Chương trình thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về quản lý, bảo vệ rừng\nNgày cập nhật 30/10/2017\n\nNgày 23/8/2017, Tỉnh ủy đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.';
  const directive = extract(text).references.find((r) => r.number === '13-CT/TW' && r.subject === 'self');
  assert.equal(directive?.relation, 'implements');
  assert.equal(directive?.cue, 'Chương trình thực hiện');
});

test('a purpose clause after a reported plan makes the plan the subject', () => {
  const text = 'Ngày 5/3/2021, UBND tỉnh Bến Tre ban hành Kế hoạch số 1102/KH-UBND về phòng, chống hạn hán, xâm nhập mặn nhằm triển khai thực hiện Chỉ thị số 04/CT-TTg ngày 29/01/2021 của Thủ tướng Chính phủ.';
  assert.deepEqual(relations(text), ['1102/KH-UBND cites self', '04/CT-TTg implements 1102/KH-UBND']);
});

test('a plan "to study, internalise and carry out" a resolution implements it; a body instruction to do so cites it', () => {
  const title = 'KẾ HOẠCH\nTổ chức học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII\nI. MỤC ĐÍCH, YÊU CẦU';
  assert.deepEqual(relations(title), ['27-NQ/TW implements self']);
  const body = 'Tiếp tục quán triệt, tuyên truyền, triển khai thực hiện có hiệu quả Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương (khóa XI).';
  assert.deepEqual(relations(body), ['24-NQ/TW cites self']);
});

test('a list of bases whose last item carries something out', () => {
  const text = 'HƯỚNG DẪN\nthực hiện nhiệm vụ kiểm tra năm 2023\n- Căn cứ Quy định số 22-QĐ/TW ngày 28-7-2021 của Ban Chấp hành Trung ương;\n- Thực hiện Kết luận số 34-KL/TW ngày 18/4/2022 của Bộ Chính trị về Chiến lược công tác kiểm tra,\nỦy ban Kiểm tra Tỉnh ủy hướng dẫn như sau:';
  assert.deepEqual(relations(text), ['22-QĐ/TW cites self', '34-KL/TW implements self']);
});

test('"Căn cứ X và thực hiện Y": the second basis is carried out', () => {
  const text = 'Căn cứ Hướng dẫn số 145-HD/BTGTW ngày 05/01/2024 của Ban Tuyên giáo Trung ương và thực hiện Kế hoạch số 250-KH/TU ngày 26/12/2023 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:';
  assert.deepEqual(relations(text), ['145-HD/BTGTW cites self', '250-KH/TU implements self']);
});

test('a subject line "V/v hướng dẫn thực hiện" implements', () => {
  const text = 'Số: 1520/STC-QLG\nV/v hướng dẫn thực hiện Thông tư số 36/2022/TT-BTC của Bộ Tài chính\nBắc Kạn, ngày 11 tháng 7 năm 2022\nKính gửi: Các sở, ban, ngành.';
  assert.deepEqual(relations(text), ['36/2022/TT-BTC implements self']);
});

test('relations stated between two other documents, in the wordings news pages use', () => {
  assert.deepEqual(relations('Năm 2022, UBND tỉnh đã ban hành Quyết định số 1034/QĐ-UBND ngày 20/4/2022 ban hành Kế hoạch thực hiện Nghị quyết số 06/NQ-CP ngày 21/01/2021 của Chính phủ.'),
    ['1034/QĐ-UBND cites self', '06/NQ-CP implements 1034/QĐ-UBND']);
  assert.deepEqual(relations('Ngày 7-3, UBND huyện tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND ngày 1-3-2019 của UBND huyện về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2019 theo Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ.'),
    ['45/KH-UBND cites self', '1600/QĐ-TTg implements 45/KH-UBND']);
  assert.deepEqual(relations('UBND tỉnh ban hành Quyết định số 412/QĐ-UBND phê duyệt Kế hoạch số 35/KH-SNN ngày 01/3/2023 của Sở Nông nghiệp và Phát triển nông thôn.'),
    ['412/QĐ-UBND cites self', '35/KH-SNN cites 412/QĐ-UBND']);
  assert.deepEqual(relations('Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đã được Chính phủ cụ thể hóa bằng Nghị quyết số 03/NQ-CP ngày 09/01/2025.'),
    ['57-NQ/TW implements 03/NQ-CP', '03/NQ-CP cites self']);
});

test('"Chỉ thị nêu rõ, …": what the reported directive carries out and recalls is its own', () => {
  const text = 'Ngày 30/10/2024, Ban Bí thư ban hành Chỉ thị số 39-CT/TW về tín dụng chính sách xã hội. Chỉ thị nêu rõ, sau 10 năm thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư khóa XI, đã có hơn 41 triệu lượt hộ được vay vốn. Chỉ thị nêu rõ, thực hiện Kết luận số 06-KL/TW của Ban Bí thư, các cấp ủy phải lãnh đạo chặt chẽ.';
  assert.deepEqual(relations(text), ['39-CT/TW cites self', '40-CT/TW cites 39-CT/TW', '06-KL/TW implements 39-CT/TW']);
});

test('a report\'s recap: "Năm 2022, thực hiện X, … ban hành Kế hoạch số Y" — Y carries X out', () => {
  const text = 'Năm 2022, thực hiện Kết luận số 40-KL/TW ngày 18/7/2022 của Bộ Chính trị về quản lý biên chế, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 210-KH/HU ngày 30/9/2022.';
  assert.deepEqual(relations(text), ['40-KL/TW implements 210-KH/HU', '210-KH/HU cites self']);
});

test('the issuer\'s name the reader did not finish, and "(cũ)", stand between a plan and what it carries out', () => {
  const text = 'Tiếp tục triển khai Kế hoạch số 120/KH-UBND ngày 15/3/2025 của UBND huyện Lập Thạch (cũ) thực hiện Quyết định số 512/QĐ-UBND ngày 28/02/2025 của UBND tỉnh Vĩnh Phúc.';
  assert.deepEqual(relations(text), ['120/KH-UBND cites self', '512/QĐ-UBND implements 120/KH-UBND']);
});

test('amending and answering: the first document cites the second', () => {
  assert.deepEqual(relations('Ngày 1/4, Chính phủ ban hành Nghị quyết số 71/NQ-CP sửa đổi, bổ sung Chương trình hành động ban hành kèm theo Nghị quyết số 03/NQ-CP ngày 09/01/2025.'),
    ['71/NQ-CP cites self', '03/NQ-CP cites 71/NQ-CP']);
  assert.deepEqual(relations('Phúc đáp Công văn số 7812/UBND-CN ngày 25/9/2024 của UBND tỉnh về việc báo cáo theo đề nghị tại Công văn số 4521/BXD-QLN ngày 16/9/2024 của Bộ Xây dựng, Sở Xây dựng báo cáo như sau:'),
    ['7812/UBND-CN cites self', '4521/BXD-QLN cites 7812/UBND-CN']);
});

test('"Kế hoạch thực hiện X và căn cứ Y": the plan the sentence speaks of relies on Y', () => {
  const text = 'Ngày 2/8/2024, UBND huyện ban hành Kế hoạch số 215/KH-UBND về phòng, chống ngập úng. Kế hoạch thực hiện Quyết định số 1560/QĐ-UBND ngày 15/7/2024 của UBND thành phố Hà Nội và căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ.';
  assert.deepEqual(relations(text), ['215/KH-UBND cites self', '1560/QĐ-UBND implements 215/KH-UBND', '66/2021/NĐ-CP cites 215/KH-UBND']);
});
