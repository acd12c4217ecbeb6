// What a search text asks for, shared by both adapters: folded words for the full-text
// index, and the number it names, if any, in compact form ("Chỉ thị 19- CT/TU" → "19cttu").
import { foldVietnamese } from '../../domain/fold.ts';
import { parseIdentifierQuery } from '../../extraction/identifier-query.ts';
import { compactIdentifier } from './identifiers.ts';

/** Folded body text indexed per document; longer texts are searched on their beginning. */
export const INDEXED_TEXT_LIMIT = 60_000;

export interface SearchTerms {
  /** Folded words, in order. */
  words: string[];
  /** Compact number and symbol named by the text, or null. */
  identifier: string | null;
  /** The key fields a typed identifier names ("ct 19 tu" → number 19, type CT, issuer TU), or null. */
  keyFields: { number: string; type: string | null; issuer: string | null; year: number | null } | null;
}

const SYMBOL_PART = /^[\p{Lu}Đ&]{1,6}$/u;

/** The run of words that forms a number and symbol: starts at a word with a digit, goes on over codes. */
function identifierIn(text: string): string | null {
  const words = text.trim().split(/\s+/u);
  const first = words.findIndex((word) => /\p{N}/u.test(word));
  if (first < 0) return null;
  const run = [words[first]!];
  for (const word of words.slice(first + 1)) {
    if (/\p{N}|[/-]/u.test(word) || SYMBOL_PART.test(word)) run.push(word);
    else break;
  }
  const compact = compactIdentifier(run.join(''));
  return compact === '' ? null : compact;
}

export function searchTerms(text: string): SearchTerms {
  const words = foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const parsed = parseIdentifierQuery(text);
  const keyFields = parsed ? { number: parsed.number, type: parsed.typeCode, issuer: parsed.issuerCode, year: parsed.year } : null;
  return { words, identifier: identifierIn(text), keyFields };
}

/** An FTS5 query: every word required, the last one also as a prefix (typing "moi tru"). */
export function ftsQuery(words: string[], mode: 'all' | 'any'): string | null {
  if (words.length === 0) return null;
  const quoted = words.map((word, index) => (index === words.length - 1 ? `"${word}"*` : `"${word}"`));
  return quoted.join(mode === 'all' ? ' ' : ' OR ');
}

/**
 * For a tokenizer that removes diacritics itself (SQLite's unicode61 with
 * remove_diacritics 2, which also copes with decomposed letters) only "đ", which has no
 * decomposition, needs mapping: far cheaper than folding a whole text in JavaScript.
 */
export function foldForDiacriticRemovingTokenizer(text: string): string {
  return text.replace(/[đĐ]/g, 'd');
}

/** The folded fields both stores index for full-text search (number also in compact form). */
export function searchFields(
  properties: { number: string | null; type: string | null; issuer: string | null; province: string | null; place: string | null; title: string | null },
  text: string | null,
  textLimit: number,
  foldBody: (text: string) => string = foldVietnamese,
): { number: string; type: string; issuer: string; title: string; body: string } {
  const fold = (value: string | null): string => (value ? foldVietnamese(value) : '');
  return {
    number: properties.number ? `${fold(properties.number)} ${compactIdentifier(properties.number)}` : '',
    type: fold(properties.type),
    issuer: `${fold(properties.issuer)} ${fold(properties.province)} ${fold(properties.place)}`.trim(),
    title: fold(properties.title),
    body: text ? foldBody(text.slice(0, textLimit)) : '',
  };
}
