// Number and symbol (số và ký hiệu): finding them in text and reading what they say.
//   Party        19-CT/TU            number, type code, issuer code
//   State admin  9237/KH-UBND        number, type code, issuer (numbers restart yearly)
//   dispatch     629/LĐLĐ, 789/UBND-KT   no type code
//   normative    08/2022/NĐ-CP, 72/2020/QH14, 19/2008/NQLT/CP-UBTUMTTQVN   year inside
// Real texts damage them ("19- CT/TU", "24/NQ/TW", "18-CTR/TU", "QĐ-TTG", "TWngày"); we
// read what is written, fix only spelling that cannot change which document is meant,
// and keep the written form next to the normalised one.

import { canonicalTypeCode, isKnownTypeCode } from './document-types.ts';
import { remembered } from '../domain/remembered.ts';

export type SymbolForm = 'party' | 'administrative' | 'dispatch' | 'normative';

export interface ParsedSymbol {
  /** As written in the text. */
  written: string;
  /** "19-CT/TU", "582/QĐ-TTg", "629/LĐLĐ", "08/2022/NĐ-CP". */
  normalised: string;
  /** The number as written, without spaces ("02" stays "02"). */
  number: string;
  /** The year inside a normative symbol, else null. */
  year: string | null;
  typeCode: string | null;
  /** Issuer part: "TU", "UBND", "CP", "QH14", "CP-UBTUMTTQVN" (joint), "STNMT". */
  issuerCode: string | null;
  /** The drafting unit after a dispatch's issuer ("KT" in 789/UBND-KT). */
  unit: string | null;
  form: SymbolForm;
  system: 'party' | 'state' | 'mass';
}

// A symbol segment is capitals and digits; the few mixed-case codes (CTr, TTg, QĐi, QyĐ)
// are let through letter by letter, so that a glued word ("TWngày") is left outside.
const SEGMENT = String.raw`(?:[\p{Lu}\d&]|(?<=T)[gr]|(?<=Đ)i|(?<=Q)y)+`;
const FIRST_SEPARATOR = String.raw`\s{0,2}[-/–]\s{0,2}`;
// Later separators may carry spaces only when a whole code follows, so that
// "12/KH-UBND - Ngày" does not swallow the "N" of the next word.
const NEXT_SEPARATOR = String.raw`(?:[-/–]|(?:\s{1,2}[-/–]\s{0,2}|[-/–]\s{1,2})(?=[\p{Lu}\d&]{2,}(?![\p{L}\d])))`;

/** Source of a pattern matching one symbol; use with the `u` flag. */
export const SYMBOL_SOURCE = String.raw`\d{1,5}${FIRST_SEPARATOR}${SEGMENT}(?:${NEXT_SEPARATOR}${SEGMENT}){0,4}`;

const PARTY_ISSUER = /^(?:[\p{Lu}]{0,6})(?:TW|TU|HU|QU|ĐU|TXU|TPU)$/u;
const MASS_ISSUERS = /^(?:LĐLĐ|TLĐ|CĐ\p{Lu}*|MTTQ\p{Lu}*|UBMTTQ\p{Lu}*|HLHPN\p{Lu}*|HND\p{Lu}*|HCCB\p{Lu}*|CCB\p{Lu}*|HNCT\p{Lu}*|TĐTN|ĐTN\p{Lu}*|TWĐ)$/u;
/** Misspellings and case slips that cannot mean another issuer. */
const SAFE_ISSUER_FIXES: ReadonlyMap<string, string> = new Map([
  ['TTG', 'TTg'],
  ['TƯ', 'TU'],
  ['BTGW', 'BTGTW'],
]);

function fixIssuer(code: string): string {
  return SAFE_ISSUER_FIXES.get(code.toUpperCase()) ?? code.toUpperCase();
}

function fixIssuerParts(joined: string): string {
  return joined.split('-').map(fixIssuer).join('-');
}

const isYear = (s: string): boolean => /^(?:19|20)\d\d$/.test(s);
const hasLetter = (s: string): boolean => /\p{L}/u.test(s);


// Numbers differ from one document to the next while codes recur ("…/KH-UBND"): the
// reading is kept per code and only the number is put in. Reading never looks at the
// number's value, only at its form (one to five figures), so "0" stands for any number.
const NUMBER_THEN_CODE = /^(\d{1,5})(\s*[-/–][^]*)$/u;

/** Reads a symbol as written ("19- CT/TU", "24/NQ/TW", "1206 /QĐ-HVTC"); null when it is not one. */
export function parseSymbol(written: string): ParsedSymbol | null {
  const parts = NUMBER_THEN_CODE.exec(written);
  if (!parts) return readSymbol(written);
  const template = templateOf(parts[2]!);
  if (template === null) return null;
  const number = parts[1]!;
  return { ...template, written, number, normalised: number + template.normalised.slice(1) };
}

