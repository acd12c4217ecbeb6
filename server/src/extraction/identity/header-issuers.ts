// The issuer column of a header. "LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG" names the issuer;
// "UBND TỈNH X" above "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" is the department of X; "TỈNH ỦY X"
// above "BAN TUYÊN GIÁO" is that committee's board; two bodies over one place line, or a
// joint symbol ("…/UBND-UBMTTQ"), are joint issuers.

import { foldVietnamese } from '../../domain/fold.ts';
import { findProvince, type Province } from '../../domain/provinces.ts';
import { findIssuerMentions, inProvince, type Issuer, type IssuerMention } from '../issuers.ts';
import { isAllCaps, type Line } from './lines.ts';
import { NOT_ISSUER_KINDS, type FoundIssuer } from './issuer-sources.ts';
import { ISSUER_KINDS } from './issuer-catalogue.ts';

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

// Agencies the catalogue does not know, named under their parent: "UBND TỈNH X / SỞ …",
// "UBND HUYỆN Y / PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "HỘI NÔNG DÂN TỈNH / BAN THƯỜNG VỤ".
const AGENCY = /^(?:SỞ|PHÒNG|BAN|CHI CỤC|CỤC|TRUNG TÂM|VĂN PHÒNG|CÔNG ĐOÀN|TRƯỜNG|BỆNH VIỆN|HỘI|ĐOÀN|VIỆN|ĐÀI|BÁO)\s+\p{Lu}/u;
const GENERIC_NOUNS = /^(?:sở|phòng|ban|chi cục|cục|trung tâm|văn phòng|công đoàn|trường|bệnh viện|hội|đoàn|viện|đài|báo)$/u;
const isAcronym = (word: string): boolean => word.includes('&') || !/[AEIOUYĂÂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u.test(word);

/** "SỞ NÔNG NGHIỆP VÀ PTNT" → "Sở Nông nghiệp và PTNT": capitals where agency names keep them. */
function agencyName(cell: string): string {
  const words = cell.trim().split(/\s+/u);
  const generic = words[1] && GENERIC_NOUNS.test(`${words[0]} ${words[1]}`.toLowerCase()) ? 2 : 1;
  return words.map((word, i) => {
    if (isAcronym(word)) return word;
    const lower = word.toLowerCase();
    const capital = i === 0 || i === generic || words[i - 1]!.toLowerCase() === 'và';
    return capital ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  }).join(' ');
}

function agencyUnder(parent: Issuer, cell: string): Issuer | null {
  if (!AGENCY.test(cell.trim())) return null;
  const kind = ISSUER_KINDS.find((k) => k.id === parent.kind);
  // The parent's place: "tỉnh Bắc Giang" from "Ủy ban nhân dân tỉnh Bắc Giang".
  const locality = kind && parent.name.startsWith(kind.name) ? parent.name.slice(kind.name.length).trim() : '';
  const name = [agencyName(cell), locality].filter((part) => part !== '').join(' ');
  return { ...parent, name, code: null, kind: `${parent.kind}/agency` };
}

/** Several bodies in the header: joint issuers, or a body under its parent ("UBND TỈNH X" / "SỞ …"). */
function resolveHeader(mentions: IssuerMention[], organs: Map<number, string>, jointSymbol: boolean): Issuer[] {
  const issuers = mentions.map((m) => m.issuer);
  const withProvince = issuers.find((i) => i.province !== null);
  const last = issuers[issuers.length - 1]!;
  // "ỦY BAN NHÂN DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH ĐẮK LẮK": one place line under two bodies.
  const sharedPlaceLast = issuers.length > 1 && last.province !== null
    && issuers.slice(0, -1).every((i) => i.province === null && i.level !== 'central');
  if (jointSymbol || sharedPlaceLast) {
    return issuers.map((i) => (i.province === null && withProvince ? withProvinceOf(i, withProvince) : i));
  }
  let chosen = issuers.length > 1 && last.province === null && withProvince ? withProvinceOf(last, withProvince) : last;
  const organ = organs.get(mentions.length - 1);
  if (organ) chosen = organUnder(chosen, organ) ?? agencyUnder(chosen, organ) ?? chosen;
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
 * The issuer column of a header: all-capitals cells of the lines between `headerFrom` and `headerEnd`. A
 * line of interleaved columns ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …") is cut at its
 * gaps, and the motto cells are dropped.
 */
function issuerCells(lines: readonly Line[], headerFrom: number, headerEnd: number): Cell[] {
  const cells: Cell[] = [];
  for (const line of lines) {
    if (line.end > headerEnd) break;
    if (line.start < headerFrom) continue;
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
export function headerProvince(lines: readonly Line[], headerFrom: number, headerEnd: number): Province | null {
  for (const cell of issuerCells(lines, headerFrom, headerEnd)) {
    const m = PROVINCE_LINE.exec(cell.text);
    const province = m ? findProvince(m[1]!) : null;
    if (province) return province;
  }
  return null;
}

/** Index of the cell holding a block offset, given where each cell starts in the block. */
function cellOf(blockStarts: readonly number[], offset: number): number {
  let cell = 0;
  while (cell + 1 < blockStarts.length && blockStarts[cell + 1]! <= offset) cell++;
  return cell;
}

/** Issuers named in the issuer column of the header. */
export function headerIssuers(lines: readonly Line[], headerFrom: number, headerEnd: number, jointSymbol: boolean): FoundIssuer | null {
  const cells = issuerCells(lines, headerFrom, headerEnd);
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
  // An organ named on the cell right after the last issuer ("TỈNH ỦY X" / "BAN TUYÊN GIÁO").
  const organs = new Map<number, string>();
  const organCell = cells[cellOf(blockStarts, mentions[mentions.length - 1]!.end - 1) + 1];
  if (organCell) organs.set(mentions.length - 1, organCell.text);
  const first = mentions[0]!;
  const firstCell = cellOf(blockStarts, first.start);
  const start = cells[firstCell]!.start + (first.start - blockStarts[firstCell]!);
  return { issuers: resolveHeader(mentions, organs, jointSymbol), source: 'header', start, end: start + Math.min(first.surface.length, cells[firstCell]!.text.length) };
}

