// News pages: a headline, a publication line in the site's own form ("Cập nhật lúc19:34,
// Chủ Nhật, 03/03/2019", "Ngày đăng: 30/10/2017", "Thứ Sáu, 12/05/2023 - 09:15"), and
// sometimes a document published in full after an announcement ("Ngày 23/8/2017, Tỉnh Ủy
// Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU …. … xin đăng toàn văn …").

import { dateAt, findDates, type DateMatch } from '../dates.ts';
import { documentTypeForName, allTypeNames } from '../document-types.ts';
import { findIssuerMentions, type IssuerMention } from '../issuers.ts';
import { parseSymbol, SYMBOL_SOURCE, type ParsedSymbol } from '../symbols.ts';
import { isBlank, squash, type Line } from './lines.ts';

export interface Publication {
  date: DateMatch;
  line: number;
}

const PUBLICATION_MARK = /(?:cập\s*nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng|posted|GMT|^\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,)/iu;
const DATE_LINE = /^\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*(?:[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?)?\s*$/iu;
const TIME_LINE = /^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$/u;
const BREADCRUMB = /(?:\s[>»›]\s|^\s*Trang\s+chủ\b)/u;
const DATE_AND_TIME_ONLY = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*(?:[-|,]\s*)?\d{1,2}:\d{2}\s*$|^\s*\d{1,2}:\d{2}\s*(?:[-|,]\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/u;

// A page's menu, flattened from a "|" row into a line per item, may take a dozen lines
// before the headline: the publication line is looked for up to the article's first prose.
const OPENING_LINES = 30;
// Headlines run long but never end in a full stop; paragraphs do, or run longer still.
const isProse = (text: string): boolean => /\p{Ll}/u.test(text) && ((text.length >= 80 && /[.;:]\s*$/u.test(text)) || text.length >= 250);

/** The publication line among the first lines of a page. */
export function readPublication(lines: readonly Line[]): Publication | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < OPENING_LINES; i++) {
    if (isBlank(lines[i])) continue;
    seen++;
    const text = lines[i]!.text;
    if (isProse(text)) break;
    // "09/10/2025 | 10:12 | 187 lượt xem" arrives as a date line with the time on the next.
    const timeNext = TIME_LINE.test(lines[i + 1]?.text ?? '');
    if (!PUBLICATION_MARK.test(text) && !DATE_AND_TIME_ONLY.test(text) && !((seen <= 3 || timeNext) && DATE_LINE.test(text))) continue;
    const found = dateOnOrAfter(lines, i);
    if (found) return found;
  }
  // Some sites print "Ngày đăng: …" under the article, before the byline.
  seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < 6; i--) {
    if (isBlank(lines[i])) continue;
    seen++;
    if (!PUBLICATION_MARK.test(lines[i]!.text) || lines[i]!.text.length > 80) continue;
    const found = dateOnOrAfter(lines, i);
    if (found) return found;
  }
  return null;
}

/** The date on a publication line, or on the next short line ("(Cập nhật: 10:45 | 19/09/2022)" flattened). */
function dateOnOrAfter(lines: readonly Line[], i: number): Publication | null {
  for (const at of [i, i + 1]) {
    const candidate = lines[at];
    if (!candidate || (at > i && candidate.text.length > 40)) continue;
    const date = findDates(candidate.text).find((d) => !d.yearless);
    if (date) return { date: { ...date, start: date.start + candidate.start, end: date.end + candidate.start }, line: i };
  }
  return null;
}

const words = (line: Line): number => line.text.trim().split(/\s+/u).length;

/**
 * The headline: the first line that is not the publication line or a breadcrumb, passing
 * over a section label of a word or two ("Thời sự", "TIN TỨC") when a longer line follows.
 */
