// Issuers as texts name them ("của Ban Bí thư", "Tỉnh ủy Cao Bằng", "UBND huyện Bảo Lạc",
// "LĐLĐ tỉnh", "Hội nghị lần thứ 7 Ban Chấp hành Trung ương khóa XI") read into one
// record: a readable name, the code the issuer puts in its symbols, its level, its system
// and its province. The catalogue is data (issuer-catalogue.ts); matching is done on
// folded text, so case, diacritics and tone-mark placement do not matter.

import type { IssuerSystem, Level } from '../domain/types.ts';
import type { Province } from '../domain/provinces.ts';
import { ISSUER_KINDS, type IssuerKind } from './identity/issuer-catalogue.ts';
import { foldWithOffsets, originalSpan, type FoldedText } from './identity/folded-text.ts';
import { readLocality, wordsToSource, type Locality } from './identity/issuer-locality.ts';
import { remembered } from '../domain/remembered.ts';

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

const E = '(?![a-z0-9])';

const W = '(?<![a-z0-9])';

// One boundary check around one alternation: each kind is one capturing group, in order.
// (On folded, ASCII text this one-character lookbehind is cheap and saves trying the
// alternation inside words, unlike the Unicode ones of boundaries.ts.)
const COMBINED = new RegExp(`${W}(?:${ISSUER_KINDS.map((k) => `(${wordsToSource(k.pattern)})${E}`).join('|')})`, 'g');

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

// Short names ("Tỉnh ủy", "UBND tỉnh Cao Bằng", a signature line) recur across the texts
// of a collection; each is read once. Long texts are read afresh: they rarely repeat.
/** Every issuer named in a text, in order, with its span in the text. Callers must not mutate the result. */
export const findIssuerMentions: (text: string) => readonly IssuerMention[] = remembered(readIssuerMentions, 4000, 300);

// The same alternation tried at one position only.
const COMBINED_HERE = new RegExp(COMBINED.source, 'y');

/**
 * The issuer whose name opens a text ("Tỉnh ủy Cao Bằng về …"), or null: what a reader
 * of the words after "của" needs, without searching the rest of the text for issuers.
 */
export function issuerNamedAtStart(text: string): IssuerMention | null {
  return readIssuerMentions(text, true)[0] ?? null;
}

/** Which kind's group matched: the first group set (without copying a hundred groups per match). */
function matchedKind(m: RegExpExecArray): number {
  for (let group = 1; group < m.length; group++) if (m[group] !== undefined) return group - 1;
  return -1;
}

// Searching the text is a third faster without the hundred capturing groups; the few
// places where a name starts are then read again with them, at that position only, to
// tell which kind it is (the same match: captures do not change what matches where).
const ANY_KIND = new RegExp(`${W}(?:${ISSUER_KINDS.map((k) => `(?:${wordsToSource(k.pattern)})${E}`).join('|')})`, 'g');

/** The first issuer name at or after `from` in folded text (only at `from` when `onlyHere`), with its kind's group. */
function nameFrom(folded: string, from: number, onlyHere: boolean): RegExpExecArray | null {
  let at = from;
  if (!onlyHere) {
    ANY_KIND.lastIndex = from;
    const start = ANY_KIND.exec(folded);
    if (start === null) return null;
    at = start.index;
  }
  COMBINED_HERE.lastIndex = at;
  return COMBINED_HERE.exec(folded);
}

function readIssuerMentions(text: string, onlyAtStart = false): readonly IssuerMention[] {
  return new IssuerMentionReader(text, onlyAtStart).all();
}

/**
 * A text's issuer names read one at a time, as far as the caller goes: the body's own
 * subject is usually named in the first paragraph, and the rest of the opening pages is
 * then searched only if something else needs all their issuers.
 */
export class IssuerMentionReader implements Iterable<IssuerMention> {
  private readonly f: FoldedText;
  private readonly found: IssuerMention[] = [];
  /** Folded offset where the search for the next name starts. */
  private next = 0;
  private done = false;

  constructor(private readonly text: string, private readonly onlyAtStart = false) {
    this.f = foldWithOffsets(text);
  }

  /** Every issuer named in the text, in order. */
  all(): readonly IssuerMention[] {
    while (this.readNext() !== null);
    return this.found;
  }

  *[Symbol.iterator](): Iterator<IssuerMention> {
    for (let i = 0; ; i++) {
      const mention = i < this.found.length ? this.found[i]! : this.readNext();
      if (mention === null) return;
      yield mention;
    }
  }

  private readNext(): IssuerMention | null {
    if (this.done) return null;
    const { text, f } = this;
    const m = nameFrom(f.folded, this.next, this.onlyAtStart);
    this.done = m === null || this.onlyAtStart;
    if (m === null) return null;
    const kind = ISSUER_KINDS[matchedKind(m)]!;
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
    const mention: IssuerMention = { issuer: buildIssuer(kind, loc, term), start: span.start, end, surface: text.slice(span.start, end) };
    this.found.push(mention);
    // Continue after the locality so "Tỉnh ủy Cao Bằng" is not read again from "Cao Bằng".
    let next = foldedEnd;
    while (next < f.folded.length && f.offsets[next]! < end) next++;
    this.next = next;
    return mention;
  }
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
