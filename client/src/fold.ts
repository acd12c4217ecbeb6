// Folding for matching on the page (type names, highlighting a cited span in a sentence):
// "Nghị quyết", "nghi quyet" and "NGHỊ QUYẾT" fold the same. "đ" has no decomposition.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/gu, ' ').trim();
}
