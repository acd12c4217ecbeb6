// The issuers the extractor knows, as data. Each kind is a pattern on folded text (lower
// case, no diacritics, words separated by single spaces; "(?:…)" groups allowed, no
// capturing groups), the readable name it gives, its code in symbols, system and level,
// and how a place follows it:
//   none  — a central body ("Ban Bí thư")
//   name  — a committee followed by its place ("Tỉnh ủy Cao Bằng", "Huyện ủy Bảo Lạc")
//   unit  — a body followed by "tỉnh X", "huyện X", "xã X" ("UBND tỉnh Cao Bằng")
// Order matters where two patterns start at the same word: the more specific comes first.

import type { IssuerSystem, Level } from '../../domain/types.ts';

export interface IssuerKind {
  id: string;
  pattern: string;
  name: string;
  code: string | null;
  system: IssuerSystem;
  /** Level when the text does not say; a "unit" kind takes the level of its locality word. */
  level: Level | null;
  locality: 'none' | 'name' | 'unit';
  /** A "(khóa XV)" right after it is the term of this body. */
  takesTerm?: boolean;
}

type Row = [id: string, pattern: string, name: string, code: string | null, system: IssuerSystem, level: Level | null, locality: IssuerKind['locality'], takesTerm?: boolean];

const TW = '(?:trung uong|tw)';
const TU = '(?:tinh|thanh) uy';

