// Searches typed as a document's identity in words or glued letters — "nghị quyết 41 2004",
// "NQ41/TW", "ct 19 tu" — are rewritten into the number form the store ranks first
// ("41-NQ/TW", "nq 41"), with the year, when typed, as a filter.
import { foldVietnamese } from '../../domain/fold.ts';
import { allTypeNames, canonicalTypeCode, codeForTypeName, isKnownTypeCode } from '../../extraction/document-types.ts';

export interface IdentifierSearch {
  text: string;
  year: number | null;
}

const GLUED = /^([a-z]{1,5})\s*-?\s*(\d{1,5})(?:\s*\/\s*([a-z]{1,6}))?$/u;
const NUMBER_AND_YEAR = /^(?:so\s+)?(\d{1,5})(?:\s*(?:\/|nam|,)?\s*((?:19|20)\d{2}))?(?:\s+(?:cua\s+)?([a-z]{1,6}))?$/u;

// Folded names, longest first so "nghi quyet lien tich" wins over "nghi quyet".
const TYPE_NAMES = allTypeNames()
  .map((name) => ({ folded: foldVietnamese(name), code: codeForTypeName(name) }))
  .filter((entry): entry is { folded: string; code: string } => entry.code !== null)
  .sort((a, b) => b.folded.length - a.folded.length);

function written(code: string, number: string, issuer: string | undefined): string {
  return issuer ? `${number}-${canonicalTypeCode(code)}/${issuer.toUpperCase()}` : `${canonicalTypeCode(code).toLowerCase()} ${number}`;
}

/** The rewritten search, or null when the text does not read as a document's identity. */
export function identifierSearch(query: string): IdentifierSearch | null {
  const folded = foldVietnamese(query);
  const glued = GLUED.exec(folded);
  if (glued && isKnownTypeCode(glued[1]!)) return { text: written(glued[1]!, glued[2]!, glued[3]), year: null };

  const type = TYPE_NAMES.find((entry) => folded.startsWith(`${entry.folded} `));
  if (!type) return null;
  const rest = NUMBER_AND_YEAR.exec(folded.slice(type.folded.length + 1).trim());
  if (!rest) return null;
  return { text: written(type.code, rest[1]!, rest[3]), year: rest[2] ? Number(rest[2]) : null };
}
