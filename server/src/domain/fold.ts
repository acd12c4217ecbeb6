// Folding makes "dat dai", "đất đai" and "ĐẤT ĐAI" the same word for search and matching.
// NFD splits a letter from its marks; "đ" has no decomposition, so it is mapped by hand.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, without diacritics, "đ" → "d", whitespace collapsed. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

