// Issuers as texts name them ("của Ban Bí thư", "Tỉnh ủy Cao Bằng", "UBND huyện Bảo Lạc",
// "LĐLĐ tỉnh", "Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa XI") read into one
// record: a readable name, the code the issuer puts in its symbols, its level, its system
// and its province. The catalogue is data (issuer-catalogue.ts); matching is done on
// folded text, so case, diacritics and tone-mark placement do not matter.

import type { IssuerSystem, Level } from '../domain/types.ts';
import { findProvince, provinceMatchKey, PROVINCES_FROM_2025, type Province } from '../domain/provinces.ts';
import { ISSUER_KINDS, type IssuerKind } from './identity/issuer-catalogue.ts';
import { foldWithOffsets, originalSpan, type FoldedText } from './identity/folded-text.ts';

export interface Issuer {
  /** Readable name: "Tỉnh ủy Cao Bằng", "Liên đoàn Lao động tỉnh Cao Bằng", "Ban Bí thư". */
  name: string;
  /** Issuer code in symbols ("TW", "TU", "UBND", "LĐLĐ"), null when none is known. */
  code: string | null;
  level: Level | null;
  system: IssuerSystem;
  /** Province name ("Cao Bằng") when the name says it, else null. */
  province: string | null;
  /** Term of a Central Committee plenum or committee when written ("XI"). */
  term?: string | null;
  /** The catalogue entry, for callers that need to complete the name later. */
  kind: string;
}

export interface IssuerMention {
  issuer: Issuer;
  start: number;
  end: number;
  surface: string;
}

// Locality words after an issuer ("tỉnh", "huyện" …) and the level each one gives.
const LOCALITY_WORDS: readonly [string, string, Level][] = [
  ['tinh', 'tỉnh', 'province'],
  ['thanh pho', 'thành phố', 'province'],
  ['tp\\.?', 'thành phố', 'province'],
  ['huyen', 'huyện', 'district'],
  ['quan', 'quận', 'district'],
  ['thi xa', 'thị xã', 'district'],
  ['thi tran', 'thị trấn', 'commune'],
  ['xa', 'xã', 'commune'],
  ['phuong', 'phường', 'commune'],
];

const W = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';
const wordsToSource = (words: string): string => words.trim().replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');

const LOCALITY_SOURCE = LOCALITY_WORDS.map(([folded]) => wordsToSource(folded)).join('|');
const LOCALITY_MATCHERS = LOCALITY_WORDS.map(([folded, word, level]) => [new RegExp(`^${wordsToSource(folded)}$`), word, level] as const);
const LOCALITY = new RegExp(`^\\s+(${LOCALITY_SOURCE})${E}`);
// Up to five capitalised words on the original text, for the place name after an issuer.
const PLACE_WORDS = /^[ \t]*((?:\p{Lu}[\p{L}\p{M}]*|\d+)(?:(?:[ \t]*[-–][ \t]*|[ \t]+|\r?\n)(?:\p{Lu}[\p{L}\p{M}]*|\d+)){0,4})/u;
const ROMAN = /^[IVXLC]+$/;

// One boundary check around one alternation: each kind is one capturing group, in order.
const COMBINED = new RegExp(`${W}(?:${ISSUER_KINDS.map((k) => `(${wordsToSource(k.pattern)})${E}`).join('|')})`, 'g');

interface Locality {
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
function readLocality(text: string, f: FoldedText, foldedEnd: number, originalEnd: number, kind: IssuerKind): Locality {
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
    const province = ROMAN.test(said) ? null : findProvince(said);
    if (province) {
      const isTown = findProvinceByNameOnly(said) === null;
      const placeLevel: Level | null = isTown ? 'district' : word ? level : kind.level;
      return { word, level: placeLevel, place: isTown ? said : nameAsProvince(said, province), province, length: consumed + lead + candidate.length };
    }
  }
  // "Tỉnh ủy Thực hiện …" is no place; a district committee's own name is ("Huyện ủy Bảo Lạc").
  if (!word && kind.level !== 'district') return base;
  const sameLine = place[1]!.split(/\r?\n/)[0]!.trim();
  if (ROMAN.test(sameLine) || sameLine === '' || /^(?:kh[oó]a|nhi[eệ]m|v[eề]|ban|th[uự]c|đ[aã]|c[uủ]a)(?![\p{L}])/iu.test(sameLine)) return base;
  return { word, level, place: sameLine.replace(/\s+/gu, ' '), province: null, length: consumed + lead + sameLine.length };
}

