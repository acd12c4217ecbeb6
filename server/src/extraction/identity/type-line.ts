// The type line of a header ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỊNH HƯỚNG TUYÊN
// TRUYỀN THÁNG 7 NĂM 2020") and the title that follows it ("THỰC HIỆN ĐỀ ÁN …" over
// several lines, or "Thực hiện Chỉ thị 13-CT/TW …\n\nđối với …").

import { foldVietnamese } from '../../domain/fold.ts';
import { allTypeNames, documentTypeForName } from '../document-types.ts';
import { isAllCaps, isBlank, nextNonBlank, squash, type Line } from './lines.ts';
import { isStopLine } from './stop-lines.ts';
import { remembered } from '../../domain/remembered.ts';

export interface TypeLine {
  /** Type name as a reader says it ("Kế hoạch"). */
  type: string;
  /** Title as written, lines joined; null when no title follows. */
  title: string | null;
  /** Clean-text span of the type words. */
  start: number;
  end: number;
  /** "CỦA BỘ CHÍNH TRỊ" under the type line: the body that issues it, as written. */
  issuedBy: string | null;
}

const ISSUED_BY = /^\s*CỦA\s+(\p{Lu}.*)$/u;

// Headings that name a type in other words.
const HEADING_TYPES: readonly [string, string][] = [['dinh huong', 'Hướng dẫn']];

const TYPE_NAMES = [
  ...allTypeNames().map((name) => [foldVietnamese(name), name] as const),
  ...HEADING_TYPES.map(([folded, type]) => [folded, type] as const),
].sort((a, b) => b[0].length - a[0].length);
// Type names are short: folding this much of a line is enough to compare it with them all.
const FOLDED_PREFIX = 2 * Math.max(...TYPE_NAMES.map(([name]) => name.length)) + 2;

// Header lines recur from one document to the next ("ỦY BAN NHÂN DÂN", "Độc lập - Tự do -
// Hạnh phúc", "KẾ HOẠCH"): short lines are read once.
const typeAtStart: (line: string) => Readonly<{ type: string; length: number }> | null = remembered(readTypeAtStart, 4000, 80);

function readTypeAtStart(line: string): { type: string; length: number } | null {
  const trimmed = line.trimStart();
  const lead = line.length - trimmed.length;
  // Cheap test first: a type line opens in capitals, or is a short line of its own.
  if (trimmed.length > 40 && !isAllCaps(trimmed.slice(0, 6))) return null;
  const prefix = trimmed.slice(0, FOLDED_PREFIX);
  // A prefix that folds to a bare type name may continue beyond it: fold the whole line then.
  let folded = foldVietnamese(prefix);
  if (prefix.length < trimmed.length && TYPE_NAMES.some(([name]) => folded === name)) folded = foldVietnamese(trimmed.slice(0, 160));
  for (const [name, written] of TYPE_NAMES) {
    if (folded === name || folded.startsWith(`${name} `)) {
      const words = name.split(' ').length;
      const m = new RegExp(`^(?:\\S+\\s+){${words - 1}}\\S+`, 'u').exec(trimmed);
      const length = m ? m[0].length : name.length;
      // In capitals ("KẾ HOẠCH …"), or the type name alone on its line in any case ("Kế hoạch").
      if (!isAllCaps(trimmed.slice(0, length)) && trimmed.slice(length).trim() !== '') return null;
      const type = documentTypeForName(written)?.name ?? written;
      return { type, length: lead + length };
    }
  }
  return null;
}

/** A mixed-case line that is the body's first sentence, not a title. */
const looksLikeBody = (text: string): boolean => /[:,]\s*$/u.test(text) || /,\s*ngày\s+\d/iu.test(text) || text.length > 300;
const startsLower = (text: string): boolean => /^\s*[\p{Ll}(]/u.test(text);
const hasNoLetters = (text: string): boolean => !/\p{L}/u.test(text);

function titleLines(lines: readonly Line[], first: number): Line[] {
  const taken: Line[] = [lines[first]!];
  const capsMode = isAllCaps(lines[first]!.text);
  let i = first;
  while (taken.length < 8) {
    const j = nextNonBlank(lines, i);
    if (j === -1) break;
    const text = lines[j]!.text;
    if (isStopLine(text)) break;
    const adjacent = j === i + 1;
    const fits = capsMode
      ? isAllCaps(text) || (hasNoLetters(text) && adjacent) || (startsLower(text) && adjacent)
      : startsLower(text) && !looksLikeBody(text);
    if (!fits) break;
    taken.push(lines[j]!);
    i = j;
  }
  return taken;
}

/** The first type line among the header lines, with its title. */
export function readTypeLine(lines: readonly Line[], limit: number): TypeLine | null {
  for (let i = 0; i < Math.min(lines.length, limit); i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const found = typeAtStart(line.text);
    if (!found) continue;
    const rest = line.text.slice(found.length).trim();
    if (rest !== '' && !isAllCaps(line.text)) continue; // "Kế hoạch số 12 …" in a sentence
    if (/^[:.]/u.test(rest)) continue; // "QUYẾT ĐỊNH:" opens the articles of a decision
    const start = line.start + line.text.length - line.text.trimStart().length;
    const typeEnd = line.start + found.length;
    let title: string | null = null;
    let issuedBy: string | null = null;
    if (rest !== '') {
      title = squash(titleLines(lines, i).map((l) => l.text).join(' '));
    } else {
      let j = nextNonBlank(lines, i);
      const by = j === -1 ? null : ISSUED_BY.exec(lines[j]!.text);
      if (by && isAllCaps(by[1]!)) {
        issuedBy = by[1]!.trim();
        j = nextNonBlank(lines, j);
      }
      const next = j === -1 ? null : lines[j]!;
      if (next && j - i <= 3 && !isStopLine(next.text) && (isAllCaps(next.text) || !looksLikeBody(next.text))) {
        title = squash(titleLines(lines, j).map((l) => l.text).join(' '));
      }
    }
    return { type: found.type, title: title ? title.replace(/[.;:]+$/u, '').trim() : null, start, end: typeEnd, issuedBy };
  }
  return null;
}
