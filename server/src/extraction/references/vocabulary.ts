// Pattern sources shared by the recognisers. The clean text is NFC with the old tone-mark
// placement, so one spelling per word is enough; the `i` flag covers all-caps headings.

import { allTypeNames, documentTypeForName } from '../document-types.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Abbreviations written in place of a dispatch's type name ("theo CV số 123/UBND-VX").
// They stay here, not in the type list, because elsewhere a bare "CV" is no type line.
const ABBREVIATED_TYPES: ReadonlyMap<string, string> = new Map([['CV', 'Công văn'], ['VB', 'Công văn']]);

/** Every type name, longest first, words joined by any spacing ("Kết\nluận"), then the abbreviations. */
export const TYPE_NAME_SOURCE = [...allTypeNames(), ...ABBREVIATED_TYPES.keys()]
  .map((name) => name.split(' ').map(escape).join(String.raw`\s+`))
  .join('|');

/** The canonical type name for a written one ("CHỈ THỊ" → "Chỉ thị", "Văn bản" → "Công văn"). */
export function canonicalTypeName(written: string): string | null {
  return ABBREVIATED_TYPES.get(written) ?? documentTypeForName(written.replace(/\s+/gu, ' '))?.name ?? null;
}

/** Roman numerals of a term. */
export const ROMAN = '[IVXLC]{1,6}';
