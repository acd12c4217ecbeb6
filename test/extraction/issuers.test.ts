import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIssuerMentions, readIssuer, inProvince } from '../../server/src/extraction/issuers.ts';
import { findProvince } from '../../server/src/domain/provinces.ts';

const read = (text: string) => {
  const issuer = readIssuer(text);
  return issuer && { name: issuer.name, code: issuer.code, level: issuer.level, system: issuer.system, province: issuer.province };
};

test('central Party bodies all use the code TW', () => {
  assert.deepEqual(read('Ban Bí thư'), { name: 'Ban Bí thư', code: 'TW', level: 'central', system: 'party', province: null });
  assert.equal(read('Bộ Chính trị (khóa IX)')?.name, 'Bộ Chính trị');
  assert.equal(read('Ban Chấp hành Trung ương Đảng')?.code, 'TW');
  assert.equal(read('BCH TW')?.name, 'Ban Chấp hành Trung ương');
  assert.equal(readIssuer('Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa XI')?.term, 'XI');
  assert.equal(readIssuer('Hội nghị Trung ương 7 khóa XI')?.name, 'Ban Chấp hành Trung ương');
  assert.equal(read('Ban Tuyên giáo Trung ương')?.code, 'BTGTW');
  assert.equal(read('Văn phòng Trung ương Đảng')?.code, 'VPTW');
  assert.equal(read('Quân ủy Trung ương')?.level, 'central');
});

test('central State bodies and ministries', () => {
  assert.deepEqual(read('Thủ tướng Chính phủ'), { name: 'Thủ tướng Chính phủ', code: 'TTg', level: 'central', system: 'state', province: null });
  assert.equal(read('Chính phủ')?.code, 'CP');
  assert.equal(read('Quốc hội khóa XIV')?.code, 'QH');
  assert.equal(read('Bộ Tài nguyên và Môi trường')?.code, 'BTNMT');
  assert.equal(read('Bộ TN&MT')?.code, 'BTNMT');
  assert.equal(read('Bộ Văn hóa, Thể thao và Du lịch')?.code, 'BVHTTDL');
});

test('central mass organisations', () => {
  assert.equal(read('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam')?.level, 'central');
  assert.equal(read('Tổng Liên đoàn Lao động Việt Nam')?.code, 'TLĐ');
  assert.equal(read('Trung ương Hội Liên hiệp Phụ nữ Việt Nam')?.level, 'central');
  assert.equal(read('Hội Người cao tuổi Việt Nam')?.system, 'mass');
});

test('provincial bodies name their province, in any case and tone-mark placement', () => {
  assert.deepEqual(read('Tỉnh ủy Cao Bằng'), { name: 'Tỉnh ủy Cao Bằng', code: 'TU', level: 'province', system: 'party', province: 'Cao Bằng' });
  assert.equal(read('Tỉnh Ủy Thừa Thiên Huế')?.name, 'Tỉnh ủy Thừa Thiên Huế');
  assert.equal(read('Ban Thường vụ\nTỉnh ủy Bắc Kạn')?.name, 'Ban Thường vụ Tỉnh ủy Bắc Kạn');
  assert.equal(read('Tỉnh uỷ Khánh Hoà')?.province, 'Khánh Hòa');
  assert.deepEqual(read('LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG'), {
    name: 'Liên đoàn Lao động tỉnh Cao Bằng', code: 'LĐLĐ', level: 'province', system: 'mass', province: 'Cao Bằng',
  });
  assert.equal(read('Ủy ban nhân dân thành phố Hải Phòng')?.name, 'Ủy ban nhân dân thành phố Hải Phòng');
  assert.equal(read('UBND TP. Hồ Chí Minh')?.province, 'Hồ Chí Minh');
  assert.equal(read('Hội NCT tỉnh Lai Châu')?.name, 'Hội Người cao tuổi tỉnh Lai Châu');
  assert.equal(read('Sở Tài nguyên và Môi trường tỉnh Lai Châu')?.code, 'STNMT');
  assert.equal(read('Ủy ban MTTQ Việt Nam\ntỉnh Đắk\nLắk')?.province, 'Đắk Lắk');
  assert.equal(read('HĐND tỉnh Sơn La')?.code, 'HĐND');
  assert.equal(read('Tỉnh Đoàn Cao Bằng')?.system, 'mass');
});

