// Pattern sources shared by the recognisers. The clean text is NFC with the old tone-mark
// placement, so one spelling per word is enough; the `i` flag covers all-caps headings.

import { singleSpaced } from '../../domain/whitespace.ts';
import { allTypeNames, documentTypeForName } from '../document-types.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Abbreviations written in place of a dispatch's type name ("theo CV số 123/UBND-VX").
// They stay here, not in the type list, because elsewhere a bare "CV" is no type line.
const ABBREVIATED_TYPES: ReadonlyMap<string, string> = new Map([['CV', 'Công văn'], ['VB', 'Công văn']]);

/** Every type name, longest first, words joined by any spacing ("Kết\nluận"), then the abbreviations. */
export const TYPE_NAME_SOURCE = [...allTypeNames(), ...ABBREVIATED_TYPES.keys()]
  .map((name) => name.split(' ').map(escape).join(String.raw`\s+`))
  .join('|');

// Letters that the `iu` flags also equate with a third character (Kelvin sign, long s).
const OTHER_CASES: Readonly<Record<string, string>> = { k: '\u212a', s: '\u017f' };

/** A letter as a class of its cases ("ệ" → "[ệỆ]"), as the `iu` flags would match it. */
function caseless(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return escape(ch);
  return `[${lower}${upper}${OTHER_CASES[lower] ?? ''}]`;
}

/**
 * TYPE_NAME_SOURCE with each letter spelt in both cases, for use without the `i` flag:
 * case-insensitive Unicode matching makes the engine fold every character it compares,
 * which costs several times more than a class of two letters on a long text.
 */
export const TYPE_NAME_CASELESS_SOURCE = [...allTypeNames(), ...ABBREVIATED_TYPES.keys()]
  .map((name) => name.split(' ').map((word) => [...word].map(caseless).join('')).join(String.raw`\s+`))
  .join('|');

/** Words spelt in both cases for a pattern without the `i` flag ("liên tịch" → "[lL][iI][êÊ][nN]\s+…"). */
export const caselessWords = (words: string): string => words.split(' ').map((word) => [...word].map(caseless).join('')).join(String.raw`\s+`);

/** The canonical type name for a written one ("CHỈ THỊ" → "Chỉ thị", "Văn bản" → "Công văn"). */
export function canonicalTypeName(written: string): string | null {
  return ABBREVIATED_TYPES.get(written) ?? documentTypeForName(singleSpaced(written))?.name ?? null;
}

/** Roman numerals of a term. */
export const ROMAN = '[IVXLC]{1,6}';
