// Dates, terms and how a date is written. Party numbers restart with each term of the
// issuing committee and State numbers with each calendar year, so every document needs to
// know which term and year it falls in.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC); all arithmetic on dates is on these. */
export type Day = number;

export function dayOf(iso: string): Day {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: Day): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export interface Term {
  /** Roman numeral for the centre ("XI"); a province's own count otherwise. */
  label: string;
  start: Day;
  end: Day;
}

/** Central Committee terms (khóa) with the dates of the congresses that opened them. */
export const CENTRAL_TERMS: readonly Term[] = [
  { label: 'IX', start: dayOf('2001-04-22'), end: dayOf('2006-04-24') },
  { label: 'X', start: dayOf('2006-04-25'), end: dayOf('2011-01-18') },
  { label: 'XI', start: dayOf('2011-01-19'), end: dayOf('2016-01-27') },
  { label: 'XII', start: dayOf('2016-01-28'), end: dayOf('2021-01-31') },
  { label: 'XIII', start: dayOf('2021-02-01'), end: dayOf('2026-01-22') },
  { label: 'XIV', start: dayOf('2026-01-23'), end: dayOf('2031-01-31') },
];

/** Nothing is dated after this: the corpus describes the past. */
export const CORPUS_END: Day = dayOf('2026-10-31');
export const CORPUS_START: Day = CENTRAL_TERMS[0]!.start;

/** From this day the 34 merged provinces issue documents and districts no longer exist. */
export const MERGER_DAY: Day = dayOf('2025-07-01');

export function centralTermAt(day: Day): Term {
  return CENTRAL_TERMS.find((term) => day >= term.start && day <= term.end) ?? CENTRAL_TERMS[CENTRAL_TERMS.length - 1]!;
}

// Provincial congresses sit a few months before the national one; a merged province's
// committee starts its term on the day of the merger.
const PROVINCIAL_TERM_STARTS = ['2000-10-01', '2005-10-01', '2010-10-01', '2015-10-01', '2020-10-01'].map(dayOf);

const ROMAN: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/**
 * The term of a province-level Party committee on a day. `firstCongress` is the ordinal of
 * its 2000 congress (provinces count their own congresses); merged provinces restart at I.
 */
export function provincialTermAt(day: Day, firstCongress: number, merged: boolean): Term {
  if (merged) return { label: roman(1), start: MERGER_DAY, end: dayOf('2030-09-30') };
  let index = 0;
  for (let i = 0; i < PROVINCIAL_TERM_STARTS.length; i++) if (day >= PROVINCIAL_TERM_STARTS[i]!) index = i;
  const start = PROVINCIAL_TERM_STARTS[index]!;
  const end = index + 1 < PROVINCIAL_TERM_STARTS.length ? PROVINCIAL_TERM_STARTS[index + 1]! - 1 : MERGER_DAY - 1;
  return { label: roman(firstCongress + index), start, end };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ways a date is written in references and headers, as in the field guide. */
export type DateStyle = 'words' | 'slash' | 'dash' | 'slashPadded';

export function writeDate(day: Day, style: DateStyle): string {
  const d = new Date(day * DAY_MS);
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  const yyyy = d.getUTCFullYear();
  switch (style) {
    // Headers and formal references pad day and month below 10 inconsistently; days are
    // padded, months below 3 are padded (as "tháng 01", "tháng 02" in Nghị định 30/2020).
    case 'words': return `ngày ${pad(dd)} tháng ${mm < 3 ? pad(mm) : mm} năm ${yyyy}`;
    case 'slash': return `${dd}/${mm}/${yyyy}`;
    case 'slashPadded': return `${pad(dd)}/${pad(mm)}/${yyyy}`;
    case 'dash': return `${pad(dd)}-${pad(mm)}-${yyyy}`;
  }
}
