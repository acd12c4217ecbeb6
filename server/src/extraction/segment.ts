// Sentences of a clean text: the unit a relation cue governs and the evidence we show.
// Plain-text documents break lines inside sentences (and inside references: "của Ban
// Thường vụ\nTỉnh ủy Bắc Kạn", "Kết luận\n\nsố 02-KL/TW"), so a line break only ends a
// sentence when the line before ends one, when the next line opens a new one ("Căn cứ",
// a list marker, a heading), or when a blank line is followed by a capital.

import { singleSpaced } from '../domain/whitespace.ts';

export interface Sentence {
  start: number;
  end: number;
}

// Words that open a sentence of their own at the start of a line.
const OPENERS = /^(?:Căn cứ|Thực hiện|Triển khai|Xét|Theo|Để|Nhằm|Sau|Kính gửi|Nơi nhận|Điều \d|Chương [IVXLC\d]|Mục [IVXLC\d]|Phần [IVXLC\d]|Số\s*:|Về việc|V\/v|Ngày \d|[IVXLC]+\.\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[-+•*–]\s?|\p{Lu}[\p{L}\p{M} .-]{1,30}, ngày \d)/u;
const ABBREVIATION_BEFORE_DOT = /(?:^|[\s(])(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|Q|P|TX|St|Th|v\.v|đ\/c|Đ\/c)\.$/u;
// A heading that is only a type name ("KẾ HOẠCH") belongs with the title line under it.
const TYPE_HEADING = /^[ \t]*(?:KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN|HƯỚNG DẪN|CHỈ THỊ|NGHỊ QUYẾT|KẾT LUẬN|QUY CHẾ|QUY ĐỊNH|QUYẾT ĐỊNH|THÔNG BÁO|BÁO CÁO|CÔNG VĂN)[ \t]*$/u;
const isUpperStart = (s: string): boolean => /^[\s"“'(]*[\p{Lu}\d]/u.test(s);
// (The lower-case test first: most lines fail it at their first words.)
const isAllCaps = (line: string): boolean => !/\p{Ll}/u.test(line) && /\p{Lu}{2}/u.test(line);

const CLOSING_QUOTES = new Set(['"', '”', '’', ')']);
const SENTENCE_PUNCTUATION = new Set(['.', ';', ':', '!', '?', '…']);

/**
 * A line ending a sentence: /[.;:!?…]["”’)]*[ \t]*$/ read backwards from its end, instead
 * of tried at every position of the line.
 */
function endsSentence(line: string): boolean {
  let at = line.length - 1;
  while (at >= 0 && (line[at] === ' ' || line[at] === '\t')) at--;
  while (at >= 0 && CLOSING_QUOTES.has(line[at]!)) at--;
  return at >= 0 && SENTENCE_PUNCTUATION.has(line[at]!);
}

// Runs of line breaks, with the blank lines between them.
const LINE_BREAKS = /\n(?:[ \t]*\n)*/g;

/** Splits a clean text into sentences; every character belongs to exactly one. */
export function segmentSentences(text: string): Sentence[] {
  const breaks: number[] = [];
  // Line breaks. The line before a break starts where the previous break ended.
  let lineStart = 0;
  LINE_BREAKS.lastIndex = 0;
  for (let m = LINE_BREAKS.exec(text); m !== null; m = LINE_BREAKS.exec(text)) {
    const before = text.slice(lineStart, m.index);
    const afterStart = m.index + m[0].length;
    lineStart = afterStart;
    const afterEnd = text.indexOf('\n', afterStart);
    const after = text.slice(afterStart, afterEnd === -1 ? text.length : afterEnd);
    // More than one character: the run holds a blank line.
    const blank = m[0].length > 1;
    const nextText = after.trimStart();
    const split = before.trim() === '' || nextText === ''
      || endsSentence(before)
      || OPENERS.test(nextText)
      || (blank && isUpperStart(nextText))
      || (isAllCaps(before) !== isAllCaps(nextText) && isUpperStart(nextText) && !/[,(]\s*$/.test(before) && !TYPE_HEADING.test(before));
    if (split) breaks.push(m.index + m[0].length);
  }
  // Sentence punctuation inside a line.
  const stop = /[.!?…]["”’)]*[ \t]+(?=["“'(]*[\p{Lu}\d])/gu;
  for (let m = stop.exec(text); m !== null; m = stop.exec(text)) {
    const head = text.slice(Math.max(0, m.index - 6), m.index + 1);
    if (text[m.index] === '.' && ABBREVIATION_BEFORE_DOT.test(head)) continue;
    if (text[m.index] === '.' && /\d\.$/.test(head) && /^\.\d/.test(text.slice(m.index, m.index + 2))) continue;
    breaks.push(m.index + m[0].length);
  }
  // "… đưa tin: thực hiện Chỉ thị …": a colon before a cue opens a new sentence.
  const colon = /:[ \t]+(?=(?:thực hiện|căn cứ|triển khai|để|nhằm)[ \t])/giu;
  for (let m = colon.exec(text); m !== null; m = colon.exec(text)) {
    if (!/(?:^|\n)[ \t]*(?:V\/v|Về việc)$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) breaks.push(m.index + m[0].length);
  }
  breaks.sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const at of breaks) {
    if (at > start) sentences.push({ start, end: at });
    start = Math.max(start, at);
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** Index of the sentence containing `offset`, by binary search. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The sentence as evidence, whitespace runs (line breaks included) made single spaces; a
 * sentence too long to show is cut to a window around `focus` (the reference's offset).
 */
export function evidenceText(text: string, sentence: Sentence, focus = sentence.start, maxLength = 500): string {
  const long = sentence.end - sentence.start > maxLength;
  const from = long ? Math.max(sentence.start, Math.min(focus - maxLength / 2, sentence.end - maxLength)) : sentence.start;
  const to = long ? Math.min(sentence.end, from + maxLength) : sentence.end;
  const raw = singleSpaced(text.slice(from, to)).trim();
  return `${from > sentence.start ? '…' : ''}${raw}${to < sentence.end ? '…' : ''}`;
}
