// Headers that look like something they are not: a title in capitals that cites another
// document's number, and a news page's "(Cập nhật: 10:45 | 19/09/2022)" row that the
// normaliser splits at the column separator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../server/src/extraction/index.ts';
import { readDocumentIdentity } from '../../server/src/extraction/identity/index.ts';

const PLAN_WITHOUT_NUMBER_LINE = `ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
KẾ HOẠCH THỰC HIỆN ĐỀ ÁN TĂNG CƯỜNG KIỂM SOÁT Ô NHIỄM MÔI TRƯỜNG THEO QUYẾT ĐỊNH SỐ 582/QĐ-TTG NGÀY 11/4/2013 CỦA THỦ TƯỚNG CHÍNH PHỦ
Điện Biên, ngày 2 tháng 3 năm 2015
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, công chức về bảo vệ môi trường ở các cơ quan, đơn vị.`;

test('a title in capitals citing "QUYẾT ĐỊNH SỐ 582/QĐ-TTG" is not the plan\'s own number', () => {
  const r = readDocumentIdentity(PLAN_WITHOUT_NUMBER_LINE);
  assert.equal(r.number, null);
  assert.equal(r.type, 'Kế hoạch');
  assert.equal(r.key, null);
  assert.equal(r.issuer, 'Ủy ban nhân dân tỉnh Điện Biên');
  assert.equal(r.date, '2015-03-02');
});

test('the decision the title cites stays a reference of the plan', () => {
  const cited = extract(PLAN_WITHOUT_NUMBER_LINE).references.find((ref) => ref.number === '582/QĐ-TTg');
  assert.ok(cited, 'the cited decision is kept');
  assert.equal(cited.date, '2013-04-11');
  assert.equal(cited.issuer, 'Thủ tướng Chính phủ');
});

test('capitals beside "Số" without a type word are still a flattened header column', () => {
  const r = readDocumentIdentity('TỈNH ỦY CAO BẰNG Số 19-CT/TU\nCao Bằng, ngày 3 tháng 5 năm 2021\nCHỈ THỊ\nvề tăng cường công tác phòng, chống dịch');
  assert.equal(r.number, '19-CT/TU');
  assert.equal(r.type, 'Chỉ thị');
});

test('a headline with "(Cập nhật: 10:45 | 19/09/2022)" on the same row keeps its publication date', () => {
  const r = readDocumentIdentity('Phê duyệt đề án phát triển du lịch cộng đồng tỉnh Điện Biên (Cập nhật: 10:45 | 19/09/2022)\n\nUBND tỉnh Điện Biên vừa ban hành Quyết định số 2024/QĐ-UBND ngày 14/9.');
  assert.equal(r.genre, 'news');
  assert.equal(r.publicationDate, '2022-09-19');
  assert.equal(r.date, '2022-09-19');
});
