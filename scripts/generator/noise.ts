// Formatting noise at configurable rates, as real files have it (field guide, section 5):
// stray spaces and malformed separators in symbols, upper-cased symbols, line breaks inside
// references and dates, decomposed (NFD) passages, old tone-mark placement, CRLF endings.

import type { Random } from './random.ts';

export interface NoiseRates {
  /** Per Party symbol: "19- CT/TU". */
  strayHyphenSpace: number;
  /** Per symbol: "24/NQ/TW", "1234/QĐ/UBND". */
  malformedSeparator: number;
  /** Per reference: "số31-QĐ/TW". */
  noSpaceAfterSo: number;
  /** Per State symbol: "1206 /QĐ-UBND". */
  spaceBeforeSlash: number;
  /** Per symbol with lower-case letters: "582/QĐ-TTG". */
  uppercaseSymbol: number;
  /** Per reference: a line break at one of its spaces (often inside the date). */
  lineBreakInReference: number;
  /** Per document: one paragraph in NFD. */
  nfdPassage: number;
  /** Per document: "hoà", "khoá", "thuỷ". */
  oldToneMarks: number;
  /** Per document: CRLF line endings. */
  crlf: number;
  /** Per document: the two-column header flattened into a table row with "|". */
  flattenedHeader: number;
  /** Per document: stray lines of commas at the end. */
  trailingJunk: number;
}

export const DEFAULT_NOISE: NoiseRates = {
  strayHyphenSpace: 0.05,
  malformedSeparator: 0.02,
  noSpaceAfterSo: 0.03,
  spaceBeforeSlash: 0.03,
  uppercaseSymbol: 0.1,
  lineBreakInReference: 0.05,
  nfdPassage: 0.05,
  oldToneMarks: 0.15,
  crlf: 0.2,
  flattenedHeader: 0.05,
  trailingJunk: 0.02,
};

export type NoiseKind = keyof NoiseRates;

/** Counts of noise applied and of the chances it had, to compare with the rates. */
export class NoiseTally {
  readonly applied: Record<string, number> = {};
  readonly chances: Record<string, number> = {};

  roll(random: Random, rates: NoiseRates, kind: NoiseKind): boolean {
    this.chances[kind] = (this.chances[kind] ?? 0) + 1;
    const hit = random.chance(rates[kind]);
    if (hit) this.applied[kind] = (this.applied[kind] ?? 0) + 1;
    return hit;
  }
}

/** The symbol as a careless typist might write it. */
export function noisySymbol(symbol: string, random: Random, rates: NoiseRates, tally: NoiseTally): string {
  let out = symbol;
  const party = /^\d+-/.test(symbol);
  if (party) {
    if (tally.roll(random, rates, 'strayHyphenSpace')) out = out.replace('-', random.chance(0.7) ? '- ' : ' - ');
    else if (tally.roll(random, rates, 'malformedSeparator')) out = out.replace('-', '/');
  } else {
    if (tally.roll(random, rates, 'spaceBeforeSlash')) out = out.replace('/', ' /');
    else if (/\/[^/\d]+-/.test(out) && tally.roll(random, rates, 'malformedSeparator')) out = out.replace(/(\/[^/\d]+)-/, '$1/');
  }
  if (/[a-zđ]/.test(out) && tally.roll(random, rates, 'uppercaseSymbol')) out = out.toLocaleUpperCase('vi');
  return out;
}

/** Replaces one space of a reference by a line break, preferring the one before the year. */
export function breakLine(text: string, random: Random): string {
  const yearSpace = text.search(/năm \d{4}/u);
  if (yearSpace >= 0 && random.chance(0.5)) return `${text.slice(0, yearSpace + 3)}\n${text.slice(yearSpace + 4)}`;
  const spaces: number[] = [];
  for (let i = 1; i < text.length - 1; i++) if (text[i] === ' ') spaces.push(i);
  if (spaces.length === 0) return text;
  const at = random.pick(spaces);
  return `${text.slice(0, at)}\n${text.slice(at + 1)}`;
}

const OLD_TONES: [RegExp, string][] = [
  [/hòa/gu, 'hoà'], [/Hòa/gu, 'Hoà'], [/khóa/gu, 'khoá'], [/thủy/gu, 'thuỷ'], [/hóa/gu, 'hoá'], [/Thủy/gu, 'Thuỷ'],
];

/** Old-style tone placement ("hoà" for "hòa"), as many files still write it. */
export function oldToneMarks(text: string): string {
  return OLD_TONES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
