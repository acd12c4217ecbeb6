// Dates as Vietnamese documents write them, read into ISO "YYYY-MM-DD" with their span.
//
//   ngày 04 tháng 7 năm 2017      ngày 21 tháng 7  năm 2017     ngày 08 tháng 01 năm\n2020
//   ngày 03/6/2013   01-10-1997   26/4/2016   12.01.2017   2019-03-03   tháng Bảy năm 2017
//   Ngày 1-3   Ngày 24/10   ngày 24 tháng 10      (no year: the caller's default year)
//
// What is not a date is rejected: impossible days ("31/02/2017"), the end of a range
// ("20-26/9/2017"), a number glued to other figures ("1/2/2017/3"). Input is expected in
// NFC (the normaliser's output); offsets are offsets into the string given.

export interface DateMatch {
  /** ISO date, or null for a date without a year when no default year was given. */
  iso: string | null;
  year: number | null;
  month: number;
  day: number;
  /** True when the text itself does not state the year. */
  yearless: boolean;
  start: number;
  end: number;
  surface: string;
}

export interface DateOptions {
  /** Year for dates written without one ("Ngày 24/10" on a page published in 2017). */
  defaultYear?: number | null;
  /** A page's publication date: a date without a year falling after it is of the year before. */
  notAfter?: string | null;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

const MONTH_WORDS: Record<string, number> = {
  gieng: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
  muoi: 10, 'muoi mot': 11, 'muoi hai': 12, chap: 12,
};

function foldWord(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ');
}

function monthFrom(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return MONTH_WORDS[foldWord(text)] ?? null;
}

/** ISO string for a real calendar date in the years documents use, otherwise null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Spacing inside a date may include line breaks, non-breaking and zero-width spaces.
const S = '[\\s\\u200b]';
// "ngày mồng 2 tháng 9": the first ten days may carry "mồng"/"mùng".
const DAY_WORD = `(?:ng[àa]y${S}*(?:m[ồùuo]ng${S}+)?)`;
const MONTH_TOKEN = `(\\d{1,2}|\\p{L}+(?:[ \\t]+\\p{L}+)?)`;

// Each form is data: its pattern and how its groups give day, month and year.
interface DateForm {
  name: string;
  pattern: string;
  read(groups: string[]): { day: number; month: number | null; year: number | null };
  /** The form has no year and only counts after the word "ngày". */
  yearless?: boolean;
}

const FORMS: DateForm[] = [
  {
    name: 'words',
    pattern: `${DAY_WORD}?(\\d{1,2})${S}+th[áa]ng${S}+${MONTH_TOKEN}${S}+n[ăa]m${S}+(\\d{4})(?!\\d)`,
    read: ([d, m, y]) => ({ day: Number(d), month: monthFrom(m!), year: Number(y) }),
  },
  {
    name: 'iso',
    pattern: `(\\d{4})-(\\d{2})-(\\d{2})(?![\\d/.-])`,
    read: ([y, m, d]) => ({ day: Number(d), month: Number(m), year: Number(y) }),
  },
  {
    name: 'numeric',
    // The two separators agree: "03/6/2013", "01-10-1997", "12.01.2017".
    pattern: `${DAY_WORD}?(\\d{1,2})(?:/(\\d{1,2})/|-(\\d{1,2})-|\\.(\\d{1,2})\\.)(\\d{4})(?![\\d/]|[.-]\\d)`,
    read: ([d, slash, dash, dot, y]) => ({ day: Number(d), month: Number(slash ?? dash ?? dot), year: Number(y) }),
  },
  {
    name: 'numeric spaced',
    // PDF and OCR output loosen the figures after "ngày": "ngày 03/ 6/ 2013", "ngày 03 / 6 / 2013".
    pattern: `${DAY_WORD}(\\d{1,2})[ ]?(?:/[ ]?(\\d{1,2})[ ]?/|-[ ]?(\\d{1,2})[ ]?-|\\.[ ]?(\\d{1,2})[ ]?\\.)[ ]?(\\d{4})(?![\\d/]|[.-]\\d)`,
    read: ([d, slash, dash, dot, y]) => ({ day: Number(d), month: Number(slash ?? dash ?? dot), year: Number(y) }),
  },
  {
    name: 'words without year',
    pattern: `${DAY_WORD}(\\d{1,2})${S}+th[áa]ng${S}+(\\d{1,2})(?!\\d|${S}*n[ăa]m${S}*\\d)`,
    read: ([d, m]) => ({ day: Number(d), month: Number(m), year: null }),
    yearless: true,
  },
  {
    name: 'numeric without year',
    pattern: `${DAY_WORD}(\\d{1,2})[/-](\\d{1,2})(?![\\d/.-]|\\.\\d)`,
    read: ([d, m]) => ({ day: Number(d), month: Number(m), year: null }),
    yearless: true,
  },
];

