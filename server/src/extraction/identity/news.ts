// News pages: a headline, a publication line in the site's own form ("Cập nhật lúc19:34,
// Chủ Nhật, 03/03/2019", "Ngày đăng: 30/10/2017", "Thứ Sáu, 12/05/2023 - 09:15"), and
// sometimes a document published in full after an announcement ("Ngày 23/8/2017, Tỉnh Ủy
// Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU …. … xin đăng toàn văn …").

import { findDates, type DateMatch } from '../dates.ts';
import { documentTypeForName, allTypeNames } from '../document-types.ts';
import { findIssuerMentions, type IssuerMention } from '../issuers.ts';
import { parseSymbol, SYMBOL_SOURCE, type ParsedSymbol } from '../symbols.ts';
import { isBlank, squash, type Line } from './lines.ts';

export interface Publication {
  date: DateMatch;
  line: number;
}

const PUBLICATION_MARK = /(?:cập\s*nhật|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng|posted|GMT|^\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,)/iu;
const DATE_AND_TIME_ONLY = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*(?:[-|,]\s*)?\d{1,2}:\d{2}\s*$|^\s*\d{1,2}:\d{2}\s*(?:[-|,]\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/u;

/** The publication line among the first lines of a page. */
export function readPublication(lines: readonly Line[]): Publication | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 8; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    if (!PUBLICATION_MARK.test(line.text) && !DATE_AND_TIME_ONLY.test(line.text)) continue;
    const date = findDates(line.text).find((d) => !d.yearless);
    if (date) return { date: { ...date, start: date.start + line.start, end: date.end + line.start }, line: i };
  }
  return null;
}

/** The headline: the first non-blank line that is not the publication line. */
export function readHeadline(lines: readonly Line[], publication: Publication | null): Line | null {
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i]) || i === publication?.line) continue;
    return lines[i]!;
  }
  return null;
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
const ANNOUNCED = new RegExp(`(?:ban\\s+hành|ký\\s+ban\\s+hành|ký\\s+kết|ra)\\s+(${TYPE_ALTERNATION})\\s+(?:số\\s*)?(${SYMBOL_SOURCE})`, 'giu');

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
    const date = findDates(lead, { defaultYear }).find((d) => d.iso !== null) ?? null;
    const issuers = findIssuerMentions(lead);
    const issuer = issuers[issuers.length - 1] ?? null;
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
