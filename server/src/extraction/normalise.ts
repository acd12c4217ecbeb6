// The first stage: one clean text for every later stage to match against, and a map
// from every position of it back to the file's own text, so that the spans we report
// point into the original whatever was repaired on the way.
//
// Repairs: NFC (files mix composed and decomposed letters), CRLF and lone CR, zero-width
// characters and soft hyphens dropped, non-breaking spaces made plain, the PDF horn
// damage "ƣ"/"Ƣ" for "ư"/"Ư", "|" column separators of flattened header tables made line
// breaks, and the new tone-mark placement ("hoà", "khoá", "thuỷ") written the old way
// ("hòa", "khóa", "thủy") so that one pattern matches both.

export interface NormalisedText {
  original: string;
  text: string;
  /** Original offset of the character at a clean offset (or of the end, at text.length). */
  toOriginalStart(offset: number): number;
  /** Original offset just after the character before a clean end offset. */
  toOriginalEnd(offset: number): number;
}

const DROPPED = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
const REPLACED: ReadonlyMap<string, string> = new Map([
  ['\u00a0', ' '], ['\u202f', ' '], ['\u2007', ' '], ['\u3000', ' '],
  ['ƣ', 'ư'], ['Ƣ', 'Ư'], ['|', '\n'], ['\u2028', '\n'], ['\u2029', '\n'],
]);

const isCombiningMark = (code: number): boolean =>
  (code >= 0x0300 && code <= 0x036f) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff);

// A vowel pair ending a syllable with the tone on its second letter: "oà", "oé", "uỷ".
// "qu" is a consonant, so "quý" keeps its mark where it is.
const NEW_TONE_PLACEMENT = /(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

function oldTonePlacement(text: string): string {
  return text.replace(NEW_TONE_PLACEMENT, (pair, vowel: string, toned: string) => {
    const [base = '', ...marks] = toned.normalize('NFD');
    const moved = (vowel + marks.join('')).normalize('NFC');
    const result = moved + base;
    return result.length === pair.length ? result : pair;
  });
}

// Anything the character-by-character pass would change; most files have none of it.
const NEEDS_REPAIR = /[\r\u00a0\u200b-\u200d\u2060\ufeff\u00ad\u202f\u2007\u3000ƣƢ|\u2028\u2029\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ud800-\udfff]/u;

/** Cleans a text for matching and keeps the way back to the original offsets. */
export function normalise(original: string): NormalisedText {
  if (!NEEDS_REPAIR.test(original)) {
    // Tone-mark placement keeps every length, so offsets map to themselves.
    const n = original.length;
    const clamp = (offset: number): number => Math.max(0, Math.min(offset, n));
    return { original, text: oldTonePlacement(original), toOriginalStart: clamp, toOriginalEnd: clamp };
  }
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    const code = original.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    while (j < n && isCombiningMark(original.charCodeAt(j))) j++;
    let piece = original.slice(i, j);
    if (piece === '\r') piece = original[j] === '\n' ? '' : '\n';
    else if (DROPPED.has(piece)) piece = '';
    else if (j - i > 1) piece = piece.normalize('NFC');
    else piece = REPLACED.get(piece) ?? piece;
    for (const ch of piece) {
      // A character may be a surrogate pair: every UTF-16 unit gets the same origin.
      for (let k = 0; k < ch.length; k++) {
        pieces.push(ch[k]!);
        starts.push(i);
        ends.push(j);
      }
    }
    i = j;
  }
  const text = oldTonePlacement(pieces.join(''));
  const startMap = Int32Array.from(starts);
  const endMap = Int32Array.from(ends);
  return {
    original,
    text,
    toOriginalStart: (offset) => (offset >= startMap.length ? n : startMap[Math.max(0, offset)]!),
    toOriginalEnd: (offset) => (offset <= 0 ? 0 : endMap[Math.min(offset, endMap.length) - 1] ?? n),
  };
}

/** The original text and offsets of a span given in clean offsets. */
export function originalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number; surface: string } {
  const from = normalised.toOriginalStart(start);
  const to = Math.max(from, normalised.toOriginalEnd(end));
  return { start: from, end: to, surface: normalised.original.slice(from, to) };
}
