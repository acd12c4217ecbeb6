// Canonical keys (system:issuer:scope:type:number:period, see docs/identity.md) for a
// referenced document and for the document itself. The rules follow how numbers are
// allotted: Party numbers restart each term of the issuing committee, State
// administrative numbers restart each calendar year, normative symbols carry their year,
// and local codes (TU, UBND, LĐLĐ …) only mean something inside one province.
// When the text does not tell a field, the key says "?" rather than guessing.

import { formatDocumentKey, NOT_APPLICABLE, UNKNOWN } from '../domain/document-key.ts';
import { foldVietnamese } from '../domain/fold.ts';
import { findProvince } from '../domain/provinces.ts';
import { codeForTypeName, documentTypeForName } from './document-types.ts';
import { canonicalNumber, parseSymbol, type ParsedSymbol } from './symbols.ts';
import { readIssuer } from './issuers.ts';

/** What is known of one document, as read from a text. */
export interface KeyInput {
  /** Normalised or written symbol ("19-CT/TU"), or null for a reference without a number. */
  number: string | null;
  /** Type name ("Chỉ thị", "Luật"). */
  type: string | null;
  /** Issuer as written ("Ban Bí thư", "Tỉnh ủy Cao Bằng"). */
  issuer: string | null;
  /** ISO date, or a bare year "2014" when only the year is written. */
  date: string | null;
  /** Explicit central term ("XI") when written. */
  term?: string | null;
  /** Name of a reference without a number ("Bảo vệ Môi trường" of a law). */
  name?: string | null;
  /** Province named with the issuer, when the text names one. */
  province?: string | null;
}

/** Where the citing document sits: local codes without a named province mean its province. */
export interface KeyContext {
  province?: string | null;
  /** The citing document's district, when it is a district-level document ("Bảo Lạc"). */
  district?: string | null;
}

// Central Committee terms, each from the close of its Congress.
const CENTRAL_TERMS: readonly [string, string][] = [
  ['1996-07-01', 'VIII'], ['2001-04-22', 'IX'], ['2006-04-25', 'X'], ['2011-01-19', 'XI'],
  ['2016-01-28', 'XII'], ['2021-02-01', 'XIII'], ['2026-01-23', 'XIV'],
];

/** Central term of an ISO date ("2013-06-03" → "XI"); a bare year only when it lies inside one term. */
export function centralTermForDate(date: string): string | null {
  if (/^\d{4}$/.test(date)) {
    const first = centralTermForDate(`${date}-01-01`);
    return first !== null && first === centralTermForDate(`${date}-12-31`) ? first : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < CENTRAL_TERMS[0]![0]) return null;
  let term: string | null = null;
  for (const [start, name] of CENTRAL_TERMS) if (date >= start) term = name;
  return term;
}

/**
 * First year of the term of a provincial, district or commune Party committee. Their
 * congresses sit every five years (…2010, 2015, 2020, 2025) between July and October,
 * so inside a congress year the term is only known outside those months.
 */
export function localTermStartForDate(date: string): string | null {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const offset = year % 5;
  if (offset !== 0) return String(year - offset);
  if (month === null || (month >= 7 && month <= 10)) return null;
  return String(month >= 11 ? year : year - 5);
}

