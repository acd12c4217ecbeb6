// A partial key says less than the reference did: "02-KH/TU ngày 27/10/2010" keeps its
// written date even when the term it falls in cannot be told (a congress year). A candidate
// is only the cited document when nothing the reference stated contradicts it: the same
// date when both are known, and a period (year or term) the written date can fall in.
import { parseDocumentKey, type DocumentKeyParts } from '../../domain/document-key.ts';
import { foldVietnamese } from '../../domain/fold.ts';

/** What the citing texts wrote about a partial key's document. */
export interface StatedFacts {
  date: string | null;
  term: string | null;
  issuer?: string | null;
  /** Every date written with the pattern: two different ones are two documents. */
  writtenDates?: readonly string[];
}

/** A full-key node that a pattern might land on, with the date and issuer it is known by (if any). */
export interface Candidate {
  key: string;
  date: string | null;
  issuer?: string | null;
}

// "Huyện ủy Kim Thạnh", "UBND huyện Bảo Lạc", "Thành ủy Đà Nẵng": the named district or city.
const UNIT_NAMED = /(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị|[Tt]hành phố|[Tt]hành)(?:\s+[uủ][ỷy])?\s+(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,3})/u;

function unitSlug(issuer: string | null | undefined): string | null {
  const named = issuer ? UNIT_NAMED.exec(issuer) : null;
  return named ? foldVietnamese(named[1]!).replace(/[^a-z0-9]+/g, '-') : null;
}

/** A district or city the reference names must be the candidate's: its key's district, else its issuer's. */
function unitAgrees(stated: StatedFacts, candidate: Candidate, scope: string): boolean {
  const written = unitSlug(stated.issuer);
  if (!written) return true;
  const [province, district] = scope.split('.');
  if (district && district !== '?') return district === written;
  const known = unitSlug(candidate.issuer);
  return known === null || known === written || province === written;
}

// Congress terms by the years they span; a date in a congress year may fall in either term.
const CENTRAL_TERMS: Record<string, [number, number]> = {
  VI: [1986, 1991], VII: [1991, 1996], VIII: [1996, 2001], IX: [2001, 2006], X: [2006, 2011],
  XI: [2011, 2016], XII: [2016, 2021], XIII: [2021, 2026], XIV: [2026, 2031],
};
/** Local Party committees sit for five years from their congress. */
const LOCAL_TERM_YEARS = 5;

function yearOf(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** True when a document dated in `year` can carry the key period `period` of `system`. */
function periodAllowsYear(system: string, period: string, year: number): boolean {
  if (period === '?' || period === '-') return true;
  const term = CENTRAL_TERMS[period];
  if (term) return term[0] <= year && year <= term[1];
  if (!/^\d{4}$/.test(period)) return true;
  const start = Number(period);
  // State numbers restart each year; Party ones each term of the committee.
  return system === 'party' ? start <= year && year <= start + LOCAL_TERM_YEARS : start === year;
}

const ROMAN_TERM = /^[IVXL]+$/;

/**
 * Numbers restart every term (Party) and every year (State), every province has its own
 * "19-CT/TU", and many provinces have a district of the same name. A reference that leaves
 * the period or the province open is therefore only ever one document when its date is
 * written: without one, the candidates stay listed and no one of them is guessed.
 */
export function needsWrittenDate(pattern: DocumentKeyParts, stated: StatedFacts): boolean {
  if (stated.date || (stated.writtenDates?.length ?? 0) > 0) return false;
  const periodOpen = pattern.period === '?';
  const provinceOpen = pattern.scope !== '-' && pattern.scope.split('.')[0] === '?';
  return periodOpen || provinceOpen;
}

export function agreesWith(stated: StatedFacts, candidate: Candidate): boolean {
  const parts = parseDocumentKey(candidate.key);
  if (!parts) return false;
  const dates = new Set([...(stated.writtenDates ?? []), ...(stated.date ? [stated.date] : [])]);
  if (candidate.date && [...dates].some((date) => date !== candidate.date)) return false;
  for (const date of dates) {
    const year = yearOf(date);
    if (year !== null && !periodAllowsYear(parts.system, parts.period, year)) return false;
  }
  if (!unitAgrees(stated, candidate, parts.scope)) return false;
  // A written central term ("khóa IX") names the key period of a central Party document.
  if (stated.term && ROMAN_TERM.test(stated.term) && CENTRAL_TERMS[parts.period] && stated.term !== parts.period) return false;
  return true;
}
