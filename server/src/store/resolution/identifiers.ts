// How numbers are compared: "41-NQ/TW", "41 NQ/TW", "41nqtw" and "41-nq/tw" are one
// identifier. The compact form is stored in an indexed column (SQLite) or property (Neo4j).
import { foldVietnamese } from '../../domain/fold.ts';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Folded, with every separator removed: "629/LĐLĐ" → "629ldld". */
export function compactIdentifier(text: string): string {
  return foldVietnamese(text).replace(NOT_LETTER_OR_DIGIT, '');
}

/** The year of an ISO date, or null. */
export function yearOf(date: string | null | undefined): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** True when a search text looks like (part of) a number and symbol: it has a digit. */
export function looksLikeIdentifier(text: string): boolean {
  return /\p{N}/u.test(text) && compactIdentifier(text).length > 0;
}

/** Issuers are one node per (name, province), compared folded. */
export function issuerKey(name: string, province: string | null): string {
  return `${foldVietnamese(name)}|${province ? foldVietnamese(province) : ''}`;
}
