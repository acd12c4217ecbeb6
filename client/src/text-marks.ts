// Finding where a reference sits in a sentence or a full text, so the page can highlight
// it. Pure: returns segments; the page turns each into a text node (never HTML), so text
// from documents can never become markup. Matching forgives what real texts vary in:
// tone marks, case and stray spaces ("19- CT/TU").
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface Segment<T = true> {
  text: string;
  /** What the segment points at, when it is a highlighted reference. */
  mark: T | null;
}

export interface MarkSpan<T> {
  start: number;
  end: number;
  mark: T;
}

function foldChar(char: string): string {
  const folded = char.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return folded.length === 1 ? folded : char.toLowerCase();
}

/** The text without spaces, folded, with the original index of every kept character. */
function compact(text: string): { folded: string; index: number[] } {
  let folded = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (/\s/u.test(char)) continue;
    folded += foldChar(char);
    index.push(i);
  }
  return { folded, index };
}

/** Every place `needle` occurs in `text`, forgiving marks, case and spaces. */
export function findAll(text: string, needle: string): { start: number; end: number }[] {
  const hay = compact(text);
  const want = compact(needle).folded;
  if (want === '') return [];
  const found: { start: number; end: number }[] = [];
  for (let at = hay.folded.indexOf(want); at !== -1; at = hay.folded.indexOf(want, at + 1)) {
    const start = hay.index[at]!;
    const end = hay.index[at + want.length - 1]! + 1;
    // "9-CT/TU" is not a mention inside "19-CT/TU".
    if (WORD_CHAR.test(text[start - 1] ?? ' ') || WORD_CHAR.test(text[end] ?? ' ')) continue;
    found.push({ start, end });
  }
  return found;
}

/** Cuts `text` into plain and marked segments; overlapping spans keep the earlier, longer one. */
export function markSpans<T>(text: string, spans: readonly MarkSpan<T>[]): Segment<T>[] {
  const ordered = spans
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), mark: null });
    segments.push({ text: text.slice(span.start, span.end), mark: span.mark });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  return segments;
}

/** The evidence sentence with the cited span marked (first occurrence). */
export function highlightInSentence(sentence: string, surface: string): Segment[] {
  const first = findAll(sentence, surface)[0];
  return markSpans(sentence, first ? [{ ...first, mark: true as const }] : []);
}

export interface TextReference<T> {
  surface: string;
  start: number;
  end: number;
  /** The referenced document's number, to find later mentions ("Chỉ thị 19-CT/TU" … "19-CT/TU"). */
  number: string | null;
  mark: T;
}

/**
 * Every mention of every reference in a full text: the span the extractor recorded (when
 * the text still holds the surface there), every other occurrence of the surface, and
 * every occurrence of the referenced number.
 */
export function referenceSpans<T>(text: string, references: readonly TextReference<T>[]): MarkSpan<T>[] {
  const spans: MarkSpan<T>[] = [];
  for (const ref of references) {
    const recorded = text.slice(ref.start, ref.end);
    if (recorded !== '' && compact(recorded).folded === compact(ref.surface).folded) {
      spans.push({ start: ref.start, end: ref.end, mark: ref.mark });
    }
    for (const found of findAll(text, ref.surface)) spans.push({ ...found, mark: ref.mark });
    if (ref.number && compact(ref.number).folded.length >= 3) {
      for (const found of findAll(text, ref.number)) spans.push({ ...found, mark: ref.mark });
    }
  }
  return spans;
}

/** Escapes text for XML and HTML attribute or element content (the SVG export). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
