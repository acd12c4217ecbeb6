// The provinces of Viet Nam, before and after the 2025 reorganisation.
// Documents keep the names they were issued under, so both maps are kept: the 63
// provinces that issued everything up to 30 June 2025, and the 34 formed on 1 July 2025
// (each from one or more of the 63). Headers often name a town instead of the province
// ("Đồng Xoài, ngày …" is Bình Phước), so every province lists its capital first and a
// few well-known towns after it. Only towns whose name is unambiguous are listed.

import { foldVietnamese } from './fold.ts';

export type ProvinceKind = 'tỉnh' | 'thành phố';

export interface Province {
  /** Stable ASCII id used in keys and filters: "cao-bang", "ho-chi-minh". */
  slug: string;
  /** Name without "tỉnh"/"thành phố": "Cao Bằng", "Hồ Chí Minh". */
  name: string;
  kind: ProvinceKind;
  /** Other ways texts write it: abbreviations, old spellings, former names. */
  variants: string[];
  /** Capital first, then other towns that appear as places in headers. */
  places: string[];
}

export interface MergedProvince extends Province {
  /** Slugs of the provinces (before 2025) it was formed from, itself first when it kept its name. */
  formedFrom: string[];
}

type Row = [slug: string, name: string, places: string, variants?: string];

// Centrally-run cities; every other entry is a "tỉnh".
const CITIES = new Set(['ha-noi', 'hai-phong', 'da-nang', 'can-tho', 'ho-chi-minh', 'hue']);