/** The province's name, or the name of the province from 2025 the text writes ("Huế"). */
function nameAsProvince(said: string, province: Province): string {
  const key = provinceMatchKey(said);
  return PROVINCES_FROM_2025.find((p) => provinceMatchKey(p.name) === key)?.name ?? province.name;
}

/** A province named by its own name or a variant, not by one of its towns. */
function findProvinceByNameOnly(said: string): Province | null {
  const province = findProvince(said);
  if (!province) return null;
  const key = provinceMatchKey(said);
  const names = [province.name, ...province.variants].map(provinceMatchKey);
  return names.includes(key) || (key === provinceMatchKey(province.places[0] ?? '') && key === provinceMatchKey(province.name)) ? province : null;
}

function titleCase(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function buildIssuer(kind: IssuerKind, loc: Locality, term: string | null): Issuer {
  const province = loc.province?.name ?? null;
  let level: Level | null = kind.level;
  if (loc.level) level = loc.level;
  const place = loc.place ? titleCase(loc.place) : null;
  let name = kind.name;
  if (kind.locality === 'name' && place) name = `${kind.name} ${place}`;
  if (kind.locality === 'unit' && loc.word) name = place ? `${kind.name} ${loc.word} ${place}` : `${kind.name} ${loc.word}`;
  if (kind.locality === 'unit' && !loc.word && place) name = `${kind.name} ${place}`; // "Sở Tài nguyên và Môi trường Hải Phòng"
  return { name, code: kind.code, level, system: kind.system, province: level === 'central' ? null : province, term, kind: kind.id };
}

function termAfter(foldedRest: string): { term: string | null; length: number } {
  const m = /^[\s,(]*(?:khoa|nhiem ky)\s+([ivxlc]+)(?![a-z])\)?/.exec(foldedRest);
  return m ? { term: m[1]!.toUpperCase(), length: m[0].length } : { term: null, length: 0 };
}

/** Every issuer named in a text, in order, with its span in the text. */
export function findIssuerMentions(text: string): IssuerMention[] {
  const f = foldWithOffsets(text);
  const found: IssuerMention[] = [];
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(f.folded); m !== null; m = COMBINED.exec(f.folded)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const kind = ISSUER_KINDS[index]!;
    const foldedEnd = m.index + m[0].length;
    const span = originalSpan(f, m.index, foldedEnd);
    const loc = readLocality(text, f, foldedEnd, span.end, kind);
    let end = span.end + loc.length;
    let term: string | null = null;
    if (kind.takesTerm) {
      let at = foldedEnd;
      while (at < f.folded.length && f.offsets[at]! < end) at++;
      const t = termAfter(f.folded.slice(at, at + 30));
      if (t.term) {
        term = t.term;
        end = f.offsets[at + t.length]!;
      }
    }
    const issuer = buildIssuer(kind, loc, term);
    found.push({ issuer, start: span.start, end, surface: text.slice(span.start, end) });
    // Continue after the locality so "Tỉnh ủy Cao Bằng" is not read again from "Cao Bằng".
    let next = foldedEnd;
    while (next < f.folded.length && f.offsets[next]! < end) next++;
    COMBINED.lastIndex = next;
  }
  return found;
}

/** The issuer a name denotes when the whole name is one issuer ("UBND tỉnh Cao Bằng"), else the first issuer in it. */
export function readIssuer(name: string): Issuer | null {
  return findIssuerMentions(name)[0]?.issuer ?? null;
}

/** The same issuer placed in a province the text did not name ("Tỉnh ủy" in a Cao Bằng dispatch). */
export function inProvince(issuer: Issuer, province: Province): Issuer {
  if (issuer.province || issuer.level === 'central') return issuer;
  const kind = ISSUER_KINDS.find((k) => k.id === issuer.kind);
  if (!kind || (issuer.level !== 'province' && issuer.level !== null)) return issuer;
  if (kind.locality === 'name') {
    return { ...issuer, name: `${issuer.name} ${province.name}`, province: province.name, level: issuer.level ?? 'province' };
  }
  if (kind.locality === 'unit') {
    const base = issuer.name.replace(/\s+(?:tỉnh|thành phố)$/u, '');
    return { ...issuer, name: `${base} ${province.kind} ${province.name}`, province: province.name, level: 'province' };
  }
  return issuer;
}
