// Terms of the Party committees, which Party document numbers restart with: the Central
// Committee's Congress terms (khóa IX … XIV) and the five-year terms of local committees.

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
