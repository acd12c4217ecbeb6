import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PROVINCES_BEFORE_2025, PROVINCES_FROM_2025, findProvince, provinceBySlug, mergedInto, formedFrom, provinceNamedAtStart,
} from '../../server/src/domain/provinces.ts';

test('63 provinces before 1 July 2025 and 34 after, each with a unique slug', () => {
  assert.equal(PROVINCES_BEFORE_2025.length, 63);
  assert.equal(PROVINCES_FROM_2025.length, 34);
  assert.equal(new Set(PROVINCES_BEFORE_2025.map((p) => p.slug)).size, 63);
  assert.equal(new Set(PROVINCES_FROM_2025.map((p) => p.slug)).size, 34);
  for (const p of [...PROVINCES_BEFORE_2025, ...PROVINCES_FROM_2025]) assert.match(p.slug, /^[a-z]+(?:-[a-z]+)*$/);
});

test('every province before 2025 became part of exactly one province from 2025', () => {
  const all = PROVINCES_FROM_2025.flatMap((p) => p.formedFrom).sort();
  assert.deepEqual(all, PROVINCES_BEFORE_2025.map((p) => p.slug).sort());
});

test('names are found with or without "tỉnh"/"thành phố", diacritics and tone-mark placement', () => {
  assert.equal(findProvince('tỉnh Cao Bằng')?.slug, 'cao-bang');
  assert.equal(findProvince('Cao Bang')?.slug, 'cao-bang');
  assert.equal(findProvince('CAO BẰNG')?.slug, 'cao-bang');
  assert.equal(findProvince('Khánh Hoà')?.slug, 'khanh-hoa');
  assert.equal(findProvince('Thanh Hoá')?.slug, 'thanh-hoa');
  assert.equal(findProvince('thành phố Hải Phòng')?.slug, 'hai-phong');
  assert.equal(findProvince('TP.HCM')?.slug, 'ho-chi-minh');
  assert.equal(findProvince('TP. Hồ Chí Minh')?.slug, 'ho-chi-minh');
  assert.equal(findProvince('Thành phố Hồ Chí Minh')?.slug, 'ho-chi-minh');
  assert.equal(findProvince('Bà Rịa - Vũng Tàu')?.slug, 'ba-ria-vung-tau');
  assert.equal(findProvince('Bà Rịa–Vũng Tàu')?.slug, 'ba-ria-vung-tau');
  assert.equal(findProvince('Thừa Thiên Huế')?.slug, 'thua-thien-hue');
  assert.equal(findProvince('Huế')?.slug, 'thua-thien-hue');
  assert.equal(findProvince('Bắc Cạn')?.slug, 'bac-kan');
  assert.equal(findProvince('Đăk Lăk')?.slug, 'dak-lak');
});

test('capitals and towns in headers give their province', () => {
  assert.equal(findProvince('Đồng Xoài')?.slug, 'binh-phuoc');
  assert.equal(findProvince('Buôn Ma Thuột')?.slug, 'dak-lak');
  assert.equal(findProvince('Việt Trì')?.slug, 'phu-tho');
  assert.equal(findProvince('Thủ Dầu Một')?.slug, 'binh-duong');
  assert.equal(findProvince('Phan Rang-Tháp Chàm')?.slug, 'ninh-thuan');
  assert.equal(findProvince('Vinh')?.slug, 'nghe-an');
  assert.equal(findProvince('Pleiku')?.slug, 'gia-lai');
  assert.equal(findProvince('Hạ Long')?.slug, 'quang-ninh');
  assert.equal(findProvince('Mỹ Tho')?.slug, 'tien-giang');
});

test('every province before 2025 has its capital as a place', () => {
  for (const p of PROVINCES_BEFORE_2025) {
    assert.ok(p.places.length > 0, p.slug);
    assert.equal(findProvince(p.places[0]!)?.slug, p.slug, p.places[0]);
    assert.equal(findProvince(p.name)?.slug, p.slug);
  }
});

test('unknown names give null', () => {
  assert.equal(findProvince('Paris'), null);
  assert.equal(findProvince(''), null);
  assert.equal(findProvince('Ban Thường vụ'), null);
});

