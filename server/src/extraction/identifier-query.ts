// What a user types to find a document by its number, read into the parts a key holds:
//   "41-NQ/TW", "41/NQ-TW", "NQ41/TW", "nq 41", "nghị quyết 41 2004", "nghi quyet 41",
//   "629/LĐLĐ", "629/ldld", "ct 19 tu", "9237/KH-UBND", "08/2022/NĐ-CP"
// → { number: "41", typeCode: "NQ", issuerCode: "TW", year: 2004 }. Numbers lose leading
// zeros as in keys; codes come back in their canonical spelling ("ctr" → "CTr", "ldld" →
// "LĐLĐ"). Text without a number is not an identifier: null.

import { foldVietnamese } from '../domain/fold.ts';
import { DOCUMENT_TYPES, canonicalTypeCode, codeForTypeName, isKnownTypeCode } from './document-types.ts';
import { ISSUER_KINDS } from './identity/issuer-catalogue.ts';
import { canonicalNumber, parseSymbol, SYMBOL_SOURCE } from './symbols.ts';

export interface IdentifierQuery {
  number: string;
  typeCode: string | null;
  issuerCode: string | null;
  year: number | null;
}

const foldCode = (code: string): string => foldVietnamese(code).replace(/[^a-z0-9&]/g, '');

// Issuer codes users type, folded ("ldld") → canonical ("LĐLĐ").
const ISSUER_CODES: ReadonlyMap<string, string> = new Map(
  [
    ...ISSUER_KINDS.map((k) => k.code).filter((c): c is string => c !== null),
    'TW', 'TU', 'HU', 'QU', 'ĐU', 'TXU', 'TPU', 'UBND', 'HĐND', 'CP', 'TTg', 'QH', 'LĐLĐ', 'MTTQ', 'VPTW', 'BTGTW', 'BTGTU',
  ].map((c) => [foldCode(c), c] as const),
);

// Type codes users type, folded ("qd") → canonical ("QĐ").
const TYPE_CODES: ReadonlyMap<string, string> = new Map(
  DOCUMENT_TYPES.filter((t) => t.code !== null).map((t) => [foldCode(t.code!), t.code!] as const),
);

// Type names, folded, longest first, so "nghi quyet lien tich" wins over "nghi quyet".
const TYPE_NAMES = DOCUMENT_TYPES.flatMap((t) => [t.name, ...(t.aliases ?? [])])
  .map((name) => [foldVietnamese(name), name] as const)
  .sort((a, b) => b[0].length - a[0].length);

const isYear = (n: number): boolean => n >= 1945 && n <= 2099;
const SYMBOL = new RegExp(SYMBOL_SOURCE, 'u');

function issuerCodeOf(written: string | null): string | null {
  if (!written) return null;
  const parts = written.split('-').map((part) => ISSUER_CODES.get(foldCode(part)) ?? part.toUpperCase());
  return parts.join('-');
}

/** A written symbol anywhere in the query ("41-NQ/TW", "9237/kh-ubnd", "08/2022/NĐ-CP"). */
function fromSymbol(query: string): IdentifierQuery | null {
  const upper = query.toUpperCase();
  const m = SYMBOL.exec(upper);
  if (!m) return null;
  const symbol = parseSymbol(m[0]);
  if (!symbol) return null;
  const rest = foldVietnamese(query.slice(0, m.index) + ' ' + query.slice(m.index + m[0].length));
  const named = TYPE_NAMES.find(([folded]) => rest.includes(folded));
  const typeCode = symbol.typeCode ?? (named ? codeForTypeName(named[1]) : null);
  const yearWritten = /(?<![0-9])((?:19|20)\d\d)(?![0-9])/.exec(rest);
  const year = symbol.year ? Number(symbol.year) : yearWritten ? Number(yearWritten[1]) : null;
  return { number: canonicalNumber(symbol.number), typeCode, issuerCode: issuerCodeOf(symbol.issuerCode), year };
}

/** Words and numbers in any order: "nghị quyết 41 2004", "ct 19 tu", "NQ41/TW". */
function fromWords(query: string): IdentifierQuery | null {
  let folded = foldVietnamese(query);
  let typeCode: string | null = null;
  const named = TYPE_NAMES.find(([name]) => new RegExp(`(?:^|[^a-z])${name}(?![a-z])`).test(folded));
  if (named) {
    typeCode = codeForTypeName(named[1]);
    folded = folded.replace(named[0], ' ');
  }
  // "nq41" → "nq 41": codes glued to numbers.
  const tokens = folded.replace(/([a-z&])(\d)/g, '$1 $2').replace(/(\d)([a-z])/g, '$1 $2').split(/[^a-z0-9&]+/).filter((t) => t !== '' && t !== 'so' && t !== 'nam' && t !== 'ngay');
  const numbers = tokens.filter((t) => /^\d+$/.test(t));
  if (numbers.length === 0) return null;
  let issuerCode: string | null = null;
  for (const token of tokens.filter((t) => !/^\d+$/.test(t))) {
    if (typeCode === null && TYPE_CODES.has(token)) typeCode = TYPE_CODES.get(token)!;
    else if (typeCode === null && isKnownTypeCode(token)) typeCode = canonicalTypeCode(token);
    else if (issuerCode === null && ISSUER_CODES.has(token)) issuerCode = ISSUER_CODES.get(token)!;
    else return null; // a word that is neither a type nor an issuer: this is a text search
  }
  const number = numbers.find((n) => !isYear(Number(n))) ?? numbers[0]!;
  const yearToken = numbers.find((n) => n !== number && isYear(Number(n)));
  return { number: canonicalNumber(number), typeCode, issuerCode, year: yearToken ? Number(yearToken) : null };
}

/** The identifier a search query names, or null when it is not one. */
export function parseIdentifierQuery(query: string): IdentifierQuery | null {
  const trimmed = query.normalize('NFC').trim();
  if (trimmed === '' || trimmed.length > 120) return null;
  // "NQ41/TW": a type code typed before the number.
  const codeFirst = /^([\p{L}]{1,5})\s*(\d{1,5})\s*[-/]\s*(\S+)$/u.exec(trimmed);
  const code = codeFirst ? TYPE_CODES.get(foldCode(codeFirst[1]!)) : undefined;
  const asSymbol = codeFirst && code ? `${codeFirst[2]}-${code}/${codeFirst[3]}` : trimmed;
  return fromSymbol(asSymbol) ?? fromWords(trimmed);
}
