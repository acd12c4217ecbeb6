// Where type names ("Nghị quyết", "QUYẾT ĐỊNH", "Kết\nluận") occur in a text, found in one
// pass and looked up by position, so that reading the type before each of thousands of
// numbers costs a binary search instead of a pattern tried at every nearby position.

import { execWhere, notAfterLetter } from '../boundaries.ts';
import { caselessWords, TYPE_NAME_CASELESS_SOURCE } from './vocabulary.ts';

export interface TypeWord {
  start: number;
  end: number;
  written: string;
}

// No letter may precede a type name: checked in code (boundaries.ts). Both are spelt
// out in either case rather than matched with the slower `i` flag (see vocabulary.ts).
const TYPE_WORD = new RegExp(String.raw`(?:${TYPE_NAME_CASELESS_SOURCE})(?:\s+${caselessWords('liên tịch')})?(?![\p{L}\p{M}])`, 'gu');

/** Every type name in the text, in order. */
export function findTypeWords(text: string): TypeWord[] {
  const words: TypeWord[] = [];
  TYPE_WORD.lastIndex = 0;
  for (let m = execWhere(TYPE_WORD, text, notAfterLetter); m !== null; m = execWhere(TYPE_WORD, text, notAfterLetter)) {
    words.push({ start: m.index, end: m.index + m[0].length, written: m[0] });
  }
  return words;
}

/** The last of `words` (in text order) that ends at or before `position`, or null. */
export function lastTypeWordBefore(words: readonly TypeWord[], position: number): TypeWord | null {
  let lo = 0;
  let hi = words.length - 1;
  let found: TypeWord | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= position) {
      found = words[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
