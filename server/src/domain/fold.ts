// Folding makes "dat dai", "đất đai" and "ĐẤT ĐAI" the same word for search and matching.
// NFD splits a letter from its marks; "đ" has no decomposition, so it is mapped by hand.

import { singleSpaced } from './whitespace.ts';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** The definition: lower-case, without diacritics, "đ" → "d", whitespace collapsed. */
function foldByDefinition(text: string): string {
  return singleSpaced(text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase())
    .trim();
}

// Names and headers are folded many times a document, and normalising, replacing and
// lower-casing a string costs several passes and copies. Vietnamese text is Latin letters
// (U+0000–U+02FF, U+1E00–U+1EFF), combining marks (U+0300–U+036F) and punctuation
// (U+2000–U+206F); each of those characters folds on its own to at most one character, so
// such a text is folded by a table lookup per character. A character the table does not
// cover (Greek, whose capital sigma lowers by context; marks that NFD would reorder; a
// letter that folds to two) sends the text through the definition.
const REMOVED = -1;
const NOT_COVERED = -2;
const TABLE_SIZE = 0x2070;
const COVERED = (code: number): boolean => code < 0x0370 || (code >= 0x1e00 && code < 0x1f00) || code >= 0x2000;
const FOLD_TABLE: Int32Array = Int32Array.from({ length: TABLE_SIZE }, (_, code) => {
  if (!COVERED(code) || (code >= 0xd800 && code <= 0xdfff)) return NOT_COVERED;
  const ch = String.fromCharCode(code);
  const bare = ch.normalize('NFD').replace(COMBINING_MARKS, '');
  if (/\p{M}/u.test(bare)) return NOT_COVERED; // a mark NFD would keep, and might reorder
  const folded = bare.replace(/[đĐ]/g, 'd').toLowerCase();
  if (folded === '') return REMOVED;
  return folded.length === 1 ? folded.charCodeAt(0) : NOT_COVERED;
});
const UTF16 = new TextDecoder('utf-16le');
// The folded codes are written to one buffer, grown as needed: a typed array of more than
// a few dozen characters is allocated outside the heap, which costs more than folding it.
let scratch = new Uint16Array(512);

/** Lower-case, without diacritics, "đ" → "d", whitespace collapsed. */
export function foldVietnamese(text: string): string {
  if (scratch.length < text.length) scratch = new Uint16Array(Math.max(text.length, scratch.length * 2));
  const codes = scratch;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < TABLE_SIZE ? FOLD_TABLE[code]! : NOT_COVERED;
    if (folded === NOT_COVERED) return foldByDefinition(text);
    if (folded !== REMOVED) codes[length++] = folded;
  }
  return singleSpaced(UTF16.decode(codes.subarray(0, length))).trim();
}
