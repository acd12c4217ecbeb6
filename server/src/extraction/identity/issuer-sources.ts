// Where a document says who issued it, strongest first:
//   header    the issuer column (header-issuers.ts)
//   body      the body's own subject: "Ban Thường vụ Tỉnh ủy yêu cầu:", "Ủy ban nhân dân
//             thành phố ban hành Kế hoạch …", "Ban Thường vụ LĐLĐ tỉnh hướng dẫn …"
//   signature "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"
//   filing    "Lưu Văn phòng Tỉnh ủy": the office of the committee that issued it

import { findIssuerMentions, type Issuer, type IssuerMention } from '../issuers.ts';
import type { Line } from './lines.ts';

export interface FoundIssuer {
  issuers: Issuer[];
  source: 'header' | 'body' | 'signature' | 'filing';
  /** Clean-text span of the (first) mention. */
  start: number;
  end: number;
}

export const NOT_ISSUER_KINDS: ReadonlySet<string> = new Set(['grassroots-union', 'sector-union', 'party-cell']);

export const BODY_SEARCH = 20000;
const DIRECTIVE_VERB = /^[\s,]*(?:\((?:khóa|khoá|nhiệm kỳ)[^)]{0,30}\)\s*)?(?:đã\s+|thống\s+nhất\s+|xây\s+dựng\s+(?:và\s+)?)?(?:yêu\s+cầu|ban\s+hành|đề\s+nghị|hướng\s+dẫn|chỉ\s+thị|thông\s+báo|kết\s+luận|quyết\s+định|xây\s+dựng|ký\s+kết)(?![\p{L}])/iu;
const ISSUED_NUMBERED = /^\s*(?:\p{L}+\s+){1,4}(?:số\s*)?\d+\s*[-/]/u;
const BOARD_BEFORE = /Ban\s+(?:Thường\s+vụ|Thường\s+trực|Chấp\s+hành)\s+$/u;
const CLAUSE_START = /(?:^|[.;:,)”"\n]|^\s*\d+[.)])\s*$/u;
const SUBORDINATE_BEFORE = /(?:Ban\s+Cán\s+sự\s+Đảng|Đảng\s+đoàn|của|với|và|cho|tới|đến|về|gửi|các)\s*$/iu;

/**
 * The body's own subject: an issuer opening a clause and followed by a directive verb.
 * `mentions` are the issuers named in the text, in order (offsets into `text`); they are
 * read only up to the one that is found.
 */
export function bodyIssuer(text: string, from: number, mentions: Iterable<IssuerMention>): FoundIssuer | null {
  // The body names its issuer in its opening pages, if at all.
  for (const m of mentions) {
    if (m.start < from || NOT_ISSUER_KINDS.has(m.issuer.kind)) continue;
    if (m.start > from + BODY_SEARCH) break;
    // "Ban Thường vụ Hội Nông dân tỉnh đề nghị": the standing board speaks for its body.
    const before = text.slice(Math.max(from, m.start - 60), m.start).replace(BOARD_BEFORE, '');
    if (!CLAUSE_START.test(before) && !/^\s*$/u.test(before)) continue;
    if (SUBORDINATE_BEFORE.test(before)) continue;
    const verb = DIRECTIVE_VERB.exec(text.slice(m.end, m.end + 60));
    if (!verb) continue;
    // "Thủ tướng Chính phủ ban hành Quyết định số 582/QĐ-TTg": recounting another document.
    if (ISSUED_NUMBERED.test(text.slice(m.end + verb[0].length, m.end + verb[0].length + 60))) continue;
    return { issuers: jointAfter(text, m), source: 'body', start: m.start, end: m.end };
  }
  return null;
}

/** "UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk thống nhất ban hành": both issuers. */
function jointAfter(body: string, first: IssuerMention): Issuer[] {
  const rest = body.slice(first.end, first.end + 200);
  const and = /^\s*(?:và|với)\s+/u.exec(rest);
  if (!and) return [first.issuer];
  const [second] = findIssuerMentions(rest.slice(and[0].length));
  if (!second || second.start !== 0) return [first.issuer];
  return [first.issuer, second.issuer];
}

const SIGNATURE = /^\s*(?:T\/M|TM\.?|K\/T|KT\.?|Q\/|TL\.?|T\/L)\s+(.+)$/u;

/** "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN" in the signature block. */
export function signatureIssuer(lines: readonly Line[]): FoundIssuer | null {
  for (const line of lines) {
    const m = SIGNATURE.exec(line.text);
    if (!m) continue;
    const [mention] = findIssuerMentions(m[1]!);
    if (mention) return { issuers: [mention.issuer], source: 'signature', start: line.start, end: line.end };
    if (/BAN\s+THƯỜNG\s+VỤ/iu.test(m[1]!)) return { issuers: [], source: 'signature', start: line.start, end: line.end };
  }
  return null;
}

// "Lưu: VT, VPTU": the abbreviated office of the committee.
const OFFICE_CODES: Readonly<Record<string, string>> = { TU: 'Tỉnh ủy', HU: 'Huyện ủy', QU: 'Quận ủy' };
const FILING = /^\s*[-–+]?\s*Lưu\s*:?\s*(.+)$/u;

/** "Lưu Văn phòng Tỉnh ủy", "Lưu: VT, VPTU": the committee whose office keeps the original. */
export function filingIssuer(lines: readonly Line[]): FoundIssuer | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const m = FILING.exec(line.text);
    if (!m) continue;
    const office = /Văn\s+phòng\s+((?:Tỉnh|Thành|Huyện|Quận|Thị)\s+[uủ][ỷy])/iu.exec(m[1]!);
    const short = /(?<![\p{L}])VP(TU|HU|QU)(?![\p{L}])/u.exec(m[1]!);
    const committee = office?.[1] ?? (short ? OFFICE_CODES[short[1]!] : undefined);
    if (!committee) continue;
    const [mention] = findIssuerMentions(committee);
    if (mention) return { issuers: [mention.issuer], source: 'filing', start: line.start, end: line.end };
  }
  return null;
}
