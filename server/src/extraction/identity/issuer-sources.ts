// Where a document says who issued it, strongest first:
//   header    the issuer column ("LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG"; "UBND TỈNH X" above
//             "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" is the department of X; two bodies over one
//             place line are joint issuers)
//   body      the body's own subject: "Ban Thường vụ Tỉnh ủy yêu cầu:", "Ủy ban nhân dân
//             thành phố ban hành Kế hoạch …", "Ban Thường vụ LĐLĐ tỉnh hướng dẫn …"
//   signature "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN"
//   filing    "Lưu Văn phòng Tỉnh ủy": the office of the committee that issued it

import { foldVietnamese } from '../../domain/fold.ts';
import { findProvince, type Province } from '../../domain/provinces.ts';
import { findIssuerMentions, inProvince, type Issuer, type IssuerMention } from '../issuers.ts';
import { isAllCaps, type Line } from './lines.ts';

export interface FoundIssuer {
  issuers: Issuer[];
  source: 'header' | 'body' | 'signature' | 'filing';
  /** Clean-text span of the (first) mention. */
  start: number;
  end: number;
}

const NOT_ISSUER_KINDS = new Set(['grassroots-union', 'sector-union', 'party-cell']);

// Organs named alone on the line under their committee: "TỈNH ỦY CAO BẰNG\nBAN TUYÊN GIÁO".
const ORGANS: readonly [RegExp, string, string][] = [
  [/^ban tuyen giao$/, 'Ban Tuyên giáo', 'BTG'],
  [/^van phong$/, 'Văn phòng', 'VP'],
  [/^ban to chuc$/, 'Ban Tổ chức', 'BTC'],
  [/^ban dan van$/, 'Ban Dân vận', 'BDV'],
  [/^uy ban kiem tra$/, 'Ủy ban Kiểm tra', 'UBKT'],
  [/^ban thuong vu$/, 'Ban Thường vụ', ''],
  [/^ban thuong truc$/, 'Ban Thường trực', ''],
  [/^ban chap hanh$/, 'Ban Chấp hành', ''],
];

function organUnder(parent: Issuer, line: string): Issuer | null {
  const folded = foldVietnamese(line).replace(/[^a-z ]/g, '').trim();
  const organ = ORGANS.find(([pattern]) => pattern.test(folded));
  if (!organ) return null;
  const [, name, prefix] = organ;
  const code = parent.code === null ? null : `${prefix}${parent.code}`;
  return { ...parent, name: `${name} ${parent.name}`, code, kind: `${parent.kind}/organ` };
}

/** Several bodies in the header: joint issuers, or a body under its parent ("UBND TỈNH X" / "SỞ …"). */
function resolveHeader(mentions: IssuerMention[], organs: Map<number, string>, jointSymbol: boolean): Issuer[] {
  const issuers = mentions.map((m) => m.issuer);
  const withProvince = issuers.find((i) => i.province !== null);
  const last = issuers[issuers.length - 1]!;
  const sharedPlaceLast = issuers.length > 1 && last.province !== null && issuers.slice(0, -1).every((i) => i.province === null);
  if (jointSymbol || sharedPlaceLast) {
    return issuers.map((i) => (i.province === null && withProvince ? withProvinceOf(i, withProvince) : i));
  }
  let chosen = issuers.length > 1 && last.province === null && withProvince ? withProvinceOf(last, withProvince) : last;
  const organ = organs.get(mentions.length - 1);
  if (organ) chosen = organUnder(chosen, organ) ?? chosen;
  return [chosen];
}

function withProvinceOf(issuer: Issuer, other: Issuer): Issuer {
  const province = other.province ? findProvince(other.province) : null;
  return province ? inProvince(issuer, province) : issuer;
}

const MOTTO = /CỘNG\s+H[ÒO]A|ĐẢNG\s+CỘNG\s+SẢN|ĐỘC\s+LẬP|Độc\s+lập|Tự\s+do|Hạnh\s+phúc/u;
const COLUMN_GAP = /\t|[ ]{2,}/u;

interface Cell {
  text: string;
  /** Clean-text offset of the cell's first character. */
  start: number;
}

/**
 * The issuer column of a header: all-capitals cells of the lines before `headerEnd`. A
 * line of interleaved columns ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …") is cut at its
 * gaps, and the motto cells are dropped.
 */
function issuerCells(lines: readonly Line[], headerEnd: number): Cell[] {
  const cells: Cell[] = [];
  for (const line of lines) {
    if (line.end > headerEnd) break;
    let at = 0;
    for (const piece of line.text.split(COLUMN_GAP)) {
      const offset = line.text.indexOf(piece, at);
      at = offset + piece.length;
      const trimmed = piece.trim();
      if (trimmed === '' || !isAllCaps(trimmed) || MOTTO.test(trimmed)) continue;
      cells.push({ text: trimmed, start: line.start + offset + piece.indexOf(trimmed) });
    }
  }
  return cells;
}

const PROVINCE_LINE = /(?:TỈNH|THÀNH\s+PHỐ|TP\.?)\s+(\p{Lu}[\p{Lu}\p{M}]*(?:[ \t-]+\p{Lu}[\p{Lu}\p{M}]*){0,4})\s*$/u;