const BEFORE_2025_ROWS: Row[] = [
  ['ha-noi', 'Hà Nội', 'Hà Nội, Hà Đông, Sơn Tây', 'HN, Thủ đô Hà Nội'],
  ['hai-phong', 'Hải Phòng', 'Hải Phòng'],
  ['ha-giang', 'Hà Giang', 'Hà Giang'],
  ['cao-bang', 'Cao Bằng', 'Cao Bằng'],
  ['bac-kan', 'Bắc Kạn', 'Bắc Kạn', 'Bắc Cạn'],
  ['tuyen-quang', 'Tuyên Quang', 'Tuyên Quang'],
  ['lao-cai', 'Lào Cai', 'Lào Cai, Sa Pa, Sapa'],
  ['dien-bien', 'Điện Biên', 'Điện Biên Phủ, Mường Lay'],
  ['lai-chau', 'Lai Châu', 'Lai Châu'],
  ['son-la', 'Sơn La', 'Sơn La'],
  ['yen-bai', 'Yên Bái', 'Yên Bái, Nghĩa Lộ'],
  ['hoa-binh', 'Hòa Bình', 'Hòa Bình'],
  ['thai-nguyen', 'Thái Nguyên', 'Thái Nguyên, Sông Công, Phổ Yên'],
  ['lang-son', 'Lạng Sơn', 'Lạng Sơn'],
  ['quang-ninh', 'Quảng Ninh', 'Hạ Long, Cẩm Phả, Uông Bí, Móng Cái, Đông Triều, Quảng Yên'],
  ['bac-giang', 'Bắc Giang', 'Bắc Giang'],
  ['phu-tho', 'Phú Thọ', 'Việt Trì, Phú Thọ'],
  ['vinh-phuc', 'Vĩnh Phúc', 'Vĩnh Yên, Phúc Yên'],
  ['bac-ninh', 'Bắc Ninh', 'Bắc Ninh, Từ Sơn'],
  ['hai-duong', 'Hải Dương', 'Hải Dương, Chí Linh, Kinh Môn'],
  ['hung-yen', 'Hưng Yên', 'Hưng Yên'],
  ['thai-binh', 'Thái Bình', 'Thái Bình'],
  ['ha-nam', 'Hà Nam', 'Phủ Lý'],
  ['nam-dinh', 'Nam Định', 'Nam Định'],
  ['ninh-binh', 'Ninh Bình', 'Ninh Bình, Tam Điệp'],
  ['thanh-hoa', 'Thanh Hóa', 'Thanh Hóa, Sầm Sơn, Bỉm Sơn'],
  ['nghe-an', 'Nghệ An', 'Vinh, Cửa Lò, Thái Hòa'],
  ['ha-tinh', 'Hà Tĩnh', 'Hà Tĩnh, Hồng Lĩnh'],
  ['quang-binh', 'Quảng Bình', 'Đồng Hới, Ba Đồn'],
  ['quang-tri', 'Quảng Trị', 'Đông Hà, Quảng Trị'],
  ['thua-thien-hue', 'Thừa Thiên Huế', 'Huế, Hương Thủy, Hương Trà', 'Thừa Thiên - Huế, TT-Huế, TT Huế, Huế'],
  ['da-nang', 'Đà Nẵng', 'Đà Nẵng'],
  ['quang-nam', 'Quảng Nam', 'Tam Kỳ, Hội An, Điện Bàn'],
  ['quang-ngai', 'Quảng Ngãi', 'Quảng Ngãi, Đức Phổ'],
  ['binh-dinh', 'Bình Định', 'Quy Nhơn, Qui Nhơn, An Nhơn, Hoài Nhơn'],
  ['phu-yen', 'Phú Yên', 'Tuy Hòa, Sông Cầu'],
  ['khanh-hoa', 'Khánh Hòa', 'Nha Trang, Cam Ranh, Ninh Hòa'],
  ['ninh-thuan', 'Ninh Thuận', 'Phan Rang - Tháp Chàm, Phan Rang'],
  ['binh-thuan', 'Bình Thuận', 'Phan Thiết, La Gi'],
  ['kon-tum', 'Kon Tum', 'Kon Tum', 'Kontum'],
  ['gia-lai', 'Gia Lai', 'Pleiku, Plei Ku, An Khê, Ayun Pa'],
  ['dak-lak', 'Đắk Lắk', 'Buôn Ma Thuột, Buôn Mê Thuột, Buôn Hồ', 'Đắc Lắc, Đăk Lăk'],
  ['dak-nong', 'Đắk Nông', 'Gia Nghĩa', 'Đắc Nông, Đăk Nông'],
  ['lam-dong', 'Lâm Đồng', 'Đà Lạt, Bảo Lộc'],
  ['binh-phuoc', 'Bình Phước', 'Đồng Xoài, Bình Long, Phước Long'],
  ['tay-ninh', 'Tây Ninh', 'Tây Ninh, Trảng Bàng, Hòa Thành'],
  ['binh-duong', 'Bình Dương', 'Thủ Dầu Một, Dĩ An, Thuận An, Bến Cát'],
  ['dong-nai', 'Đồng Nai', 'Biên Hòa, Long Khánh'],
  ['ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu', 'Bà Rịa, Vũng Tàu', 'Bà Rịa Vũng Tàu, BR-VT, BRVT'],
  ['ho-chi-minh', 'Hồ Chí Minh', 'Hồ Chí Minh, Sài Gòn, Thủ Đức', 'TP.HCM, TPHCM, TP HCM, HCM, TP. Hồ Chí Minh, Sài Gòn'],
  ['long-an', 'Long An', 'Tân An, Kiến Tường'],
  ['tien-giang', 'Tiền Giang', 'Mỹ Tho, Gò Công, Cai Lậy'],
  ['ben-tre', 'Bến Tre', 'Bến Tre'],
  ['tra-vinh', 'Trà Vinh', 'Trà Vinh, Duyên Hải'],
  ['vinh-long', 'Vĩnh Long', 'Vĩnh Long, Bình Minh'],
  ['dong-thap', 'Đồng Tháp', 'Cao Lãnh, Sa Đéc, Hồng Ngự'],
  ['an-giang', 'An Giang', 'Long Xuyên, Châu Đốc'],
  ['kien-giang', 'Kiên Giang', 'Rạch Giá, Hà Tiên, Phú Quốc'],
  ['can-tho', 'Cần Thơ', 'Cần Thơ'],
  ['hau-giang', 'Hậu Giang', 'Vị Thanh, Ngã Bảy, Long Mỹ'],
  ['soc-trang', 'Sóc Trăng', 'Sóc Trăng, Vĩnh Châu'],
  ['bac-lieu', 'Bạc Liêu', 'Bạc Liêu, Giá Rai'],
  ['ca-mau', 'Cà Mau', 'Cà Mau'],
];

