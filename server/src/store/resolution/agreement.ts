// A partial key says less than the reference did: "02-KH/TU ngày 27/10/2010" keeps its
// written date even when the term it falls in cannot be told (a congress year). A candidate
// is only the cited document when nothing the reference stated contradicts it: the same
// date when both are known, and a period (year or term) the written date can fall in.
import { parseDocumentKey } from '../../domain/document-key.ts';

/** What the citing texts wrote about a partial key's document. */
export interface StatedFacts {
  date: string | null;
  term: string | null;
}

/** A full-key node that a pattern might land on, with the date it is known by (if any). */
export interface Candidate {
  key: string;
  date: string | null;
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

export function agreesWith(stated: StatedFacts, candidate: Candidate): boolean {
  const parts = parseDocumentKey(candidate.key);
  if (!parts) return false;
  if (stated.date && candidate.date && stated.date !== candidate.date) return false;
  const year = yearOf(stated.date);
  if (year !== null && !periodAllowsYear(parts.system, parts.period, year)) return false;
  // A written central term ("khóa IX") names the key period of a central Party document.
  if (stated.term && ROMAN_TERM.test(stated.term) && CENTRAL_TERMS[parts.period] && stated.term !== parts.period) return false;
  return true;
}