export function readHeadline(lines: readonly Line[], publication: Publication | null): Line | null {
  // Most sites print the headline right above the publication line.
  if (publication) {
    let above = publication.line - 1;
    while (above >= 0 && isBlank(lines[above])) above--;
    const line = lines[above];
    if (line && words(line) >= 4 && !BREADCRUMB.test(line.text) && !isProse(line.text)) return line;
  }
  const candidates: Line[] = [];
  for (let i = 0; i < lines.length && candidates.length < 3; i++) {
    if (isBlank(lines[i]) || i === publication?.line || BREADCRUMB.test(lines[i]!.text)) continue;
    candidates.push(lines[i]!);
  }
  return candidates.find((line) => words(line) >= 4) ?? candidates[0] ?? null;
}

export interface Announcement {
  type: string | null;
  symbol: ParsedSymbol;
  date: DateMatch | null;
  issuer: IssuerMention | null;
  /** Clean-text span of "<Type> số <symbol>". */
  start: number;
  end: number;
}

const TYPE_ALTERNATION = allTypeNames().map((n) => n.replace(/\s+/g, '\\s+')).join('|');
const ANNOUNCED = new RegExp(`(?:ban\\s+hành|ký\\s+kết|ra|toàn\\s+văn|nguyên\\s+văn|nội\\s+dung)\\s+(${TYPE_ALTERNATION})\\s+(?:số\\s*)?(${SYMBOL_SOURCE})`, 'giu');

/** "Ngày 23/8/2017, Tỉnh ủy X đã ban hành Chương trình số 27-CTr/TU": what a page announces. */
export function readAnnouncements(text: string, from: number, to: number, defaultYear: number | null): Announcement[] {
  const region = text.slice(from, to);
  const found: Announcement[] = [];
  ANNOUNCED.lastIndex = 0;
  for (let m = ANNOUNCED.exec(region); m !== null; m = ANNOUNCED.exec(region)) {
    const symbol = parseSymbol(m[2]!);
    if (!symbol) continue;
    const sentenceStart = Math.max(region.lastIndexOf('. ', m.index), region.lastIndexOf('\n', m.index)) + 1;
    const lead = region.slice(sentenceStart, m.index);
    // "… ban hành Chỉ thị số 26-CT/TU ngày 08/12/2023 của Ban Thường vụ Tỉnh ủy X" or
    // "Ngày 23/8/2017, Tỉnh ủy X đã ban hành Chương trình số 27-CTr/TU".
    const symbolEnd = m.index + m[0].length;
    const after = dateAt(region, symbolEnd, { defaultYear });
    const tailFrom = after ? after.end : symbolEnd;
    const owner = /^[\s,]*của\s+/u.exec(region.slice(tailFrom, tailFrom + 20));
    const [ownerMention] = owner ? findIssuerMentions(region.slice(tailFrom + owner[0].length, tailFrom + owner[0].length + 120)) : [];
    const leadDate = findDates(lead, { defaultYear }).find((d) => d.iso !== null) ?? null;
    const leadIssuers = findIssuerMentions(lead);
    const date = after?.iso ? { ...after, start: after.start - sentenceStart, end: after.end - sentenceStart } : leadDate;
    const issuer = ownerMention && ownerMention.start === 0
      ? { ...ownerMention, start: ownerMention.start + tailFrom + owner![0].length - sentenceStart, end: ownerMention.end + tailFrom + owner![0].length - sentenceStart }
      : leadIssuers[leadIssuers.length - 1] ?? null;
    const typeStart = m.index + m[0].indexOf(m[1]!);
    found.push({
      type: documentTypeForName(squash(m[1]!))?.name ?? squash(m[1]!),
      symbol,
      date: date && { ...date, start: date.start + from + sentenceStart, end: date.end + from + sentenceStart },
      issuer: issuer && { ...issuer, start: issuer.start + from + sentenceStart, end: issuer.end + from + sentenceStart },
      start: from + typeStart,
      end: from + m.index + m[0].length,
    });
  }
  return found;
}

const FULL_TEXT = /(?:toàn\s+văn|nguyên\s+văn|đăng\s+tải\s+nội\s+dung|giới\s+thiệu\s+nội\s+dung)/iu;

/** The page says it publishes the document in full. */
export const announcesFullText = (text: string): boolean => FULL_TEXT.test(text);