test('a body without its province keeps the level its locality word gives', () => {
  assert.deepEqual(read('UBND tỉnh'), { name: 'Ủy ban nhân dân tỉnh', code: 'UBND', level: 'province', system: 'state', province: null });
  assert.equal(read('Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh')?.name, 'Liên đoàn Lao động tỉnh');
  assert.equal(read('Tỉnh ủy')?.province, null);
  const placed = inProvince(readIssuer('Tỉnh ủy')!, findProvince('Cao Bằng')!);
  assert.equal(placed.name, 'Tỉnh ủy Cao Bằng');
  assert.equal(inProvince(readIssuer('UBND thành phố')!, findProvince('Hải Phòng')!).name, 'Ủy ban nhân dân thành phố Hải Phòng');
  assert.equal(inProvince(readIssuer('Ban Bí thư')!, findProvince('Hải Phòng')!).name, 'Ban Bí thư');
});

test('district and commune bodies', () => {
  assert.deepEqual(read('UBND huyện Bảo Lạc'), { name: 'Ủy ban nhân dân huyện Bảo Lạc', code: 'UBND', level: 'district', system: 'state', province: null });
  assert.equal(read('Huyện ủy Hòa An')?.level, 'district');
  assert.equal(read('Quận ủy Ba Đình')?.code, 'QU');
  assert.equal(read('Thành ủy Đà Lạt')?.level, 'district');
  assert.equal(read('Thành ủy Đà Lạt')?.province, 'Lâm Đồng');
  assert.equal(read('Đảng ủy xã Minh Khai')?.name, 'Đảng ủy xã Minh Khai');
  assert.equal(read('Đảng ủy xã Minh Khai')?.level, 'commune');
  assert.equal(read('UBND phường Hợp Giang')?.level, 'commune');
  assert.equal(read('Công đoàn cơ sở')?.level, 'commune');
});

test('mentions in a sentence, with spans into the text', () => {
  const text = 'Thực hiện Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng; Kết luận số 02-KL/TW của Ban Bí thư (khóa XII).';
  const mentions = findIssuerMentions(text);
  assert.deepEqual(mentions.map((m) => m.surface), ['Tỉnh ủy Cao Bằng', 'Ban Bí thư (khóa XII)']);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.surface);
  assert.equal(mentions[1]?.issuer.term, 'XII');
});

test('words that only look like issuers are not issuers', () => {
  assert.deepEqual(findIssuerMentions('tinh thần đoàn kết và tính đoàn kết của nhân dân'), []);
  assert.equal(readIssuer('bảo vệ môi trường'), null);
});

test('decomposed (NFD) text gives the same spans', () => {
  const text = 'của Tỉnh ủy Cao Bằng về'.normalize('NFD');
  const [m] = findIssuerMentions(text);
  assert.equal(m?.issuer.name.normalize('NFC'), 'Tỉnh ủy Cao Bằng');
  assert.equal(text.slice(m!.start, m!.end), m!.surface);
});

test('Party caucuses in State bodies and the Front are issuers of their own', () => {
  assert.equal(read('Ban Cán sự đảng UBND tỉnh Bình Phước')?.name, 'Ban Cán sự đảng Ủy ban nhân dân tỉnh Bình Phước');
  assert.equal(read('Đảng đoàn HĐND tỉnh')?.level, 'province');
  assert.equal(read('Đảng đoàn Mặt trận Tổ quốc tỉnh Sơn La')?.province, 'Sơn La');
  assert.equal(read('Ban Nội chính Tỉnh ủy Long An')?.code, 'BNCTU');
});

test('standing offices of the provincial committee and council', () => {
  assert.equal(read('Thường trực Tỉnh ủy Yên Bái')?.name, 'Thường trực Tỉnh ủy Yên Bái');
  assert.equal(read('Thường trực HĐND tỉnh Yên Bái')?.name, 'Thường trực Hội đồng nhân dân tỉnh Yên Bái');
});

test('a provincial body followed directly by its province name', () => {
  assert.deepEqual(read('Sở Tài nguyên và Môi trường Hải Phòng'), {
    name: 'Sở Tài nguyên và Môi trường Hải Phòng', code: 'STNMT', level: 'province', system: 'state', province: 'Hải Phòng',
  });
  assert.equal(read('LĐLĐ Cao Bằng')?.province, 'Cao Bằng');
});

test('a plenum with a two-word ordinal, and a mass organisation\'s standing committee', () => {
  assert.equal(read('Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII')?.code, 'TW');
  assert.equal(read('Ban Thường vụ Hội Nông dân tỉnh')?.code, 'HND');
});
