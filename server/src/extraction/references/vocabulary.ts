// Pattern sources shared by the recognisers. The clean text is NFC with the old tone-mark
// placement, so one spelling per word is enough; the `i` flag covers all-caps headings.

import { allTypeNames, documentTypeForName } from '../document-types.ts';

/** Any space, line breaks included, but not a blank paragraph run longer than a few lines. */
export const GAP = String.raw`[\s]{1,6}`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every type name, longest first, words joined by any spacing ("Kết\nluận"). */
export const TYPE_NAME_SOURCE = allTypeNames()
  .map((name) => name.split(' ').map(escape).join(String.raw`\s+`))
  .join('|');

/** A letter boundary for Vietnamese (`\b` is ASCII-only). */
export const BEFORE_WORD = String.raw`(?<![\p{L}\p{M}\d])`;
export const AFTER_WORD = String.raw`(?![\p{L}\p{M}\d])`;

/** The canonical type name for a written one ("CHỈ THỊ" → "Chỉ thị", "Văn bản" → "Công văn"). */
export function canonicalTypeName(written: string): string | null {
  return documentTypeForName(written.replace(/\s+/gu, ' '))?.name ?? null;
}

/** Roman numerals of a term. */
export const ROMAN = '[IVXLC]{1,6}';