// One alternation, tried left to right at each position, so the longest form wins.
const COMBINED = new RegExp(FORMS.map((f) => `(${f.pattern})`).join('|'), 'giu');
const COMBINED_HERE = new RegExp(COMBINED.source, 'iuy');
const GROUPS_PER_FORM = FORMS.map((f) => new RegExp(`${f.pattern}|`, 'u').exec('')!.length);

/** "20-26/9/2017", "20 – 26/9/2017": the day follows another figure and a dash. */
function endsARange(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  return /\d[\s\u200b]*[-–][\s\u200b]*$/u.test(before) || /\d[/.]$/u.test(before);
}

function matchAt(text: string, m: RegExpExecArray, options: DateOptions): DateMatch | null {
  let g = 1;
  for (let i = 0; i < FORMS.length; i++) {
    const form = FORMS[i]!;
    const width = GROUPS_PER_FORM[i]!;
    if (m[g] !== undefined) {
      const inner = m.slice(g + 1, g + width) as string[];
      const { day, month, year } = form.read(inner);
      const start = m.index;
      const surface = m[g]!;
      if (month === null) return null;
      if (endsARange(text, start) || /[\p{N}]$/u.test(text.slice(Math.max(0, start - 1), start))) return null;
      if (form.yearless) {
        const defaultYear = options.defaultYear ?? null;
        if (isoDate(2000, month, day) === null) return null; // any leap year accepts 29/2
        let year = defaultYear;
        let iso = year === null ? null : isoDate(year, month, day);
        // "Ngày 28/12" on a page of 5 January reports the December before.
        if (iso !== null && options.notAfter && iso > options.notAfter && year !== null) iso = isoDate(--year, month, day);
        return { iso, year, month, day, yearless: true, start, end: start + surface.length, surface };
      }
      const iso = isoDate(year!, month, day);
      if (iso === null) return null;
      return { iso, year, month, day, yearless: false, start, end: start + surface.length, surface };
    }
    g += width;
  }
  return null;
}

/**
 * The dates of the text one by one, in order, so that a reader wanting the first fitting
 * one stops there. The shared pattern's position is kept here between steps, so two
 * readings may be interleaved.
 */
export function* eachDate(text: string, options: DateOptions = {}): Generator<DateMatch> {
  let position = 0;
  for (;;) {
    COMBINED.lastIndex = position;
    const m = COMBINED.exec(text);
    if (m === null) return;
    const date = matchAt(text, m, options);
    // A rejected match may hide a real date inside it: look again from its second character.
    position = date ? COMBINED.lastIndex : m.index + 1;
    if (date) yield date;
  }
}

/** Every date in the text, in order. */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  return [...eachDate(text, options)];
}

/** The first date in the text, or null. */
export function parseDate(text: string, options: DateOptions = {}): DateMatch | null {
  for (const date of eachDate(text, options)) return date;
  return null;
}

/**
 * The date that starts at `index`, after optional spaces, commas and "ban hành"; for a
 * reference followed by its date ("số 19-CT/TU, ngày 04 tháng 7 năm 2017").
 */
export function dateAt(text: string, index: number, options: DateOptions = {}): DateMatch | null {
  const lead = /^[\s\u200b,;:(]*(?:ban\s+hành\s+)?/iu.exec(text.slice(index, index + 40));
  const from = index + (lead ? lead[0].length : 0);
  // Only a date starting right there counts, so the pattern is tried there alone: the
  // first date of the window starts there exactly when its match there is a date.
  const window = text.slice(from, from + 60);
  COMBINED_HERE.lastIndex = 0;
  const m = COMBINED_HERE.exec(window);
  const date = m ? matchAt(window, m, options) : null;
  if (!date) return null;
  return { ...date, start: date.start + from, end: date.end + from };
}
