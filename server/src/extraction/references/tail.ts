// What follows a type and number: its date, its issuer and the issuer's term, a year
// ("Chỉ thị số 19- CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng",
// "Kết luận số 02-KL/TW … của Ban Bí thư (khóa XII)", "Luật Bảo vệ Môi trường năm 2014").
// Only what touches the reference counts: a "(khóa XV)" after the next clause's subject is
// that subject's, not the cited document's.

import { dateAt, type DateOptions } from '../dates.ts';
import { issuerNamedAtStart, type IssuerMention } from '../issuers.ts';
import { ROMAN, TYPE_NAME_SOURCE } from './vocabulary.ts';
import { remembered } from '../../domain/remembered.ts';

export interface Tail {
  end: number;
  date: string | null;
  year: string | null;
  issuer: string | null;
  province: string | null;
  term: string | null;
}

const OF = /[ \t\r\n,]*(?:của|do)[ \t\r\n]+/iuy;
const TERM = new RegExp(String.raw`[ \t\r\n,]*\(?[ \t]*kh[oó]a[ \t\r\n]+(${ROMAN})(?![\p{L}\d])[ \t]*\)?`, 'iuy');
// Cheap test before reading a date: one can only start with a figure, "ngày" or "ban hành".
const MAY_START_DATE = /^[\s,;:(]*(?:\d|ng[àa]y|ban\s+hành)/iu;
const ANOTHER_DATE = /[ \t]*(?:,|và)[ \t]+(?=(?:ng[àa]y[ \t]+)?\d{1,2}[ \t]*(?:[/.-]|tháng))/iuy;
const YEAR = /[ \t\r\n,]*năm[ \t\r\n]+((?:19|20)\d\d)(?!\d)/iuy;
const JOINT = /[ \t\r\n]*(?:và|với)[ \t\r\n]+/iuy;
// Capitalised words, for an issuer the catalogue does not know ("của Học viện Tài chính").
const CAPITALISED = /(?:\p{Lu}[\p{L}\p{M}]*)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}]*|và|tỉnh|huyện|thành phố|phủ|nhân dân|trung ương)(?![\p{L}\p{M}])){0,7}/uy;
const LOOKAHEAD = 90;
const QUOTED_TITLE = /[ \t\r\n,]*[“"][^”"\n]{1,300}[”"]/uy;
const HEAD_OF_BODY = /(?:Bộ trưởng|Chủ tịch|Giám đốc|Thủ trưởng|Trưởng ban|Chánh Văn phòng)[ \t\r\n]+(?=\p{Lu})/uy;
const STARTS_WITH_TYPE = new RegExp(String.raw`^(?:${TYPE_NAME_SOURCE})(?![\p{L}\p{M}])`, 'iu');

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

interface IssuerRead { end: number; name: string; province: string | null; term: string | null }

// Issuer names recur through a text; each window is read once. Only an issuer named right
// at the start counts; the callers check that it starts at 0.
const firstIssuerIn = remembered(issuerNamedAtStart, 2000);

/** The issuer whose name starts exactly at `at`, with a joint issuer after "và". */
function issuerAt(text: string, at: number, joint = false): IssuerRead | null {
  if (!/^[\p{Lu}\d]/u.test(text.slice(at, at + 1))) return null;
  // "của Bộ trưởng Bộ Tài nguyên và Môi trường", "của Chủ tịch UBND tỉnh": the body is the issuer.
  const head = stickyAt(HEAD_OF_BODY, text, at);
  if (head) {
    const body = issuerAt(text, at + head[0].length, joint);
    if (body) return body;
  }
  const window = text.slice(at, at + LOOKAHEAD);
  const first = firstIssuerIn(window);
  if (first && first.start === 0) {
    const read: IssuerRead = { end: at + first.end, name: first.issuer.name, province: first.issuer.province, term: first.issuer.term ?? null };
    const and = stickyAt(JOINT, text, read.end);
    const second = and ? issuerAt(text, read.end + and[0].length, true) : null;
    if (second) return { ...second, name: `${read.name} và ${second.name}`, province: read.province ?? second.province, term: read.term ?? second.term };
    return read;
  }
  // A second issuer after "và" must be a known one: "… của Bộ Chính trị và Chỉ thị số …" names no issuer.
  const words = joint ? null : stickyAt(CAPITALISED, text, at);
  if (!words || STARTS_WITH_TYPE.test(words[0])) return null;
  const name = words[0].replace(/[ \t]+(?:và|tỉnh|huyện|thành phố)$/u, '');
  return { end: at + name.length, name, province: null, term: null };
}

/** A central issuer written straight after the number or date, without "của" ("… ngày 16/6/2022 Hội nghị lần thứ năm Ban Chấp hành Trung ương …"). */
function centralIssuerAt(text: string, at: number): IssuerRead | null {
  const space = /[ \t]+(?=Hội nghị|Ban Chấp hành|Bộ Chính trị|Ban Bí thư)/uy;
  const lead = stickyAt(space, text, at);
  if (!lead) return null;
  const first = firstIssuerIn(text.slice(at + lead[0].length, at + lead[0].length + LOOKAHEAD));
  if (!first || first.start !== 0) return null;
  return { end: at + lead[0].length + first.end, name: first.issuer.name, province: null, term: first.issuer.term ?? null };
}

/** Reads the date, issuer, term and year that directly follow a reference ending at `from`. */
export function readTail(text: string, from: number, dates: DateOptions = {}): Tail {
  const tail: Tail = { end: from, date: null, year: null, issuer: null, province: null, term: null };
  let quotedTitles = 0;
  let dated = false;
  for (let step = 0; step < 6; step++) {
    const at = tail.end;
    if (!dated && MAY_START_DATE.test(text.slice(at, at + 24))) {
      const date = dateAt(text, at, dates);
      // Not across a semicolon, a blank line, or onto a new line that opens with "Ngày" (a new sentence).
      const gap = text.slice(at, date?.start ?? at);
      if (date?.iso && !/;|\n[ \t]*\n/.test(gap) && !(/\n/.test(gap) && /^Ngày/u.test(date.surface))) {
        dated = true;
        tail.date = date.iso;
        tail.end = date.end;
        // "số 27-NQ/TW, số 28-NQ/TW và số 29-NQ/TW ngày 09/11/2022 và ngày 17/11/2022": the text
        // does not say which date is whose, so none is given.
        const another = stickyAt(ANOTHER_DATE, text, tail.end);
        const second = another ? dateAt(text, tail.end + another[0].length, dates) : null;
        if (second?.iso) {
          tail.date = null;
          tail.end = second.end;
        }
        continue;
      }
    }
    const of = tail.issuer ? null : stickyAt(OF, text, at);
    const issuer = of ? issuerAt(text, at + of[0].length) : tail.issuer ? null : centralIssuerAt(text, at);
    if (issuer) {
      Object.assign(tail, { issuer: issuer.name, province: issuer.province, end: issuer.end });
      if (issuer.term) tail.term = issuer.term;
      continue;
    }
    const term = tail.term ? null : stickyAt(TERM, text, at);
    if (term) {
      tail.term = term[1]!.toUpperCase();
      tail.end = at + term[0].length;
      continue;
    }
    const year = tail.year || tail.date ? null : stickyAt(YEAR, text, at);
    if (year) {
      tail.year = year[1]!;
      tail.end = at + year[0].length;
      continue;
    }
    // A quoted title between the number and its date or issuer ("Chỉ thị số 05-CT/TW “Về …”
    // ngày 15/5/2016 của Bộ Chính trị") is stepped over once, only when one of them follows.
    const title = quotedTitles < 1 && !(tail.date && tail.issuer) ? stickyAt(QUOTED_TITLE, text, at) : null;
    const after = title ? at + title[0].length : at;
    const namesAnother = title !== null && /\d\s*[-/]\s*\p{Lu}/u.test(title[0]);
    if (title && !namesAnother && (MAY_START_DATE.test(text.slice(after, after + 24)) || stickyAt(OF, text, after))) {
      quotedTitles++;
      tail.end = after;
      continue;
    }
    break;
  }
  return tail;
}
