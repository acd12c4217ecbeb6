// Word boundaries checked in code rather than in a pattern. A lookbehind such as
// (?<![\p{L}\p{M}]) at the head of a pattern is evaluated at every position of the text
// and keeps the regex engine from skipping ahead to the pattern's first letters; the same
// pattern without it, whose matches are checked here and retried one character further on
// when they fail, finds exactly the same matches several times faster.

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
// What may not touch a symbol's first figure: "12/2020" inside "1.12/2020" or "A12/B" is no symbol.
const SYMBOL_GLUE = /[\p{L}\p{M}\d/.\-–]/u;
const SO_BEFORE = /[sS][ốỐ]$/u;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The character (whole code point) just before `at`, or "" at the start. */
export function characterBefore(text: string, at: number): string {
  if (at <= 0) return '';
  if (at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2))) return text.slice(at - 2, at);
  return text[at - 1]!;
}

// Most characters before a match are ASCII (a space, a line break, punctuation): those
// are told apart by their code, and only the others need the Unicode classes.
const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** `(?<![\p{L}\p{M}])`: no letter or mark right before `at`. */
export function notAfterLetter(text: string, at: number): boolean {
  if (at <= 0) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return !isAsciiLetter(code);
  return !LETTER_OR_MARK.test(characterBefore(text, at));
}

/** `(?:(?<=[sS][ốỐ])|(?<![\p{L}\p{M}\d/.\-–]))`: a symbol glued to "số", or touching nothing. */
export function symbolMayStart(text: string, at: number): boolean {
  if (at <= 0) return true;
  const code = text.charCodeAt(at - 1);
  // "/", ".", "-" and ASCII letters and figures glue; "ố" of "số" is not ASCII.
  if (code < 0x80) return !(isAsciiLetter(code) || isAsciiDigit(code) || code === 0x2f || code === 0x2e || code === 0x2d);
  return SO_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || !SYMBOL_GLUE.test(characterBefore(text, at));
}

/**
 * The next match of a global pattern, from its lastIndex, whose start `accepts`; a
 * rejected match is retried from the next character, as a lookbehind would be.
 */
export function execWhere(pattern: RegExp, text: string, accepts: (text: string, at: number) => boolean): RegExpExecArray | null {
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (accepts(text, m.index)) return m;
    pattern.lastIndex = m.index + (isHighSurrogate(text.charCodeAt(m.index)) ? 2 : 1);
  }
  return null;
}
