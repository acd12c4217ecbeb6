// The founding texts a "Căn cứ" block opens with, cited by name: the Constitution, charters,
// ordinances, working rules and amending laws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../server/src/extraction/index.ts';

const cited = (text: string) => extract(text).references.map((r) => ({ type: r.type, surface: r.surface.replace(/\s+/g, ' '), date: r.date, key: r.key }));

test('the Constitution with the state\'s name and its year', () => {
  assert.deepEqual(cited('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013;'), [
    { type: 'Hiến pháp', surface: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013', date: null, key: 'state:QH:-:HIEN-PHAP:hien-phap:2013' },
  ]);
  assert.equal(cited('Hiến pháp năm 2013 khẳng định tất cả quyền lực nhà nước thuộc về Nhân dân.')[0]?.key, 'state:QH:-:HIEN-PHAP:hien-phap:2013');
});

test('"Hiến pháp" for constitutional order is no citation', () => {
  assert.deepEqual(cited('Cán bộ, đảng viên phải thượng tôn Hiến pháp và pháp luật.'), []);
});

test('charters: the Party\'s and a mass organisation\'s', () => {
  const found = cited('- Căn cứ Điều lệ Đảng;\nCăn cứ Điều lệ Hội Nông dân Việt Nam;');
  assert.deepEqual(found.map((r) => [r.type, r.surface]), [['Điều lệ', 'Điều lệ Đảng'], ['Điều lệ', 'Điều lệ Hội Nông dân Việt Nam']]);
  assert.equal(found[0]!.key, 'party:ĐH:-:DIEU-LE:dieu-le-dang:?');
});

test('an ordinance by name is the Standing Committee\'s', () => {
  assert.deepEqual(cited('Tổng kết 18 năm thực hiện Pháp lệnh Cựu chiến binh.').map((r) => [r.surface, r.key]), [
    ['Pháp lệnh Cựu chiến binh', 'state:UBTVQH:-:PL:cuu-chien-binh:?'],
  ]);
});

test('a law whose name begins with "Thực hiện" keeps its whole name', () => {
  assert.deepEqual(cited('Luật Thực hiện dân chủ ở cơ sở năm 2022 có hiệu lực từ ngày 01/7/2023.').map((r) => r.surface), ['Luật Thực hiện dân chủ ở cơ sở năm 2022']);
});

test('an amending law is one document, not the laws in its title', () => {
  const found = cited('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.type, 'Luật');
  assert.equal(found[0]!.date, '2019-11-22');
});

test('working rules are cited with their owner, and not when the text issues them', () => {
  assert.deepEqual(cited('- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXII, nhiệm kỳ 2020 - 2025;').map((r) => r.type), ['Quy chế']);
  assert.deepEqual(cited('Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII.'), []);
});

test('a staff conference\'s resolution, the charter of an agency\'s year', () => {
  assert.deepEqual(cited('Thực hiện Nghị quyết Hội nghị cán bộ, công chức, viên chức năm 2024 của Trường THPT Chu Văn An, Công đoàn cơ sở xây dựng kế hoạch.').map((r) => r.type), ['Nghị quyết']);
});
