// Matching Vietnamese names ignores case, diacritics and tone-mark placement, but a match
// must still point into the text as written. A FoldedText is the text folded letter by
// letter (no whitespace collapsing) with, for each folded character, its offset in the
// original, so a match in the folded text maps straight back to a span.

const COMBINING_MARK = /[\u0300-\u036f]/;

export interface FoldedText {
  /** Lower-case ASCII-ish text: "Tỉnh ủy" → "tinh uy"; one character per entry of `offsets` but the last. */
  folded: string;
  /** offsets[i] = index in the original text of folded[i]; one extra entry for the end. */
  offsets: Int32Array;
}

// Folded form of every character up to the end of Latin Extended Additional (U+1EFF),
// where all Vietnamese letters live, as a UTF-16 code (-1: dropped); built once.
const TABLE_SIZE = 0x1f00;
const FOLD_CODES: Int32Array = Int32Array.from({ length: TABLE_SIZE }, (_, code) => {
  const folded = foldOne(String.fromCharCode(code));
  return folded === '' ? -1 : folded.charCodeAt(0);
});

/** One character folded: "" for a lone combining mark, else one character. */
function foldOne(ch: string): string {
  if (COMBINING_MARK.test(ch)) return '';
  let base = ch.normalize('NFD')[0] ?? ch;
  if (base === 'đ' || base === 'Đ') base = 'd';
  base = base.toLowerCase();
  return base.length === 1 ? base : ch; // a letter whose lower case is longer keeps its place
}

const foldCode = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  if (code < TABLE_SIZE) return FOLD_CODES[code]!;
  const folded = foldOne(text[i]!);
  return folded === '' ? -1 : folded.charCodeAt(0);
};

// Folded codes become a string in one call. (A lone surrogate, which no name contains,
// comes out as U+FFFD: still one unit, so offsets stay right.)
const UTF16 = new TextDecoder('utf-16le');

// Folding is done on whole openings of documents: codes and offsets go into typed
// arrays rather than one small string and one boxed number per character. The codes go
// to one buffer, grown as needed (a typed array of more than a few dozen elements is
// allocated outside the heap, which costs more than folding a short window).
let scratch = new Uint16Array(4096);

export function foldWithOffsets(text: string): FoldedText {
  if (scratch.length < text.length) scratch = new Uint16Array(Math.max(text.length, scratch.length * 2));
  const codes = scratch;
  const offsets = new Int32Array(text.length + 1);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = foldCode(text, i);
    if (folded === -1) continue; // a decomposed mark belongs to the letter before it
    codes[length] = folded;
    offsets[length] = i;
    length++;
  }
  offsets[length] = text.length;
  return { folded: UTF16.decode(codes.subarray(0, length)), offsets: offsets.subarray(0, length + 1) };
}

/** The original span of folded[start, end). */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = f.offsets[start] ?? f.offsets[f.offsets.length - 1]!;
  // End after the last folded char, including any decomposed marks that followed it.
  const to = f.offsets[end] ?? f.offsets[f.offsets.length - 1]!;
  return { start: from, end: to };
}
