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
    return {
      original,
      text: oldTonePlacement(original),
      toOriginalStart(offset) { return Math.max(0, Math.min(offset, n)); },
      toOriginalEnd(offset) { return Math.max(0, Math.min(offset, n)); },
    };
  }
  const { text, starts, ends } = repair(original);
  const n = original.length;
  // (Methods rather than arrow functions: run through tsx, every arrow function made is
  // given its name by a call costing about a microsecond, more than a short text's mapping.)
  return {
    original,
    text: oldTonePlacement(text),
    toOriginalStart(offset) { return offset >= starts.length ? n : starts[Math.max(0, offset)]!; },
    toOriginalEnd(offset) { return offset <= 0 ? 0 : ends[Math.min(offset, ends.length) - 1] ?? n; },
  };
}

/**
 * The repaired text, and for each of its UTF-16 units the original span [start, end) of
 * the character it came from. Runs of characters that need nothing are copied whole;
 * only a character that needs repair, or that carries combining marks, is taken apart.
 */
function repair(original: string): { text: string; starts: Int32Array; ends: Int32Array } {
  const n = original.length;
  const built = new RepairedText(n);
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    const next = i + 1 < n ? original.charCodeAt(i + 1) : -1;
    if (!isRepaired(code) && !isHighSurrogate(code) && !isCombiningMark(next)) {
      i++;
      continue;
    }
    built.copy(original, runStart, i);
    let j = i + 1;
    if (isHighSurrogate(code) && j < n) j++;
    while (j < n && isCombiningMark(original.charCodeAt(j))) j++;
    let piece = original.slice(i, j);
    if (piece === '\r') piece = original[j] === '\n' ? '' : '\n';
    else if (DROPPED.has(piece)) piece = '';
    else if (j - i > 1) piece = piece.normalize('NFC');
    else piece = REPLACED.get(piece) ?? piece;
    built.emit(piece, i, j);
    i = j;
    runStart = j;
  }
  built.copy(original, runStart, n);
  return { text: built.chunks.join(''), starts: built.starts.subarray(0, built.out), ends: built.ends.subarray(0, built.out) };
}

/** The repaired text as it is built, with the original span of each of its UTF-16 units. */
class RepairedText {
  readonly chunks: string[] = [];
  starts: Int32Array;
  ends: Int32Array;
  out = 0;

  constructor(length: number) {
    this.starts = new Int32Array(length + 8);
    this.ends = new Int32Array(length + 8);
  }

  /** A repaired piece that stands for original[start, end). */
  emit(piece: string, start: number, end: number): void {
    this.reserve(piece.length);
    this.chunks.push(piece);
    // A character may be a surrogate pair: every UTF-16 unit gets the same origin.
    for (let k = 0; k < piece.length; k++, this.out++) {
      this.starts[this.out] = start;
      this.ends[this.out] = end;
    }
  }

  /** original[from, upTo) as it is. */
  copy(original: string, from: number, upTo: number): void {
    if (upTo <= from) return;
    this.chunks.push(original.slice(from, upTo));
    this.reserve(upTo - from);
    for (let k = from; k < upTo; k++, this.out++) {
      this.starts[this.out] = k;
      this.ends[this.out] = k + 1;
    }
  }

  private reserve(units: number): void {
    if (this.out + units <= this.starts.length) return;
    const grown = Math.max(this.starts.length * 2, this.out + units);
    this.starts = copyInto(new Int32Array(grown), this.starts);
    this.ends = copyInto(new Int32Array(grown), this.ends);
  }
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