// From 1 July 2025: [slug, name, seat, formed from (slugs before 2025)].
const FROM_2025_ROWS: [string, string, string, string][] = [
  ['ha-noi', 'Hà Nội', 'Hà Nội', 'ha-noi'],
  ['hue', 'Huế', 'Huế', 'thua-thien-hue'],
  ['lai-chau', 'Lai Châu', 'Lai Châu', 'lai-chau'],
  ['dien-bien', 'Điện Biên', 'Điện Biên Phủ', 'dien-bien'],
  ['son-la', 'Sơn La', 'Sơn La', 'son-la'],
  ['lang-son', 'Lạng Sơn', 'Lạng Sơn', 'lang-son'],
  ['quang-ninh', 'Quảng Ninh', 'Hạ Long', 'quang-ninh'],
  ['thanh-hoa', 'Thanh Hóa', 'Thanh Hóa', 'thanh-hoa'],
  ['nghe-an', 'Nghệ An', 'Vinh', 'nghe-an'],
  ['ha-tinh', 'Hà Tĩnh', 'Hà Tĩnh', 'ha-tinh'],
  ['cao-bang', 'Cao Bằng', 'Cao Bằng', 'cao-bang'],
  ['tuyen-quang', 'Tuyên Quang', 'Tuyên Quang', 'tuyen-quang ha-giang'],
  ['lao-cai', 'Lào Cai', 'Yên Bái', 'lao-cai yen-bai'],
  ['thai-nguyen', 'Thái Nguyên', 'Thái Nguyên', 'thai-nguyen bac-kan'],
  ['phu-tho', 'Phú Thọ', 'Việt Trì', 'phu-tho vinh-phuc hoa-binh'],
  ['bac-ninh', 'Bắc Ninh', 'Bắc Giang', 'bac-ninh bac-giang'],
  ['hung-yen', 'Hưng Yên', 'Hưng Yên', 'hung-yen thai-binh'],
  ['hai-phong', 'Hải Phòng', 'Hải Phòng', 'hai-phong hai-duong'],
  ['ninh-binh', 'Ninh Bình', 'Ninh Bình', 'ninh-binh ha-nam nam-dinh'],
  ['quang-tri', 'Quảng Trị', 'Đồng Hới', 'quang-tri quang-binh'],
  ['da-nang', 'Đà Nẵng', 'Đà Nẵng', 'da-nang quang-nam'],
  ['quang-ngai', 'Quảng Ngãi', 'Quảng Ngãi', 'quang-ngai kon-tum'],
  ['gia-lai', 'Gia Lai', 'Quy Nhơn', 'gia-lai binh-dinh'],
  ['khanh-hoa', 'Khánh Hòa', 'Nha Trang', 'khanh-hoa ninh-thuan'],
  ['lam-dong', 'Lâm Đồng', 'Đà Lạt', 'lam-dong dak-nong binh-thuan'],
  ['dak-lak', 'Đắk Lắk', 'Buôn Ma Thuột', 'dak-lak phu-yen'],
  ['ho-chi-minh', 'Hồ Chí Minh', 'Hồ Chí Minh', 'ho-chi-minh binh-duong ba-ria-vung-tau'],
  ['dong-nai', 'Đồng Nai', 'Biên Hòa', 'dong-nai binh-phuoc'],
  ['tay-ninh', 'Tây Ninh', 'Tân An', 'tay-ninh long-an'],
  ['can-tho', 'Cần Thơ', 'Cần Thơ', 'can-tho soc-trang hau-giang'],
  ['vinh-long', 'Vĩnh Long', 'Vĩnh Long', 'vinh-long ben-tre tra-vinh'],
  ['dong-thap', 'Đồng Tháp', 'Mỹ Tho', 'dong-thap tien-giang'],
  ['ca-mau', 'Cà Mau', 'Cà Mau', 'ca-mau bac-lieu'],
  ['an-giang', 'An Giang', 'Rạch Giá', 'an-giang kien-giang'],
];

