// Pointers back resolve only to a single fitting antecedent; the document itself is never a reference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../server/src/extraction/index.ts';

test('"Chỉ thị trên" joins the one directive named before it', () => {
  const text = 'Ngày 28/4/2020, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 27-CT/TU về an toàn lao động. Để triển khai Chỉ thị trên, Liên đoàn Lao động tỉnh đề nghị các cấp công đoàn tuyên truyền.';
  const found = extract(text).references;
  assert.equal(found.length, 1);
  assert.equal(found[0]?.number, '27-CT/TU');
  assert.equal(found[0]?.relation, 'implements');
  assert.equal(found[0]?.date, '2020-04-28');
});

test('with two directives before it, "Chỉ thị trên" stays unresolved', () => {
  const text = 'Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và Chỉ thị số 27-CT/TU ngày 28/4/2020 của Tỉnh ủy. Để triển khai Chỉ thị trên, Sở đề nghị các đơn vị thực hiện.';
  const found = extract(text).references;
  assert.deepEqual(found.map((r) => [r.number, r.relation]), [['05-CT/TW', 'cites'], ['27-CT/TU', 'cites']]);
});

test('"sau đây gọi tắt là Nghị quyết 57" and later "Nghị quyết 57" are the same resolution', () => {
  const text = 'Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về phát triển khoa học, công nghệ (sau đây gọi tắt là Nghị quyết 57). Thực hiện Nghị quyết 57, Đảng ủy Khối ban hành Kế hoạch.';
  const found = extract(text).references;
  assert.equal(found.length, 1);
  assert.equal(found[0]?.relation, 'implements');
  assert.equal(found[0]?.mentions?.length, 3);
});

test('"Công văn này" and the own number line are the document itself', () => {
  const text = 'SỞ Y TẾ TỈNH ĐỒNG NAI\nSố: 3388/SYT-NVY\nV/v triển khai Kế hoạch tiêm chủng\nBiên Hòa, ngày 14 tháng 3 năm 2022\nNgày 04/3/2022, UBND tỉnh ban hành Kế hoạch số 2210/KH-UBND về tiêm chủng. Để triển khai Kế hoạch nêu trên, Sở Y tế đề nghị các đơn vị thực hiện nghiêm Công văn này.';
  const found = extract(text).references;
  assert.deepEqual(found.map((r) => r.number), ['2210/KH-UBND']);
  assert.equal(found[0]?.relation, 'implements');
});

test('a text that names its own number in the body does not cite itself', () => {
  const text = 'HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nSố: 15/2023/NQ-HĐND\nNinh Bình, ngày 14 tháng 7 năm 2023\nNGHỊ QUYẾT\nĐiều 3. Nghị quyết này có hiệu lực từ ngày 01/8/2023. Nghị quyết số 15/2023/NQ-HĐND được Hội đồng nhân dân tỉnh thông qua.';
  assert.deepEqual(extract(text).references, []);
});

test('a type word alone after "thực hiện" points back to the one document of its type', () => {
  const one = extract('Sau 10 năm thực hiện Nghị quyết số 28-NQ/TW ngày 25/10/2013 của Ban Chấp hành Trung ương, tỉnh đã ban hành Chương trình hành động số 45-CTr/TU ngày 20/3/2014 thực hiện Nghị quyết; 12/12 huyện xây dựng khu vực phòng thủ.');
  assert.ok(one.references.some((r) => r.number === '28-NQ/TW' && r.relation === 'implements' && r.subject === '45-CTr/TU'));
  const two = extract('Căn cứ Nghị quyết số 28-NQ/TW và Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương, tỉnh ban hành Chương trình hành động số 45-CTr/TU thực hiện Nghị quyết.');
  assert.ok(!two.references.some((r) => r.subject === '45-CTr/TU'), 'two resolutions fit: the pointer is left unresolved');
});