/** A province named on a header line ("ĐẢNG BỘ TỈNH CAO BẰNG", "UBND TỈNH SÓC TRĂNG"). */
export function headerProvince(lines: readonly Line[], headerEnd: number): Province | null {
  for (const cell of issuerCells(lines, headerEnd)) {
    const m = PROVINCE_LINE.exec(cell.text);
    const province = m ? findProvince(m[1]!) : null;
    if (province) return province;
  }
  return null;
}

/** Issuers named in the issuer column of the header. */
export function headerIssuers(lines: readonly Line[], headerEnd: number, jointSymbol: boolean): FoundIssuer | null {
  const cells = issuerCells(lines, headerEnd);
  if (cells.length === 0) return null;
  // Read the cells as one block so "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG" stays one issuer.
  const block = cells.map((c) => c.text).join('\n');
  const mentions = findIssuerMentions(block).filter((m) => !NOT_ISSUER_KINDS.has(m.issuer.kind));
  if (mentions.length === 0) return null;
  const blockStarts: number[] = [];
  let at = 0;
  for (const c of cells) {
    blockStarts.push(at);
    at += c.text.length + 1;
  }
  const cellOf = (offset: number): number => {
    let cell = 0;
    while (cell + 1 < blockStarts.length && blockStarts[cell + 1]! <= offset) cell++;
    return cell;
  };
  // An organ named on the cell right after the last issuer ("TỈNH ỦY X" / "BAN TUYÊN GIÁO").
  const organs = new Map<number, string>();
  const organCell = cells[cellOf(mentions[mentions.length - 1]!.end - 1) + 1];
  if (organCell) organs.set(mentions.length - 1, organCell.text);
  const first = mentions[0]!;
  const firstCell = cellOf(first.start);
  const start = cells[firstCell]!.start + (first.start - blockStarts[firstCell]!);
  return { issuers: resolveHeader(mentions, organs, jointSymbol), source: 'header', start, end: start + Math.min(first.surface.length, cells[firstCell]!.text.length) };
}

const BODY_SEARCH = 20000;
const DIRECTIVE_VERB = /^[\s,]*(?:\((?:khóa|khoá|nhiệm kỳ)[^)]{0,30}\)\s*)?(?:đã\s+|thống\s+nhất\s+|xây\s+dựng\s+(?:và\s+)?)?(?:yêu\s+cầu|ban\s+hành|đề\s+nghị|hướng\s+dẫn|chỉ\s+thị|thông\s+báo|kết\s+luận|quyết\s+định|xây\s+dựng|ký\s+kết)(?![\p{L}])/iu;
const ISSUED_NUMBERED = /^\s*(?:\p{L}+\s+){1,4}(?:số\s*)?\d+\s*[-/]/u;
const BOARD_BEFORE = /Ban\s+(?:Thường\s+vụ|Thường\s+trực|Chấp\s+hành)\s+$/u;
const CLAUSE_START = /(?:^|[.;:,)”"\n]|^\s*\d+[.)])\s*$/u;
const SUBORDINATE_BEFORE = /(?:Ban\s+Cán\s+sự\s+Đảng|Đảng\s+đoàn|của|với|và|cho|tới|đến|về|gửi|các)\s*$/iu;

/** The body's own subject: an issuer opening a clause and followed by a directive verb. */
export function bodyIssuer(text: string, from: number): FoundIssuer | null {
  // The body names its issuer in its opening pages, if at all.
  const body = text.slice(from, from + BODY_SEARCH);
  for (const m of findIssuerMentions(body)) {
    if (NOT_ISSUER_KINDS.has(m.issuer.kind)) continue;
    // "Ban Thường vụ Hội Nông dân tỉnh đề nghị": the standing board speaks for its body.
    const before = body.slice(Math.max(0, m.start - 60), m.start).replace(BOARD_BEFORE, '');
    if (!CLAUSE_START.test(before) && !/^\s*$/u.test(before)) continue;
    if (SUBORDINATE_BEFORE.test(before)) continue;
    const verb = DIRECTIVE_VERB.exec(body.slice(m.end, m.end + 60));
    if (!verb) continue;
    // "Thủ tướng Chính phủ ban hành Quyết định số 582/QĐ-TTg": recounting another document.
    if (ISSUED_NUMBERED.test(body.slice(m.end + verb[0].length, m.end + verb[0].length + 60))) continue;
    const joint = jointAfter(body, m);
    return { issuers: joint, source: 'body', start: from + m.start, end: from + m.end };
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

const FILING = /^\s*[-–+]?\s*Lưu\s*:?\s*(.+)$/u;

/** "Lưu Văn phòng Tỉnh ủy", "Lưu: VT, VPTU": the committee whose office keeps the original. */
export function filingIssuer(lines: readonly Line[]): FoundIssuer | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const m = FILING.exec(line.text);
    if (!m) continue;
    const office = /Văn\s+phòng\s+((?:Tỉnh|Thành|Huyện|Quận|Thị)\s+[uủ][ỷy])/iu.exec(m[1]!);
    if (!office) continue;
    const [mention] = findIssuerMentions(office[1]!);
    if (mention) return { issuers: [mention.issuer], source: 'filing', start: line.start, end: line.end };
  }
  return null;
}
