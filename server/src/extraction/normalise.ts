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
// "qu" is a consonant, so "quý" keeps its mark where it is: that is checked in the
// replacer, because a lookbehind at the head of the pattern is tried at every position.
const NEW_TONE_PLACEMENT = /([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

function oldTonePlacement(text: string): string {
  return text.replace(NEW_TONE_PLACEMENT, (pair: string, vowel: string, toned: string, at: number) => {
    const before = text[at - 1];
    if (before === 'q' || before === 'Q') return pair;
    const [base = '', ...marks] = toned.normalize('NFD');
    const moved = (vowel + marks.join('')).normalize('NFC');
    const result = moved + base;
    return result.length === pair.length ? result : pair;
  });
}

// Anything the character-by-character pass would change; most files have none of it.
const NEEDS_REPAIR = /[\r\u00a0\u200b-\u200d\u2060\ufeff\u00ad\u202f\u2007\u3000ƣƢ|\u2028\u2029\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ud800-\udfff]/u;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
/** A character that is repaired on its own: a line break, a space or letter replaced, a dropped one. */
const isRepaired = (code: number): boolean => code === 0x0d || code === 0x7c || code === 0x01a3 || code === 0x01a2
  || code === 0x00a0 || code === 0x00ad || code === 0x202f || code === 0x2007 || code === 0x3000 || code === 0x2028 || code === 0x2029
  || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;

/** Cleans a text for matching and keeps the way back to the original offsets. */
export function normalise(original: string): NormalisedText {
  if (!NEEDS_REPAIR.test(original)) {
    // Tone-mark placement keeps every length, so offsets map to themselves.
    const n = original.length;
    const clamp = (offset: number): number => Math.max(0, Math.min(offset, n));
    return { original, text: oldTonePlacement(original), toOriginalStart: clamp, toOriginalEnd: clamp };
  }
  const { text, starts, ends } = repair(original);
  const n = original.length;
  return {
    original,
    text: oldTonePlacement(text),
    toOriginalStart: (offset) => (offset >= starts.length ? n : starts[Math.max(0, offset)]!),
    toOriginalEnd: (offset) => (offset <= 0 ? 0 : ends[Math.min(offset, ends.length) - 1] ?? n),
  };
}

/**
 * The repaired text, and for each of its UTF-16 units the original span [start, end) of
 * the character it came from. Runs of characters that need nothing are copied whole;
 * only a character that needs repair, or that carries combining marks, is taken apart.
 */
function repair(original: string): { text: string; starts: Int32Array; ends: Int32Array } {
  const n = original.length;
  let starts = new Int32Array(n + 8);
  let ends = new Int32Array(n + 8);
  const chunks: string[] = [];
  let out = 0;
  const emit = (piece: string, start: number, end: number): void => {
    if (out + piece.length > starts.length) {
      const grown = Math.max(starts.length * 2, out + piece.length);
      starts = copyInto(new Int32Array(grown), starts);
      ends = copyInto(new Int32Array(grown), ends);
    }
    chunks.push(piece);
    // A character may be a surrogate pair: every UTF-16 unit gets the same origin.
    for (let k = 0; k < piece.length; k++, out++) {
      starts[out] = start;
      ends[out] = end;
    }
  };
  let runStart = 0;
  const flushRun = (upTo: number): void => {
    if (upTo <= runStart) return;
    chunks.push(original.slice(runStart, upTo));
    if (out + upTo - runStart > starts.length) {
      const grown = Math.max(starts.length * 2, out + upTo - runStart);
      starts = copyInto(new Int32Array(grown), starts);
      ends = copyInto(new Int32Array(grown), ends);
    }
    for (let k = runStart; k < upTo; k++, out++) {
      starts[out] = k;
      ends[out] = k + 1;
    }
  };
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    const next = i + 1 < n ? original.charCodeAt(i + 1) : -1;
    if (!isRepaired(code) && !isHighSurrogate(code) && !isCombiningMark(next)) {
      i++;
      continue;
    }
    flushRun(i);
    let j = i + 1;
    if (isHighSurrogate(code) && j < n) j++;
    while (j < n && isCombiningMark(original.charCodeAt(j))) j++;
    let piece = original.slice(i, j);
    if (piece === '\r') piece = original[j] === '\n' ? '' : '\n';
    else if (DROPPED.has(piece)) piece = '';
    else if (j - i > 1) piece = piece.normalize('NFC');
    else piece = REPLACED.get(piece) ?? piece;
    emit(piece, i, j);
    i = j;
    runStart = j;
  }
  flushRun(n);
  return { text: chunks.join(''), starts: starts.subarray(0, out), ends: ends.subarray(0, out) };
}

function copyInto<T extends Int32Array>(target: T, source: Int32Array): T {
  target.set(source);
  return target;
}

/** The original text and offsets of a span given in clean offsets. */
export function originalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number; surface: string } {
  const from = normalised.toOriginalStart(start);
  const to = Math.max(from, normalised.toOriginalEnd(end));
  return { start: from, end: to, surface: normalised.original.slice(from, to) };
}