const list = (text: string | undefined): string[] =>
  (text ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');

export const PROVINCES_BEFORE_2025: readonly Province[] = BEFORE_2025_ROWS.map(([slug, name, places, variants]) => ({
  slug,
  name,
  kind: CITIES.has(slug) ? 'thành phố' : 'tỉnh',
  variants: list(variants),
  places: list(places),
}));

const bySlugBefore = new Map(PROVINCES_BEFORE_2025.map((p) => [p.slug, p]));

export const PROVINCES_FROM_2025: readonly MergedProvince[] = FROM_2025_ROWS.map(([slug, name, seat, from]) => {
  const formedFrom = from.split(' ');
  const formerNames = formedFrom.map((s) => bySlugBefore.get(s)!);
  return {
    slug,
    name,
    kind: CITIES.has(slug) ? 'thành phố' : 'tỉnh',
    variants: slug === 'hue' ? ['Thừa Thiên Huế', 'Thừa Thiên - Huế'] : [],
    places: [seat, ...formerNames.flatMap((p) => p.places).filter((place) => place !== seat)],
    formedFrom,
  };
});

const bySlugAfter = new Map(PROVINCES_FROM_2025.map((p) => [p.slug, p]));

/** Folded form used for matching: no diacritics, no "tỉnh"/"thành phố" prefix, hyphens as spaces. */
export function provinceMatchKey(text: string): string {
  return foldVietnamese(text.replace(/[-–—.]/g, ' '))
    .replace(/^(?:tinh|thanh pho|tp|t p)\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Tone marks, moved to the end of each syllable so "Hoà" and "Hòa" are one spelling.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Lower-case with diacritics kept, tone-mark placement normalised, "tỉnh"/"thành phố" dropped. */
function tonedKey(text: string): string {
  const words = text.replace(/[-–—.]/g, ' ').trim().split(/\s+/u).filter((word) => word !== '');
  const prefix = /^(?:thanh pho|tinh|tp|t p)(?: |$)/u.exec(foldVietnamese(words.slice(0, 2).join(' ')));
  const kept = prefix ? words.slice(prefix[0].trim().split(' ').length) : words;
  return kept
    .map((syllable) => {
      const parts = syllable.toLowerCase().normalize('NFD');
      return (parts.replace(TONE_MARKS, '') + (parts.match(TONE_MARKS) ?? []).join('')).normalize('NFC');
    })
    .join(' ');
}

/** Whether the writer typed diacritics (then "Vĩnh" is not the town "Vinh"). */
function hasDiacritics(text: string): boolean {
  return /[^\x00-\x7f]/u.test(text.normalize('NFC').replace(/[–—]/gu, '-'));
}

// Names and variants win over town names when both match (e.g. "Quảng Trị"). Names are
// compared folded ("Cao Bang" is Cao Bằng); towns, short and often shared with communes,
// with their diacritics whenever the text has them.
const nameIndex = new Map<string, Province>();
const placeIndex = new Map<string, { toned: string; province: Province }[]>();
for (const p of PROVINCES_BEFORE_2025) {
  for (const n of [p.name, ...p.variants]) nameIndex.set(provinceMatchKey(n), p);
  for (const place of p.places) {
    const towns = placeIndex.get(provinceMatchKey(place)) ?? [];
    towns.push({ toned: tonedKey(place), province: p });
    placeIndex.set(provinceMatchKey(place), towns);
  }
}
// "TP.HCM" folds to "hcm" once the prefix is removed; keep the short forms reachable.
nameIndex.set('hcm', bySlugBefore.get('ho-chi-minh')!);
nameIndex.set('tphcm', bySlugBefore.get('ho-chi-minh')!);

function townNamed(written: string, key: string): Province | null {
  const towns = placeIndex.get(key);
  if (!towns) return null;
  if (!hasDiacritics(written)) return towns[0]!.province;
  const toned = tonedKey(written);
  return towns.find((town) => town.toned === toned)?.province ?? null;
}

/**
 * The province (as it was before 2025) that a name, variant or town denotes. Names ignore
 * diacritics and tone-mark placement: "tỉnh Cao Bằng", "Cao Bang", "TP.HCM" all work. A
 * town written with diacritics must carry its own ("Vĩnh" is not Vinh); anything else gives null.
 */
export function findProvince(nameOrPlace: string): Province | null {
  const key = provinceMatchKey(nameOrPlace);
  if (key === '') return null;
  return nameIndex.get(key) ?? townNamed(nameOrPlace, key);
}

/** Longest run of words a place name can have ("Phan Rang - Tháp Chàm", "Thành phố Hồ Chí Minh"). */
const LONGEST_PLACE_WORDS = 6;

export interface PlaceAtStart {
  province: Province;
  /** The words that named it, as written. */
  said: string;
  /** True when a town named it rather than the province's own name or a variant. */
  town: boolean;
}

/**
 * The province named at the start of `text` by the longest run of words that is a province
 * or a town. A town never stands for the first words of a longer proper name: in "xã Vinh
 * Quang" the commune is Vinh Quang, not the town of Vinh.
 */
export function provinceNamedAtStart(text: string): PlaceAtStart | null {
  const words = [...text.matchAll(/[^\s,;:()]+/gu)].slice(0, LONGEST_PLACE_WORDS + 1);
  for (let n = Math.min(words.length, LONGEST_PLACE_WORDS); n > 0; n--) {
    const last = words[n - 1]!;
    const end = last.index + last[0].length;
    const said = text.slice(0, end).trim();
    const key = provinceMatchKey(said);
    const named = nameIndex.get(key);
    if (named) return { province: named, said, town: false };
    const town = key === '' ? null : townNamed(said, key);
    const next = words[n];
    const longerName = next !== undefined && /^\s+$/u.test(text.slice(end, next.index)) && /^\p{Lu}/u.test(next[0]);
    if (town && !longerName) return { province: town, said, town: true };
  }
  return null;
}

/** A province by slug, from either map (before 2025 first, then "hue"). */
export function provinceBySlug(slug: string): Province | null {
  return bySlugBefore.get(slug) ?? bySlugAfter.get(slug) ?? null;
}

/** The province formed on 1 July 2025 that a province before 2025 became part of. */
export function mergedInto(slug: string): MergedProvince | null {
  return PROVINCES_FROM_2025.find((p) => p.formedFrom.includes(slug)) ?? null;
}

/** The provinces before 2025 that formed a province from 2025. */
export function formedFrom(slug: string): Province[] {
  const merged = bySlugAfter.get(slug);
  return merged ? merged.formedFrom.map((s) => bySlugBefore.get(s)!) : [];
}

/** The day the 34 provinces replaced the 63. */
export const MERGER_DATE = '2025-07-01';

/**
 * The province a name or town denotes in a text of a given date (ISO): before the merger
 * as `findProvince`; from 1 July 2025 a name of a new province means that province
 * ("Huế"), and an older name or a town means the province it became part of
 * ("Đồng Xoài" is then in Đồng Nai).
 */
export function findProvinceOn(nameOrPlace: string, date: string | null): Province | null {
  const before = findProvince(nameOrPlace);
  if (!before || date === null || date < MERGER_DATE) return before;
  const key = provinceMatchKey(nameOrPlace);
  const named = PROVINCES_FROM_2025.find((p) => [p.name, ...p.variants].some((n) => provinceMatchKey(n) === key));
  return named ?? mergedInto(before.slug) ?? before;
}