test('the 2025 merger: which old provinces make each new one', () => {
  assert.equal(mergedInto('binh-phuoc')?.slug, 'dong-nai');
  assert.equal(mergedInto('ba-ria-vung-tau')?.slug, 'ho-chi-minh');
  assert.equal(mergedInto('thua-thien-hue')?.slug, 'hue');
  assert.equal(mergedInto('cao-bang')?.slug, 'cao-bang');
  assert.deepEqual(formedFrom('ninh-binh').map((p) => p.slug), ['ninh-binh', 'ha-nam', 'nam-dinh']);
  assert.deepEqual(formedFrom('can-tho').map((p) => p.name), ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']);
  assert.equal(provinceBySlug('hue')?.name, 'Huế');
  assert.equal(provinceBySlug('hue')?.kind, 'thành phố');
  assert.equal(provinceBySlug('dak-nong')?.name, 'Đắk Nông');
  assert.equal(mergedInto('nowhere'), null);
});

test('from 1 July 2025 names and towns mean the merged provinces', async () => {
  const { findProvinceOn } = await import('../../server/src/domain/provinces.ts');
  assert.equal(findProvinceOn('Đồng Xoài', '2016-06-13')?.slug, 'binh-phuoc');
  assert.equal(findProvinceOn('Đồng Xoài', '2025-08-01')?.slug, 'dong-nai');
  assert.equal(findProvinceOn('Huế', '2025-07-01')?.slug, 'hue');
  assert.equal(findProvinceOn('Thừa Thiên Huế', '2025-09-10')?.slug, 'hue');
  assert.equal(findProvinceOn('Lào Cai', '2025-10-01')?.slug, 'lao-cai');
  assert.equal(findProvinceOn('Yên Bái', '2025-10-01')?.slug, 'lao-cai');
  assert.equal(findProvinceOn('Cao Bằng', null)?.slug, 'cao-bang');
  assert.equal(findProvinceOn('Paris', '2025-10-01'), null);
});

test('a town written with diacritics is only the town that has them', () => {
  assert.equal(findProvince('Vĩnh'), null, '"Vĩnh" of "xã Vĩnh Hòa" is not the town of Vinh');
  assert.equal(findProvince('VĨNH'), null);
  assert.equal(findProvince('thành phố Vinh')?.slug, 'nghe-an');
  assert.equal(findProvince('VINH')?.slug, 'nghe-an');
  assert.equal(findProvince('Mỹ Tho')?.slug, 'tien-giang');
  assert.equal(findProvince('My Tho')?.slug, 'tien-giang', 'a text typed without diacritics still finds it');
  assert.equal(findProvince('Mý Tho'), null);
  assert.equal(findProvince('Buôn Ma Thuột')?.slug, 'dak-lak');
  assert.equal(findProvince('Cao Bang')?.slug, 'cao-bang', 'province names are still compared folded');
});

test('the place at the start of a line is its longest name, never the first word of a longer one', () => {
  assert.equal(provinceNamedAtStart('Vĩnh Hòa, ngày 12 tháng 3 năm 2021'), null);
  assert.equal(provinceNamedAtStart('Vinh Quang, ngày 12 tháng 3 năm 2021'), null, 'the commune Vinh Quang is no town of Nghệ An');
  assert.deepEqual(provinceNamedAtStart('Vinh, ngày 12 tháng 3 năm 2021'), { province: findProvince('Nghệ An'), said: 'Vinh', town: true });
  assert.deepEqual(provinceNamedAtStart('Đồng Xoài, ngày 05/7/2017'), { province: findProvince('Bình Phước'), said: 'Đồng Xoài', town: true });
  assert.equal(provinceNamedAtStart('thành phố Hồ Chí Minh, ngày 1/1/2020')?.province.slug, 'ho-chi-minh');
  assert.equal(provinceNamedAtStart('Bà Rịa - Vũng Tàu, ngày 1/1/2020')?.province.slug, 'ba-ria-vung-tau', 'not Bà Rịa alone');
  assert.equal(provinceNamedAtStart('Cao Bằng Thực hiện')?.town, false);
  assert.equal(provinceNamedAtStart('Paris, ngày 1/1/2020'), null);
});
