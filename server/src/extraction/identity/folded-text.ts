// Matching Vietnamese names ignores case, diacritics and tone-mark placement, but a match
// must still point into the text as written. A FoldedText is the text folded letter by
// letter (no whitespace collapsing) with, for each folded character, its offset in the
// original, so a match in the folded text maps straight back to a span.

const COMBINING_MARK = /[\u0300-\u036f]/;

export interface FoldedText {
  /** Lower-case ASCII-ish text: "Tỉnh ủy" → "tinh uy"; same length as `offsets`. */
  folded: string;
  /** offsets[i] = index in the original text of folded[i]; one extra entry for the end. */
  offsets: number[];
}

// Folded form of every character up to the end of Latin Extended Additional (U+1EFF),
// where all Vietnamese letters live; built once.
const TABLE_SIZE = 0x1f00;
const FOLD_TABLE: string[] = Array.from({ length: TABLE_SIZE }, (_, code) => foldOne(String.fromCharCode(code)));

/** One character folded: "" for a lone combining mark, else one character. */
function foldOne(ch: string): string {
  if (COMBINING_MARK.test(ch)) return '';
  let base = ch.normalize('NFD')[0] ?? ch;
  if (base === 'đ' || base === 'Đ') base = 'd';
  base = base.toLowerCase();
  return base.length === 1 ? base : ch; // a letter whose lower case is longer keeps its place
}

export function foldWithOffsets(text: string): FoldedText {
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < TABLE_SIZE ? FOLD_TABLE[code]! : foldOne(text[i]!);
    if (folded === '') continue; // a decomposed mark belongs to the letter before it
    chars.push(folded);
    offsets.push(i);
  }
  offsets.push(text.length);
  return { folded: chars.join(''), offsets };
}

/** The original span of folded[start, end). */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = f.offsets[start] ?? f.offsets[f.offsets.length - 1]!;
  // End after the last folded char, including any decomposed marks that followed it.
  const to = f.offsets[end] ?? f.offsets[f.offsets.length - 1]!;
  return { start: from, end: to };
}
