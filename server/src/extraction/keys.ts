// Canonical keys (system:issuer:scope:type:number:period, see docs/identity.md) for a
// referenced document and for the document itself. The rules follow how numbers are
// allotted: Party numbers restart each term of the issuing committee, State
// administrative numbers restart each calendar year, normative symbols carry their year,
// and local codes (TU, UBND, LĐLĐ …) only mean something inside one province.
// When the text does not tell a field, the key says "?" rather than guessing.

import { formatDocumentKey, NOT_APPLICABLE, UNKNOWN } from '../domain/document-key.ts';
import { foldVietnamese } from '../domain/fold.ts';
import { findProvince, MERGER_DATE } from '../domain/provinces.ts';
import { codeForTypeName, documentTypeForName } from './document-types.ts';
import { canonicalNumber, parseSymbol, type ParsedSymbol } from './symbols.ts';
import { readIssuer } from './issuers.ts';
import { centralTermForDate, localTermStartForDate } from './terms.ts';
import { remembered } from '../domain/remembered.ts';

export { centralTermForDate, localTermStartForDate } from './terms.ts';

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
  /** The citing document's own unit when it is a commune or unit document ("xa-lam-phong"). */
  unit?: string | null;
}

/** "Cao Bằng" → "cao-bang"; "tỉnh Cao Bằng" and "TP. Hải Phòng" lose their prefix. */
export const provinceSlug = remembered((name: string): string => findProvince(name)?.slug
  ?? foldVietnamese(name).replace(/^(?:tinh|thanh pho|tp\.?)\s+/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''), 1000);

/** "Luật Bảo vệ Môi trường" → "bao-ve-moi-truong": the number field of an unnumbered reference. */
export function nameSlug(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || UNKNOWN;
}

const LOCAL_PARTY = /(?:TU|HU|QU|ĐU|TXU|TPU)$/u;
// Central State bodies and ministries; other codes starting with "B" are local boards (BCĐ, BQL).
const CENTRAL_STATE = /^(?:ĐH|CP|TTG|QH\d*|UBTVQH\d*|VPCP|NHNN|TANDTC|VKSNDTC|KTNN|TLĐ|UBTUMTTQVN|MTTQVN|BTNMT|BTC|BNV|BCA|BQP|BYT|BGDĐT|BLĐTBXH|BVHTTDL|BKHĐT|BCT|BTP|BTTTT|BXD|BGTVT|BNNPTNT|BKHCN|BNG|BTTTT|UBDT)$/u;

function isCentralCode(issuerCode: string): boolean {
  const head = (issuerCode.split('-')[0] ?? issuerCode).toUpperCase();
  if (LOCAL_PARTY.test(head)) return false;
  return /TW$/u.test(head) || CENTRAL_STATE.test(head);
}

const yearOf = (date: string | null): string | null => (date && /^\d{4}/.test(date) ? date.slice(0, 4) : null);

/** Term for Party documents, the year in a normative symbol, else the year of the date. */
function periodFor(system: string, central: boolean, symbol: ParsedSymbol | null, input: KeyInput): string {
  if (symbol?.year) return symbol.year;
  if (system === 'party') {
    if (central) return input.term ?? (input.date ? centralTermForDate(input.date) : null) ?? UNKNOWN;
    return (input.date ? localTermStartForDate(input.date) : null) ?? UNKNOWN;
  }
  const year = yearOf(input.date);
  // On 1 July 2025 provinces and communes were reorganised and the new bodies numbered
  // afresh: the rest of that year is a period of its own, and "năm 2025" alone says neither.
  if (year === MERGER_DATE.slice(0, 4) && !central) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date ?? '')) return UNKNOWN;
    return input.date! >= MERGER_DATE ? `${year}.2` : year;
  }
  return year ?? UNKNOWN;
}

/** The symbol's type code, the written type's code, "CV" for a dispatch, "LUAT" for a law by name. */
function typeFor(symbol: ParsedSymbol | null, type: string | null): string {
  if (symbol?.typeCode) return symbol.typeCode;
  const code = codeForTypeName(type ?? '');
  if (code) return code;
  if (symbol?.form === 'dispatch') return 'CV';
  return type && documentTypeForName(type) ? nameSlug(type).toUpperCase() : UNKNOWN;
}

interface KeyIssuer {
  code: string;
  system: string;
  province: string | null;
  level?: string | null;
}

const DISTRICT_PARTY = /^(?:HU|QU|TXU|TPU)$/u;
/** Codes used alike by a province's and a district's bodies. */
const BOTH_LEVELS = /^(?:UBND|HĐND|UBMTTQ|MTTQ|LĐLĐ|HLHPN|HND|HCCB)(?:-|$)/u;
const DISTRICT_NAMED = /(?:[Hh]uyện(?: [uủ][ỷy])?|[Qq]uận(?: [uủ][ỷy])?|[Tt]hị xã|[Tt]hị [uủ][ỷy]|[Tt]hành phố)\s+((?:\p{Lu}\p{Ll}*)(?:\s\p{Lu}\p{Ll}*){0,3})/u;

