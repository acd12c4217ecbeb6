import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentKey, selfKey, centralTermForDate, localTermStartForDate } from '../../server/src/extraction/keys.ts';

test('41-NQ/TW of 2004 and of 2023 are different documents', () => {
  const of2004 = documentKey({ number: '41-NQ/TW', type: 'Nghị quyết', issuer: 'Bộ Chính trị', date: '2004-11-15' });
  const of2023 = documentKey({ number: '41-NQ/TW', type: 'Nghị quyết', issuer: 'Bộ Chính trị', date: '2023-10-10' });
  assert.equal(of2004, 'party:TW:-:NQ:41:IX');
  assert.equal(of2023, 'party:TW:-:NQ:41:XIII');
});

test('an explicit khóa gives the term; without date or khóa the term is unknown', () => {
  assert.equal(documentKey({ number: '24-NQ/TW', type: 'Nghị quyết', issuer: 'Ban Chấp hành Trung ương', date: null, term: 'XI' }), 'party:TW:-:NQ:24:XI');
  assert.equal(documentKey({ number: '41-NQ/TW', type: 'Nghị quyết', issuer: null, date: null }), 'party:TW:-:NQ:41:?');
});

test('every province has its own 19-CT/TU', () => {
  const caoBang = documentKey({ number: '19-CT/TU', type: 'Chỉ thị', issuer: 'Tỉnh ủy', date: '2017-07-04' }, { province: 'Cao Bằng' });
  const named = documentKey({ number: '19-CT/TU', type: 'Chỉ thị', issuer: 'Tỉnh ủy Bắc Kạn', date: '2017-07-04' }, { province: 'Cao Bằng' });
  const unknown = documentKey({ number: '19-CT/TU', type: 'Chỉ thị', issuer: 'Tỉnh ủy', date: '2017-07-04' }, {});
  assert.equal(caoBang, 'party:TU:cao-bang:CT:19:2015');
  assert.equal(named, 'party:TU:bac-kan:CT:19:2015');
  assert.equal(unknown, 'party:TU:?:CT:19:2015');
});

test('State administrative numbers restart yearly; normative symbols carry their year', () => {
  assert.equal(documentKey({ number: '9237/KH-UBND', type: 'Kế hoạch', issuer: null, date: '2014-11-27' }, { province: 'Hải Phòng' }), 'state:UBND:hai-phong:KH:9237:2014');
  assert.equal(documentKey({ number: '582/QĐ-TTG', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: null }), 'state:TTg:-:QĐ:582:?');
  assert.equal(documentKey({ number: '08/2022/NĐ-CP', type: 'Nghị định', issuer: null, date: null }), 'state:CP:-:NĐ:8:2022');
});

test('laws cited by name are keyed by their name and year', () => {
  assert.equal(documentKey({ number: null, type: 'Luật', name: 'Bảo vệ Môi trường', issuer: null, date: '2014' }), 'state:QH:-:LUAT:bao-ve-moi-truong:2014');
});

test('the self key of a dispatch, written however', () => {
  const key = selfKey({ number: '629/LĐLĐ', type: 'Công văn', issuer: 'Liên đoàn Lao động tỉnh Cao Bằng', date: '2017-07-21', province: 'Cao Bằng' });
  assert.equal(key, 'mass:LĐLĐ:cao-bang:CV:629:2017');
  assert.equal(selfKey({ number: null, type: 'Công văn', issuer: null, date: null }), null);
});

test('terms from dates', () => {
  assert.equal(centralTermForDate('2013-06-03'), 'XI');
  assert.equal(centralTermForDate('2016-04-26'), 'XII');
  assert.equal(centralTermForDate('2016'), null);
  assert.equal(localTermStartForDate('2017-07-04'), '2015');
  assert.equal(localTermStartForDate('2015-08-01'), null);
  assert.equal(localTermStartForDate('2015-12-01'), '2015');
});

test('district committees and district People\'s Committees number apart from the province', () => {
  assert.equal(documentKey({ number: '12-NQ/HU', type: 'Nghị quyết', issuer: 'Huyện ủy', date: '2023-01-10' }, { province: 'Cao Bằng', district: 'Bảo Lạc' }), 'party:HU:cao-bang.bao-lac:NQ:12:2020');
  assert.equal(documentKey({ number: '12-NQ/HU', type: 'Nghị quyết', issuer: 'Huyện ủy', date: '2023-01-10' }, { province: 'Cao Bằng' }), 'party:HU:?:NQ:12:2020');
  assert.equal(documentKey({ number: '120/UBND-VP', type: 'Công văn', issuer: 'UBND huyện Bảo Lạc', date: '2023-04-05' }, { province: 'Cao Bằng' }), 'state:UBND:cao-bang.bao-lac:CV:120:2023');
  assert.equal(documentKey({ number: '120/UBND-VP', type: 'Công văn', issuer: 'UBND tỉnh', date: '2023-04-05' }, { province: 'Cao Bằng', district: 'Bảo Lạc' }), 'state:UBND:cao-bang:CV:120:2023');
  // Unnamed, "UBND" in a district document could be either body: the scope is left open.
  assert.equal(documentKey({ number: '120/UBND-VP', type: 'Công văn', issuer: null, date: '2023-04-05' }, { province: 'Cao Bằng', district: 'Bảo Lạc' }), 'state:UBND:?:CV:120:2023');
});