const ROWS: Row[] = [
  // Central Party
  ['plenum', `hoi nghi (?:lan thu )?(?:muoi )?[a-z0-9]+ (?:ban chap hanh|bch) ${TW}(?: dang)?`, 'Ban Chấp hành Trung ương', 'TW', 'party', 'central', 'none', true],
  ['plenum-short', `hoi nghi ${TW} (?:lan thu )?[0-9]+`, 'Ban Chấp hành Trung ương', 'TW', 'party', 'central', 'none', true],
  ['central-committee', `(?:ban chap hanh|bch) ${TW}(?: dang(?: cong san viet nam)?)?|bchtw`, 'Ban Chấp hành Trung ương', 'TW', 'party', 'central', 'none', true],
  ['politburo', 'bo chinh tri', 'Bộ Chính trị', 'TW', 'party', 'central', 'none', true],
  ['secretariat', `ban bi thu(?: ${TW} dang)?`, 'Ban Bí thư', 'TW', 'party', 'central', 'none', true],
  ['central-propaganda', `ban tuyen giao ${TW}|btgtw`, 'Ban Tuyên giáo Trung ương', 'BTGTW', 'party', 'central', 'none'],
  ['central-propaganda-mass', `ban tuyen giao va dan van ${TW}`, 'Ban Tuyên giáo và Dân vận Trung ương', 'BTGDVTW', 'party', 'central', 'none'],
  ['central-office', `van phong ${TW} dang|vptw`, 'Văn phòng Trung ương Đảng', 'VPTW', 'party', 'central', 'none'],
  ['central-organisation', `ban to chuc ${TW}`, 'Ban Tổ chức Trung ương', 'BTCTW', 'party', 'central', 'none'],
  ['central-mass-mobilisation', `ban dan van ${TW}`, 'Ban Dân vận Trung ương', 'BDVTW', 'party', 'central', 'none'],
  ['central-inspection', `uy ban kiem tra ${TW}`, 'Ủy ban Kiểm tra Trung ương', 'UBKTTW', 'party', 'central', 'none'],
  ['central-economic', `ban kinh te ${TW}`, 'Ban Kinh tế Trung ương', 'BKTTW', 'party', 'central', 'none'],
  ['central-internal', `ban noi chinh ${TW}`, 'Ban Nội chính Trung ương', 'BNCTW', 'party', 'central', 'none'],
  ['central-military', `quan uy ${TW}`, 'Quân ủy Trung ương', 'QUTW', 'party', 'central', 'none'],
  // Central State
  ['na-standing', 'uy ban thuong vu quoc hoi', 'Ủy ban Thường vụ Quốc hội', 'UBTVQH', 'state', 'central', 'none'],
  ['national-assembly', 'quoc hoi', 'Quốc hội', 'QH', 'state', 'central', 'none', true],
  ['prime-minister', 'thu tuong chinh phu|thu tuong', 'Thủ tướng Chính phủ', 'TTg', 'state', 'central', 'none'],
  ['government-office', 'van phong chinh phu', 'Văn phòng Chính phủ', 'VPCP', 'state', 'central', 'none'],
  ['government-inspectorate', 'thanh tra chinh phu', 'Thanh tra Chính phủ', 'TTCP', 'state', 'central', 'none'],
  ['government', 'chinh phu', 'Chính phủ', 'CP', 'state', 'central', 'none'],
  ['state-bank', 'ngan hang nha nuoc(?: viet nam)?', 'Ngân hàng Nhà nước Việt Nam', 'NHNN', 'state', 'central', 'none'],
  ['ministry-environment', 'bo tai nguyen (?:va|&) moi truong|bo tn ?(?:&|va) ?mt|bo tnmt', 'Bộ Tài nguyên và Môi trường', 'BTNMT', 'state', 'central', 'none'],
  ['ministry-agriculture-environment', 'bo nong nghiep va moi truong', 'Bộ Nông nghiệp và Môi trường', 'BNNMT', 'state', 'central', 'none'],
  ['ministry-agriculture', 'bo nong nghiep (?:va|&) (?:phat trien nong thon|ptnt)|bo nn ?& ?ptnt', 'Bộ Nông nghiệp và Phát triển nông thôn', 'BNNPTNT', 'state', 'central', 'none'],
  ['ministry-home', 'bo noi vu', 'Bộ Nội vụ', 'BNV', 'state', 'central', 'none'],
  ['ministry-finance', 'bo tai chinh', 'Bộ Tài chính', 'BTC', 'state', 'central', 'none'],
  ['ministry-education', 'bo giao duc (?:va|&) dao tao|bo gd ?& ?dt', 'Bộ Giáo dục và Đào tạo', 'BGDĐT', 'state', 'central', 'none'],
  ['ministry-health', 'bo y te', 'Bộ Y tế', 'BYT', 'state', 'central', 'none'],
  ['ministry-security', 'bo cong an', 'Bộ Công an', 'BCA', 'state', 'central', 'none'],
  ['ministry-defence', 'bo quoc phong', 'Bộ Quốc phòng', 'BQP', 'state', 'central', 'none'],
  ['ministry-industry', 'bo cong thuong', 'Bộ Công Thương', 'BCT', 'state', 'central', 'none'],
  ['ministry-construction', 'bo xay dung', 'Bộ Xây dựng', 'BXD', 'state', 'central', 'none'],
  ['ministry-transport', 'bo giao thong van tai', 'Bộ Giao thông vận tải', 'BGTVT', 'state', 'central', 'none'],
  ['ministry-planning', 'bo ke hoach (?:va|&) dau tu', 'Bộ Kế hoạch và Đầu tư', 'BKHĐT', 'state', 'central', 'none'],
  ['ministry-science', 'bo khoa hoc (?:va|&) cong nghe', 'Bộ Khoa học và Công nghệ', 'BKHCN', 'state', 'central', 'none'],
  ['ministry-information', 'bo thong tin (?:va|&) truyen thong', 'Bộ Thông tin và Truyền thông', 'BTTTT', 'state', 'central', 'none'],
  ['ministry-culture', 'bo van hoa,? the thao (?:va|&) du lich', 'Bộ Văn hóa, Thể thao và Du lịch', 'BVHTTDL', 'state', 'central', 'none'],
  ['ministry-labour', 'bo lao dong ?-? ?thuong binh (?:va|&) xa hoi', 'Bộ Lao động - Thương binh và Xã hội', 'BLĐTBXH', 'state', 'central', 'none'],
  ['ministry-justice', 'bo tu phap', 'Bộ Tư pháp', 'BTP', 'state', 'central', 'none'],
  ['ministry-foreign', 'bo ngoai giao', 'Bộ Ngoại giao', 'BNG', 'state', 'central', 'none'],
  ['ethnic-committee', 'uy ban dan toc', 'Ủy ban Dân tộc', 'UBDT', 'state', 'central', 'none'],
  // Central mass organisations
  ['central-front', `(?:uy ban |ubtw )?${TW} mat tran to quoc viet nam|uy ban ${TW} mttq(?: viet nam| vn)?|ubtw mttq(?: viet nam| vn)?`, 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'MTTW', 'mass', 'central', 'none', true],
  ['central-labour', 'tong lien doan lao dong viet nam|tong ldld viet nam|tong lien doan lao dong|tldld viet nam', 'Tổng Liên đoàn Lao động Việt Nam', 'TLĐ', 'mass', 'central', 'none'],
  ['central-women', `(?:${TW} |ban chap hanh ${TW} )?hoi lien hiep phu nu viet nam|${TW} hoi lhpn viet nam`, 'Hội Liên hiệp Phụ nữ Việt Nam', 'HLHPNVN', 'mass', 'central', 'none'],
  ['central-farmers', `(?:${TW} |ban chap hanh ${TW} )?hoi nong dan viet nam`, 'Hội Nông dân Việt Nam', 'HNDVN', 'mass', 'central', 'none'],
  ['central-youth', `(?:ban chap hanh )?${TW} doan(?! ket)(?: tncs ho chi minh| thanh nien cong san ho chi minh)?`, 'Trung ương Đoàn TNCS Hồ Chí Minh', 'TWĐTN', 'mass', 'central', 'none'],
  ['central-veterans', 'hoi cuu chien binh viet nam', 'Hội Cựu chiến binh Việt Nam', 'HCCBVN', 'mass', 'central', 'none'],
  ['central-elderly', 'hoi nguoi cao tuoi viet nam|hoi nct viet nam', 'Hội Người cao tuổi Việt Nam', 'HNCTVN', 'mass', 'central', 'none'],
  // Party committees of provinces, districts, communes and their organs
  ['standing-provincial', `ban thuong vu ${TU}|btv ${TU}`, 'Ban Thường vụ Tỉnh ủy', 'TU', 'party', 'province', 'name', true],
  ['standing-office-provincial', `thuong truc ${TU}`, 'Thường trực Tỉnh ủy', 'TU', 'party', 'province', 'name'],
  ['provincial-executive', 'ban chap hanh dang bo', 'Ban Chấp hành Đảng bộ', 'TU', 'party', 'province', 'unit', true],
  ['provincial-office', `van phong ${TU}`, 'Văn phòng Tỉnh ủy', 'VPTU', 'party', 'province', 'name'],
  ['provincial-propaganda', `ban tuyen giao ${TU}|ban tg ${TU}`, 'Ban Tuyên giáo Tỉnh ủy', 'BTGTU', 'party', 'province', 'name'],
  ['provincial-organisation', `ban to chuc ${TU}`, 'Ban Tổ chức Tỉnh ủy', 'BTCTU', 'party', 'province', 'name'],
  ['provincial-mass-mobilisation', `ban dan van ${TU}`, 'Ban Dân vận Tỉnh ủy', 'BDVTU', 'party', 'province', 'name'],
  ['provincial-inspection', `uy ban kiem tra ${TU}`, 'Ủy ban Kiểm tra Tỉnh ủy', 'UBKTTU', 'party', 'province', 'name'],
  ['provincial-internal', `ban noi chinh ${TU}`, 'Ban Nội chính Tỉnh ủy', 'BNCTU', 'party', 'province', 'name'],
  ['caucus-peoples-committee', 'ban can su dang (?:uy ban nhan dan|ubnd)', 'Ban Cán sự đảng Ủy ban nhân dân', 'BCSĐ', 'party', null, 'unit'],
  ['caucus-peoples-council', 'dang doan (?:hoi dong nhan dan|hdnd)', 'Đảng đoàn Hội đồng nhân dân', 'ĐĐ', 'party', null, 'unit'],
  ['caucus-front', 'dang doan (?:uy ban )?(?:mat tran to quoc(?: viet nam)?|mttq(?: viet nam)?)', 'Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam', 'ĐĐ', 'party', null, 'unit'],
  ['city-committee', 'thanh uy', 'Thành ủy', 'TU', 'party', 'province', 'name', true],
  ['provincial-committee', 'tinh uy', 'Tỉnh ủy', 'TU', 'party', 'province', 'name', true],
  ['standing-district', 'ban thuong vu (?:huyen|quan|thi) uy', 'Ban Thường vụ Huyện ủy', 'HU', 'party', 'district', 'name', true],
  ['district-committee', 'huyen uy', 'Huyện ủy', 'HU', 'party', 'district', 'name', true],
  ['urban-district-committee', 'quan uy', 'Quận ủy', 'QU', 'party', 'district', 'name', true],
  ['town-committee', 'thi uy', 'Thị ủy', 'TXU', 'party', 'district', 'name', true],
  ['bloc-agencies', 'dang uy khoi (?:cac )?co quan(?: dan chinh dang)?', 'Đảng ủy Khối các cơ quan', 'ĐUK', 'party', 'province', 'unit', true],
  ['bloc-enterprises', 'dang uy khoi doanh nghiep', 'Đảng ủy Khối Doanh nghiệp', 'ĐUK', 'party', 'province', 'unit', true],
  ['party-committee', 'dang uy', 'Đảng ủy', 'ĐU', 'party', 'commune', 'unit', true],
  ['party-cell', 'chi bo', 'Chi bộ', 'CB', 'party', 'commune', 'none'],
  // Local State
  ['peoples-committee', 'uy ban nhan dan|ubnd', 'Ủy ban nhân dân', 'UBND', 'state', null, 'unit', true],
  ['standing-peoples-council', 'thuong truc (?:hoi dong nhan dan|hdnd)', 'Thường trực Hội đồng nhân dân', 'HĐND', 'state', null, 'unit'],
  ['peoples-council', 'hoi dong nhan dan|hdnd', 'Hội đồng nhân dân', 'HĐND', 'state', null, 'unit', true],
  ['dept-environment', 'so tai nguyen (?:va|&) moi truong|so tn ?(?:&|va) ?mt|so tnmt', 'Sở Tài nguyên và Môi trường', 'STNMT', 'state', 'province', 'unit'],
  ['dept-agriculture', 'so nong nghiep (?:va|&) (?:phat trien nong thon|ptnt)|so nn ?& ?ptnt', 'Sở Nông nghiệp và Phát triển nông thôn', 'SNNPTNT', 'state', 'province', 'unit'],
  ['dept-agriculture-environment', 'so nong nghiep va moi truong', 'Sở Nông nghiệp và Môi trường', 'SNNMT', 'state', 'province', 'unit'],
  ['dept-science', 'so khoa hoc (?:va|&) cong nghe|so kh ?& ?cn', 'Sở Khoa học và Công nghệ', 'SKHCN', 'state', 'province', 'unit'],
  ['dept-education', 'so giao duc (?:va|&) dao tao|so gd ?& ?dt', 'Sở Giáo dục và Đào tạo', 'SGDĐT', 'state', 'province', 'unit'],
  ['dept-health', 'so y te', 'Sở Y tế', 'SYT', 'state', 'province', 'unit'],
  ['dept-finance', 'so tai chinh', 'Sở Tài chính', 'STC', 'state', 'province', 'unit'],
  ['dept-home', 'so noi vu', 'Sở Nội vụ', 'SNV', 'state', 'province', 'unit'],
  ['dept-planning', 'so ke hoach (?:va|&) dau tu', 'Sở Kế hoạch và Đầu tư', 'SKHĐT', 'state', 'province', 'unit'],
  ['dept-industry', 'so cong thuong', 'Sở Công Thương', 'SCT', 'state', 'province', 'unit'],
  ['dept-construction', 'so xay dung', 'Sở Xây dựng', 'SXD', 'state', 'province', 'unit'],
  ['dept-transport', 'so giao thong van tai', 'Sở Giao thông vận tải', 'SGTVT', 'state', 'province', 'unit'],
  ['dept-information', 'so thong tin (?:va|&) truyen thong', 'Sở Thông tin và Truyền thông', 'STTTT', 'state', 'province', 'unit'],
  ['dept-culture', 'so van hoa,? the thao (?:va|&) du lich', 'Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'state', 'province', 'unit'],
  ['dept-labour', 'so lao dong ?-? ?thuong binh (?:va|&) xa hoi', 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', 'state', 'province', 'unit'],
  ['dept-justice', 'so tu phap', 'Sở Tư pháp', 'STP', 'state', 'province', 'unit'],
  // Local mass organisations
  ['front', '(?:uy ban )?mat tran to quoc(?: viet nam)?|uy ban mttq(?: viet nam| vn)?|ubmttq(?: viet nam| vn)?|mttq(?: viet nam| vn)?', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'MTTQ', 'mass', null, 'unit', true],
  ['labour', '(?:ban thuong vu )?(?:lien doan lao dong|ldld)', 'Liên đoàn Lao động', 'LĐLĐ', 'mass', null, 'unit'],
  ['women', '(?:ban thuong vu |ban chap hanh |thuong truc )?(?:hoi lien hiep phu nu|hoi lhpn|hoi phu nu)', 'Hội Liên hiệp Phụ nữ', 'HLHPN', 'mass', null, 'unit'],
  ['farmers', '(?:ban thuong vu |ban chap hanh |thuong truc )?(?:hoi nong dan)', 'Hội Nông dân', 'HND', 'mass', null, 'unit'],
  ['veterans', '(?:ban thuong vu |ban chap hanh |thuong truc )?(?:hoi cuu chien binh|hoi ccb)', 'Hội Cựu chiến binh', 'HCCB', 'mass', null, 'unit'],
  ['elderly', '(?:ban dai dien )?(?:tinh )?hoi nguoi cao tuoi|hoi nct', 'Hội Người cao tuổi', 'HNCT', 'mass', null, 'unit'],
  ['cooperatives', 'lien minh hop tac xa', 'Liên minh Hợp tác xã', 'LMHTX', 'mass', null, 'unit'],
  ['provincial-youth', 'tinh doan(?! ket)', 'Tỉnh Đoàn', 'TĐTN', 'mass', 'province', 'name'],
  ['city-youth', 'thanh doan(?! ket)', 'Thành Đoàn', 'TĐTN', 'mass', 'province', 'name'],
  ['district-youth', 'huyen doan(?! ket)', 'Huyện Đoàn', 'HĐTN', 'mass', 'district', 'name'],
  ['grassroots-union', 'cong doan co so', 'Công đoàn cơ sở', 'CĐCS', 'mass', 'commune', 'none'],
  ['sector-union', 'cong doan nganh', 'Công đoàn ngành', 'CĐN', 'mass', 'province', 'none'],
];

export const ISSUER_KINDS: readonly IssuerKind[] = ROWS.map(([id, pattern, name, code, system, level, locality, takesTerm]) => ({
  id, pattern, name, code, system, level, locality, takesTerm: takesTerm ?? false,
}));