// Texts repeat their symbols' codes; each code is read once, with "0" for its number.
const templateOf = remembered((code: string) => readSymbol(`0${code}`), 5000);

function readSymbol(written: string): ParsedSymbol | null {
  const compact = written.replace(/\s+/gu, '').replace(/–/g, '-');
  const tokens = compact.split(/([-/])/);
  const number = tokens[0] ?? '';
  if (!/^\d{1,5}$/.test(number) || tokens.length < 3) return null;
  const segments = tokens.filter((_, i) => i % 2 === 0).slice(1);
  const separators = tokens.filter((_, i) => i % 2 === 1);
  if (segments.some((s) => s === '') || !segments.some(hasLetter)) return null;
  const first = segments[0]!;
  const rest = (from: number): string =>
    segments.slice(from).map((s, i) => (i === 0 ? s : separators[from + i] + s)).join('');
  const base = { written, number, unit: null as string | null };

  if (separators[0] === '/' && isYear(first) && segments.length >= 2) {
    const code = segments[1]!;
    const hasCode = segments.length >= 3 && isKnownTypeCode(code);
    const typeCode = hasCode ? canonicalTypeCode(code) : null;
    const issuerCode = fixIssuerParts(hasCode ? rest(2) : rest(1));
    const tail = hasCode ? `${typeCode}${separators[2]}${issuerCode}` : issuerCode;
    return { ...base, normalised: `${number}/${first}/${tail}`, year: first, typeCode, issuerCode, form: 'normative', system: 'state' };
  }
  if (!hasLetter(first)) return null;

  // Party form, also when the hyphen was typed as a slash ("24/NQ/TW").
  const partyBySlash = separators[0] === '/' && segments.length === 2 && separators[1] === '/'
    && isKnownTypeCode(first) && PARTY_ISSUER.test(fixIssuer(segments[1]!));
  if ((separators[0] === '-' && segments.length >= 2 && separators[1] === '/') || partyBySlash) {
    const typeCode = canonicalTypeCode(first);
    const issuerCode = fixIssuerParts(rest(1));
    // "Mã số 12-AB/CD" is a code, not a Party document: a known type or a Party issuer is needed.
    if (!isKnownTypeCode(first) && !PARTY_ISSUER.test(issuerCode.split('-')[0]!)) return null;
    // Mass organisations write Party-style symbols ("57-CV/TĐTN-TG") but are not the Party.
    const system = MASS_ISSUERS.test(issuerCode.split('-')[0]!) ? 'mass' : 'party';
    return { ...base, normalised: `${number}-${typeCode}/${issuerCode}`, year: null, typeCode, issuerCode, form: 'party', system };
  }
  if (separators[0] !== '/') return null;

  if (segments.length >= 2 && isKnownTypeCode(first)) {
    const typeCode = canonicalTypeCode(first);
    const issuerCode = fixIssuerParts(rest(1));
    // A Party document typed in the State pattern ("24/NQ-TW") is still "24-NQ/TW"; a mass
    // organisation's central body ("02/NQ-CCBTW", the veterans') writes the State pattern itself.
    if (segments.length === 2 && PARTY_ISSUER.test(issuerCode) && !MASS_ISSUERS.test(issuerCode)) {
      return { ...base, normalised: `${number}-${typeCode}/${issuerCode}`, year: null, typeCode, issuerCode, form: 'party', system: 'party' };
    }
    const system = MASS_ISSUERS.test(issuerCode.split('-')[0]!) ? 'mass' : 'state';
    return { ...base, normalised: `${number}/${typeCode}${separators[1]}${issuerCode}`, year: null, typeCode, issuerCode, form: 'administrative', system };
  }
  const issuerCode = fixIssuer(first);
  const unit = segments.length >= 2 ? rest(1).toUpperCase() : null;
  const system = PARTY_ISSUER.test(issuerCode) ? 'party' : MASS_ISSUERS.test(issuerCode) ? 'mass' : 'state';
  const normalised = unit ? `${number}/${issuerCode}${separators[1]}${unit}` : `${number}/${issuerCode}`;
  return { ...base, normalised, year: null, typeCode: null, issuerCode, unit, form: 'dispatch', system };
}

/** The normalised symbol, or null when the text is not a symbol. */
export function normaliseSymbol(written: string): string | null {
  return parseSymbol(written)?.normalised ?? null;
}

/** The number without leading zeros, for keys ("02" and "2" are the same document). */
export function canonicalNumber(number: string): string {
  const stripped = number.replace(/^0+(?=\d)/, '');
  return stripped === '' ? '0' : stripped;
}