/** The district an issuer's name names ("UBND huyện Bảo Lạc" → "Bảo Lạc"). */
function districtNamedIn(name: string | null): string | null {
  const m = name ? DISTRICT_NAMED.exec(name) : null;
  return m?.[1] ?? null;
}

// Every commune's and unit's Party committee signs "ĐU" (Đảng ủy xã Lâm Phong, Đảng ủy Công
// an tỉnh), and a commune's People's Committee signs "UBND" as the province's does: their
// numbers only mean something inside that one unit.
const UNIT_PARTY = /^ĐU$/u;
const BODY_AT_START = /^(?:ban thuong vu |thuong truc |ban chap hanh )?(?:dang uy|uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|uy ban mat tran to quoc(?: viet nam)?|ubmttq(?: viet nam)?|mat tran to quoc(?: viet nam)?|mttq)(?: |$)/;
// Where the unit's own name stops: the district or province named after it.
const ENCLOSING_PLACE = /(?:,\s*|\s+)(?:huyện|quận|thị xã|tỉnh|thành phố|TP\.?)(?:\s+\p{Lu}.*)?$/u;

/** "Đảng ủy xã Lâm Phong, huyện Trung Thạnh" → "xa-lam-phong"; "Đảng ủy Công an tỉnh" → "cong-an"; "Đảng ủy" → null. */
export function unitNamedIn(name: string | null): string | null {
  if (!name) return null;
  const own = name.replace(ENCLOSING_PLACE, '');
  const rest = foldVietnamese(own).replace(/[^a-z0-9]+/g, ' ').trim().replace(BODY_AT_START, '').trim();
  if (rest === '' || /^(?:xa|phuong|thi tran|dang uy|uy)$/.test(rest)) return null;
  return rest.replace(/ /g, '-');
}

/** Laws and codes cited by name alone are the National Assembly's, ordinances its Standing Committee's. */
function lawByName(symbol: ParsedSymbol | null, type: string | null): KeyIssuer | null {
  const folded = !symbol && type ? foldVietnamese(type) : '';
  if (/^(?:luat|bo luat|hien phap)$/.test(folded)) return { code: 'QH', system: 'state', province: null };
  if (folded === 'phap lenh') return { code: 'UBTVQH', system: 'state', province: null };
  return null;
}


/** A Party congress ("Đại hội Đảng bộ tỉnh", "Đại hội XIII của Đảng") issues its resolutions itself. */
function readIssuerOfName(name: string): KeyIssuer | null {
  const issuer = readIssuer(name);
  if (issuer?.code) return { code: issuer.code, system: issuer.system, province: issuer.province, level: issuer.level };
  const folded = foldVietnamese(name);
  if (!folded.includes('dai hoi')) return null;
  const local = /dang bo (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)/.test(folded);
  // "Đại hội XIII Công đoàn Việt Nam" is a mass organisation's congress, not the Party's.
  const mass = /cong doan|doan thanh nien|thanh nien cong san|phu nu|nong dan|cuu chien binh|mat tran|nguoi cao tuoi/.test(folded);
  return { code: local ? 'ĐHĐB' : 'ĐH', system: mass ? 'mass' : 'party', province: null };
}

// A text names the same few issuers again and again; reading each name once is enough.
const issuerOfName = remembered(readIssuerOfName, 2000);

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
  const unitLevel = !districtLevel && (UNIT_PARTY.test(issuerCode) || (named?.level === 'commune' && BOTH_LEVELS.test(issuerCode)));
  // "ĐU" or "Đảng ủy xã" inside a commune's own document is its own committee.
  const unit = unitLevel ? unitNamedIn(input.issuer) ?? context.unit ?? null : null;
  const provinceScope = province ? provinceSlug(province) : null;
  // In a district or commune document, an unnamed "UBND" may be its own or the province's.
  const eitherLevel = !named && (!!context.district || !!context.unit) && BOTH_LEVELS.test(issuerCode);
  const scope = central ? NOT_APPLICABLE
    // A named district or commune of an unnamed province is still said: "?.lam-my".
    : districtLevel ? (district ? `${provinceScope ?? UNKNOWN}.${nameSlug(district)}` : UNKNOWN)
    : unitLevel ? (unit ? `${provinceScope ?? UNKNOWN}.${unit}` : UNKNOWN)
    : eitherLevel ? UNKNOWN
    : provinceScope ?? UNKNOWN;
  const number = symbol ? canonicalNumber(symbol.number) : input.name ? nameSlug(input.name) : UNKNOWN;
  const period = periodFor(system, central, symbol, input);
  return formatDocumentKey({ system, issuer: keyIssuer, scope, type: typeFor(symbol, input.type), number, period });
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
