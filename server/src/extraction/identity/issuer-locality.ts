// What follows an issuer's name: a locality word and a place ("UBND tỉnh Cao Bằng",
// "UBND huyện Bảo Lạc", "Liên đoàn Lao động (LĐLĐ) tỉnh"), or a committee's own place
// ("Tỉnh ủy Cao Bằng", "Huyện ủy Bảo Lạc", "Thành ủy Đà Lạt" — a town, so a district).

import type { Level } from '../../domain/types.ts';
import { findProvince, provinceMatchKey, PROVINCES_FROM_2025, type Province } from '../../domain/provinces.ts';
import type { IssuerKind } from './issuer-catalogue.ts';
import type { FoldedText } from './folded-text.ts';
import { remembered } from '../../domain/remembered.ts';

const E = '(?![a-z0-9])';

/** A pattern in folded words to a regex source: spaces match any whitespace, " ?" none or some. */
export const wordsToSource = (words: string): string => words.trim().replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');

// Locality words after an issuer ("tỉnh", "huyện" …) and the level each one gives.
const LOCALITY_WORDS: readonly [string, string, Level][] = [
  ['tinh', 'tỉnh', 'province'],
  ['thanh pho', 'thành phố', 'province'],
  ['tp\\.?', 'thành phố', 'province'],
  ['huyen', 'huyện', 'district'],
  // "Đảng ủy Quân sự tỉnh" is the military's committee, not a district's.
  ['quan(?! su)', 'quận', 'district'],
  ['thi xa', 'thị xã', 'district'],
  ['thi tran', 'thị trấn', 'commune'],
  ['xa', 'xã', 'commune'],
  ['phuong', 'phường', 'commune'],
];

const LOCALITY_SOURCE = LOCALITY_WORDS.map(([folded]) => wordsToSource(folded)).join('|');
const LOCALITY_MATCHERS = LOCALITY_WORDS.map(([folded, word, level]) => [new RegExp(`^${wordsToSource(folded)}$`), word, level] as const);
const LOCALITY = new RegExp(`^\\s+(${LOCALITY_SOURCE})${E}`);
// Up to five capitalised words on the original text, for the place name after an issuer.
const PLACE_WORDS = /^[ \t]*((?:\p{Lu}[\p{L}\p{M}]*|\d+)(?:(?:[ \t]*[-–][ \t]*|[ \t]+|\r?\n)(?:\p{Lu}[\p{L}\p{M}]*|\d+)){0,4})/u;
const ROMAN = /^[IVXLC]+$/;

export interface Locality {
  word: string | null;
  level: Level | null;
  place: string | null;
  province: Province | null;
  length: number;
}

// An abbreviation in brackets may sit between a body and its locality: "Liên đoàn Lao động (LĐLĐ) tỉnh".
const ABBREVIATION = /^\s*\((?!\s*khoa)[^()\n]{1,15}\)/;

/**
 * "tỉnh Cao Bằng", "huyện Bảo Lạc", "Cao Bằng" (after a committee), or nothing, right
 * after a match that ends at `foldedEnd` in the folded text (`originalEnd` in the text).
 */
export function readLocality(text: string, f: FoldedText, foldedEnd: number, originalEnd: number, kind: IssuerKind): Locality {
  const none: Locality = { word: null, level: null, place: null, province: null, length: 0 };
  if (kind.locality === 'none') return none;
  const originalRest = text.slice(originalEnd, originalEnd + 120);
  let consumed = 0; // in the original text
  let word: string | null = null;
  let level: Level | null = null;
  if (kind.locality === 'unit') {
    const rest = f.folded.slice(foldedEnd, foldedEnd + 80);
    const abbreviation = ABBREVIATION.exec(rest);
    const from = abbreviation ? abbreviation[0].length : 0;
    const m = LOCALITY.exec(rest.slice(from));
    if (m) {
      const said = m[1]!.replace(/\s+/g, ' ');
      const entry = LOCALITY_MATCHERS.find(([pattern]) => pattern.test(said))!;
      word = entry[1];
      level = entry[2];
      consumed = f.offsets[foldedEnd + from + m[0].length]! - originalEnd;
    } else if (abbreviation) {
      consumed = f.offsets[foldedEnd + abbreviation[0].length]! - originalEnd;
    }
  }
  const place = PLACE_WORDS.exec(originalRest.slice(consumed));
  const base: Locality = { ...none, word, level, length: consumed };
  if (!place) return base;
  const lead = place[0].length - place[1]!.length;
  const words = place[1]!.split(/(?=[ \t\r\n]+)/u);
  // Longest run of words that is a province or a known town; otherwise the words on the same line.
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join('');
    const said = candidate.trim().replace(/\s+/gu, ' ');
    const lookup = ROMAN.test(said) ? null : lookUpProvince(said);
    const province = lookup?.province;
    if (lookup && province) {
      // "the name of the province from 2025 the text writes" ("Huế") when it is one.
      const isTown = !lookup.byNameOnly;
      const placeLevel: Level | null = isTown ? 'district' : word ? level : kind.level;
      return { word, level: placeLevel, place: isTown ? said : lookup.asProvince, province, length: consumed + lead + candidate.length };
    }
  }
  // "Tỉnh ủy Thực hiện …" is no place; a district committee's own name is ("Huyện ủy Bảo Lạc").
  if (!word && kind.level !== 'district') return base;
  const sameLine = place[1]!.split(/\r?\n/)[0]!.trim();
  if (ROMAN.test(sameLine) || sameLine === '' || /^(?:kh[oó]a|nhi[eệ]m|v[eề]|ban|th[uự]c|đ[aã]|c[uủ]a)(?![\p{L}])/iu.test(sameLine)) return base;
  return { word, level, place: sameLine.replace(/\s+/gu, ' '), province: null, length: consumed + lead + sameLine.length };
}

// Province look-ups fold the name each time; the same few names recur in every header,
// so each written name is looked up once.
interface ProvinceLookup { province: Province | null; byNameOnly: boolean; asProvince: string | null }
const FROM_2025_BY_KEY = new Map(PROVINCES_FROM_2025.map((p) => [provinceMatchKey(p.name), p.name]));

function readProvince(said: string): ProvinceLookup {
  const province = findProvince(said);
  return province
    ? { province, byNameOnly: isNamedByNameOnly(said, province), asProvince: FROM_2025_BY_KEY.get(provinceMatchKey(said)) ?? province.name }
    : { province: null, byNameOnly: false, asProvince: null };
}

const lookUpProvince = remembered(readProvince, 4000);

/** Whether a province is named by its own name or a variant, not by one of its towns. */
function isNamedByNameOnly(said: string, province: Province): boolean {
  const key = provinceMatchKey(said);
  const names = [province.name, ...province.variants].map(provinceMatchKey);
  return names.includes(key) || (key === provinceMatchKey(province.places[0] ?? '') && key === provinceMatchKey(province.name));
}