/** "Cao Bằng" → "cao-bang"; "tỉnh Cao Bằng" and "TP. Hải Phòng" lose their prefix. */
export function provinceSlug(name: string): string {
  const known = findProvince(name);
  if (known) return known.slug;
  return foldVietnamese(name)
    .replace(/^(?:tinh|thanh pho|tp\.?)\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "Luật Bảo vệ Môi trường" → "bao-ve-moi-truong": the number field of an unnumbered reference. */
export function nameSlug(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || UNKNOWN;
}

const LOCAL_PARTY = /(?:TU|HU|QU|ĐU|TXU|TPU)$/u;
const CENTRAL_STATE = /^(?:ĐH|CP|TTG|QH\d*|UBTVQH\d*|VPCP|NHNN|TANDTC|VKSNDTC|KTNN|TLĐ|UBTUMTTQVN|MTTQVN|B\p{Lu}{2,})$/u;

function isCentralCode(issuerCode: string): boolean {
  const head = (issuerCode.split('-')[0] ?? issuerCode).toUpperCase();
  if (LOCAL_PARTY.test(head)) return false;
  return /TW$/u.test(head) || CENTRAL_STATE.test(head);
}

const yearOf = (date: string | null): string | null => (date && /^\d{4}/.test(date) ? date.slice(0, 4) : null);

function periodFor(system: string, issuerCode: string, central: boolean, symbol: ParsedSymbol | null, input: KeyInput): string {
  if (symbol?.year) return symbol.year;
  if (system === 'party') {
    if (central) return input.term ?? (input.date ? centralTermForDate(input.date) : null) ?? UNKNOWN;
    return (input.date ? localTermStartForDate(input.date) : null) ?? UNKNOWN;
  }
  if (issuerCode === 'QH' && !symbol) return yearOf(input.date) ?? UNKNOWN;
  return yearOf(input.date) ?? UNKNOWN;
}

interface KeyIssuer {
  code: string;
  system: string;
  province: string | null;
  level?: string | null;
}

const DISTRICT_PARTY = /^(?:HU|QU|TXU|TPU)$/u;
const DISTRICT_NAMED = /(?:[Hh]uyện(?: [uủ][ỷy])?|[Qq]uận(?: [uủ][ỷy])?|[Tt]hị xã|[Tt]hị [uủ][ỷy]|[Tt]hành phố)\s+((?:\p{Lu}\p{Ll}*)(?:\s\p{Lu}\p{Ll}*){0,3})/u;

/** The district an issuer's name names ("UBND huyện Bảo Lạc" → "Bảo Lạc"). */
function districtNamedIn(name: string | null): string | null {
  const m = name ? DISTRICT_NAMED.exec(name) : null;
  return m?.[1] ?? null;
}

/** Laws and codes cited by name alone are the National Assembly's. */
function lawByName(symbol: ParsedSymbol | null, type: string | null): KeyIssuer | null {
  if (symbol || !type || !/^(?:luat|bo luat|hien phap)$/.test(foldVietnamese(type))) return null;
  return { code: 'QH', system: 'state', province: null };
}

// A text names the same few issuers again and again; reading each name once is enough.
const issuerMemo = new Map<string, KeyIssuer | null>();
const ISSUER_MEMO_SIZE = 2000;

function issuerOfName(name: string): KeyIssuer | null {
  const known = issuerMemo.get(name);
  if (known !== undefined) return known;
  if (issuerMemo.size >= ISSUER_MEMO_SIZE) issuerMemo.clear();
  const issuer = readIssuerOfName(name);
  issuerMemo.set(name, issuer);
  return issuer;
}

/** A Party congress ("Đại hội Đảng bộ tỉnh", "Đại hội XIII của Đảng") issues its resolutions itself. */
function readIssuerOfName(name: string): KeyIssuer | null {
  const issuer = readIssuer(name);
  if (issuer?.code) return { code: issuer.code, system: issuer.system, province: issuer.province, level: issuer.level };
  const folded = foldVietnamese(name);
  if (!folded.includes('dai hoi')) return null;
  const local = /dang bo (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)/.test(folded);
  return { code: local ? 'ĐHĐB' : 'ĐH', system: 'party', province: null };
}

/** The canonical key of a document as one text describes it. */
export function documentKey(input: KeyInput, context: KeyContext = {}): string {
  const symbol = input.number ? parseSymbol(input.number) : null;
  const named = input.issuer ? issuerOfName(input.issuer) : lawByName(symbol, input.type);
  const issuerCode = symbol?.issuerCode ?? named?.code ?? UNKNOWN;
  const keyIssuer = /^QH\d*$/.test(issuerCode) ? 'QH' : issuerCode;
  const system = symbol?.system ?? named?.system ?? UNKNOWN;
  const central = issuerCode !== UNKNOWN && isCentralCode(issuerCode);
  const province = input.province ?? named?.province ?? context.province ?? null;
  // District committees and district People's Committees number their documents apart
  // from the province's: the scope names the district too ("cao-bang.bao-lac").
  const districtLevel = DISTRICT_PARTY.test(issuerCode) || named?.level === 'district';
  const district = districtLevel ? districtNamedIn(input.issuer) ?? context.district ?? null : null;
  const provinceScope = province ? provinceSlug(province) : null;
  const scope = central ? NOT_APPLICABLE
    : districtLevel ? (provinceScope && district ? `${provinceScope}.${nameSlug(district)}` : UNKNOWN)
    : provinceScope ?? UNKNOWN;
  const type = symbol?.typeCode ?? codeForTypeName(input.type ?? '')
    ?? (symbol?.form === 'dispatch' ? 'CV' : input.type && documentTypeForName(input.type) ? nameSlug(input.type).toUpperCase() : UNKNOWN);
  const number = symbol ? canonicalNumber(symbol.number) : input.name ? nameSlug(input.name) : UNKNOWN;
  const period = periodFor(system, issuerCode, central, symbol, input);
  return formatDocumentKey({ system, issuer: keyIssuer, scope, type, number, period });
}

/** Key of a referenced document; its local codes default to the citing document's province. */
export function referenceKey(input: KeyInput, context: KeyContext): string {
  return documentKey(input, context);
}

/** Key of the document itself, from what it says about itself; null without a number. */
export function selfKey(identity: {
  type: string | null; number: string | null; issuer: string | null; date: string | null;
  term?: string | null; province?: string | null;
}): string | null {
  if (!identity.number || !parseSymbol(identity.number)) return null;
  return documentKey(
    { number: identity.number, type: identity.type, issuer: identity.issuer, date: identity.date, province: identity.province ?? null },
    { province: identity.province ?? null },
  );
}
