// Lines of the clean text with their offsets: the header of a document is read line by
// line, because its parts (number, place and date, type, subject) each take a line of
// their own even when the two header columns were flattened or interleaved.

import { singleSpaced } from '../../domain/whitespace.ts';

export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

export const isBlank = (line: Line | undefined): boolean => line === undefined || line.text.trim() === '';

/** Letters all capitals ("KẾ HOẠCH", "ỦY BAN NHÂN DÂN"), at least two of them. */
// (The lower-case test first: most lines fail it at their second letter.)
export const isAllCaps = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/su.test(text);

/** Index of the next non-blank line after `i`, or -1. */
export function nextNonBlank(lines: readonly Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (!isBlank(lines[j])) return j;
  return -1;
}

/** Whitespace runs made single spaces, trimmed. */
export const squash = (text: string): string => singleSpaced(text).trim();