test('every commune\'s Party committee has its own 02-CV/ĐU', () => {
  const lamPhong = documentKey({ number: '02-CV/ĐU', type: 'Công văn', issuer: 'Đảng ủy xã Lâm Phong', date: '2005-03-02' }, { province: 'Cần Thơ' });
  const ducKim = documentKey({ number: '02-CV/ĐU', type: 'Công văn', issuer: 'Đảng ủy xã Đức Kim', date: '2005-03-02' }, { province: 'Cần Thơ' });
  assert.equal(lamPhong, 'party:ĐU:can-tho.xa-lam-phong:CV:2:2000');
  assert.equal(ducKim, 'party:ĐU:can-tho.xa-duc-kim:CV:2:2000');
  // The district named after the commune is not part of its name.
  assert.equal(documentKey({ number: '02-CV/ĐU', type: 'Công văn', issuer: 'Đảng ủy xã Lâm Phong, huyện Trung Thạnh', date: '2005-03-02' }, { province: 'Cần Thơ' }), lamPhong);
  // A unit's committee that is not a commune's: the police, the army command.
  assert.equal(documentKey({ number: '12-NQ/ĐU', type: 'Nghị quyết', issuer: 'Đảng ủy Quân sự tỉnh Cao Bằng', date: '2021-03-02' }, { province: 'Cao Bằng' }), 'party:ĐU:cao-bang.quan-su:NQ:12:2020');
});

test('an unnamed "ĐU" is the commune\'s own committee only inside that commune\'s document', () => {
  const inCommune = documentKey({ number: '05-KH/ĐU', type: 'Kế hoạch', issuer: null, date: '2021-04-01' }, { province: 'Cao Bằng', unit: 'xa-quang-trung' });
  const inProvince = documentKey({ number: '05-KH/ĐU', type: 'Kế hoạch', issuer: null, date: '2021-04-01' }, { province: 'Cao Bằng' });
  assert.equal(inCommune, 'party:ĐU:cao-bang.xa-quang-trung:KH:5:2020');
  assert.equal(inProvince, 'party:ĐU:?:KH:5:2020');
  // An unnamed "UBND" in a commune's document may be the commune's or the province's.
  assert.equal(documentKey({ number: '40/KH-UBND', type: 'Kế hoạch', issuer: null, date: '2021-04-01' }, { province: 'Cao Bằng', unit: 'xa-quang-trung' }), 'state:UBND:?:KH:40:2021');
  assert.equal(documentKey({ number: '40/KH-UBND', type: 'Kế hoạch', issuer: 'UBND xã Quang Trung', date: '2021-04-01' }, { province: 'Cao Bằng' }), 'state:UBND:cao-bang.xa-quang-trung:KH:40:2021');
});

test('a Youth Union dispatch in the Party style restarts its numbers each year', () => {
  const of2004 = documentKey({ number: '57-CV/TĐTN-TG', type: 'Công văn', issuer: 'Tỉnh Đoàn Cà Mau', date: '2004-06-20' }, { province: 'Cà Mau' });
  const of2005 = documentKey({ number: '57-CV/TĐTN-TG', type: 'Công văn', issuer: 'Tỉnh Đoàn Cà Mau', date: '2005-03-31' }, { province: 'Cà Mau' });
  assert.equal(of2004, 'mass:TĐTN-TG:ca-mau:CV:57:2004');
  assert.equal(of2005, 'mass:TĐTN-TG:ca-mau:CV:57:2005');
});

test('a district or commune named in a text whose province is unknown is still in the key', () => {
  assert.equal(documentKey({ number: '02-CT/HU', type: 'Chỉ thị', issuer: 'Huyện ủy Lâm Mỹ', date: null }, {}), 'party:HU:?.lam-my:CT:2:?');
  assert.equal(documentKey({ number: '05-KH/ĐU', type: 'Kế hoạch', issuer: 'Đảng ủy xã Hồng Phú', date: '2001-10-11' }, {}), 'party:ĐU:?.xa-hong-phu:KH:5:2000');
});

test('the reorganised bodies of 1 July 2025 numbered afresh: the rest of 2025 is a period of its own', () => {
  const before = documentKey({ number: '21/KH-UBND', type: 'Kế hoạch', issuer: 'UBND tỉnh Đồng Nai', date: '2025-01-12' }, { province: 'Đồng Nai' });
  const after = documentKey({ number: '21/KH-UBND', type: 'Kế hoạch', issuer: 'UBND tỉnh Đồng Nai', date: '2025-09-03' }, { province: 'Đồng Nai' });
  assert.equal(before, 'state:UBND:dong-nai:KH:21:2025');
  assert.equal(after, 'state:UBND:dong-nai:KH:21:2025.2');
  assert.equal(documentKey({ number: '21/KH-UBND', type: 'Kế hoạch', issuer: 'UBND tỉnh Đồng Nai', date: '2025' }, { province: 'Đồng Nai' }), 'state:UBND:dong-nai:KH:21:?');
  // Central bodies were not reorganised: their numbers run on.
  assert.equal(documentKey({ number: '382/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2025-08-15' }), 'state:TTg:-:QĐ:382:2025');
});
