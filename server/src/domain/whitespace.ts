// Whitespace made single spaces, as evidence sentences, titles and folded names need it.
// `text.replace(/\s+/gu, ' ')` stops at every gap between two words to put back the space
// that was there; only runs that are not already one plain space need replacing, and
// there are few of them, so this is several times faster and gives the same string.

// A run of two or more whitespace characters, or a single one that is not a plain space.
// (A match starts where a run starts, so it takes the whole run, as \s+ would.)
const RUN_TO_REPLACE = /\s{2,}|[^\S ]/gu;

/** Every run of whitespace (line breaks included) one plain space: `text.replace(/\s+/gu, ' ')`. */
export function singleSpaced(text: string): string {
  return text.replace(RUN_TO_REPLACE, ' ');
}
