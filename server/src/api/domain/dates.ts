// Dates in the graph are ISO "YYYY-MM-DD" or null when a text did not give one.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: string | null | undefined): number | null {
  const match = date ? ISO_DATE.exec(date) : null;
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** Days from `source` to `follower` (negative when the follower is older), null when either is undated. */
export function lagInDays(source: string | null | undefined, follower: string | null | undefined): number | null {
  const from = dayNumber(source);
  const to = dayNumber(follower);
  return from === null || to === null ? null : Math.round(to - from);
}

/** Older first, undated last: the order of a timeline. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  const x = dayNumber(a);
  const y = dayNumber(b);
  if (x === null && y === null) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x - y;
}

/** "2017-07-21" → "21/7/2017", the way Vietnamese texts write a date. */
export function vietnameseDate(date: string | null | undefined): string | null {
  const match = date ? ISO_DATE.exec(date) : null;
  if (!match) return null;
  return `${Number(match[3])}/${Number(match[2])}/${match[1]}`;
}

export function yearOf(date: string | null | undefined): number | null {
  const match = date ? ISO_DATE.exec(date) : null;
  return match ? Number(match[1]) : null;
}
