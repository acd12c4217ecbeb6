// References by number and symbol: "Chỉ thị số 19- CT/TU", "QUYẾT ĐỊNH SỐ 582/QĐ-TTG",
// "Nghị quyết Liên tịch số\n19/2008/NQLT/CP-UBTUMTTQVN", "số31-QĐ/TW", "Văn bản số 1789/…".
// The symbol is found first; the type name is read back from just before it, and when no
// type is written the symbol's own type code names it. A dispatch symbol, which has no
// type code ("629/LĐLĐ"), only counts after a type word ("Công văn số", "Văn bản số") or
// on the document's own number line, so that figures and codes with slashes are never
// taken for documents.

import { symbolMayStart } from '../boundaries.ts';
import { SYMBOL_SOURCE, parseSymbol, type ParsedSymbol } from '../symbols.ts';
import { typeNameForCode } from '../document-types.ts';
import { emptyMention, type Mention, type RecognitionContext, type Recogniser } from './mention.ts';
import { readPreceding } from './preceding.ts';
import { readTail } from './tail.ts';
import { canonicalTypeName } from './vocabulary.ts';
import { findTypeWords, lastTypeWordBefore } from './type-words.ts';

const SO = String.raw`[sS][ốỐ]`;
// "Số" may be glued to the number ("số31-QĐ/TW"); otherwise no letter or figure touches
// it (symbolMayStart, checked in code so that the engine can skip ahead to figures).
const SYMBOL_IN_TEXT = new RegExp(String.raw`${SYMBOL_SOURCE}(?![\p{Lu}\d])`, 'gu');
// Between a type name and its number: "số", "Số:", spaces and line breaks.
const TYPE_GAP = new RegExp(String.raw`^\s*(?:${SO}\s*:?\s*|\s)$`, 'iu');
const SO_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${SO}\s*:?\s*$`, 'iu');
const LOOKBACK = 12;
const TYPE_GAP_LIMIT = 16;

/** Type name a symbol implies when the text writes none. */
function typeFromSymbol(symbol: ParsedSymbol): string | null {
  if (symbol.typeCode) return typeNameForCode(symbol.typeCode, symbol.system);
  if (symbol.form === 'normative' && /^QH\d*$/.test(symbol.issuerCode ?? '')) return 'Luật';
  if (symbol.form === 'dispatch') return 'Công văn';
  return null;
}

function build(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const symbol = parseSymbol(match[0]) ?? parseSymbol(match[0].toUpperCase());
  // A dispatch's issuer code has at least two letters: "lô số 12/B" is a plot, not a document.
  if (!symbol || (symbol.form === 'dispatch' && !/\p{L}{2}/u.test(symbol.issuerCode ?? ''))) return null;
  const symbolStart = match.index;
  const symbolEnd = symbolStart + match[0].length;
  const before = text.slice(Math.max(0, symbolStart - LOOKBACK), symbolStart);
  context.typeWords ??= findTypeWords(text);
  const word = lastTypeWordBefore(context.typeWords, symbolStart);
  const typed = word && symbolStart - word.end <= TYPE_GAP_LIMIT && TYPE_GAP.test(text.slice(word.end, symbolStart)) ? word : null;
  const numbered = SO_BEFORE.exec(before);
  let start = symbolStart;
  let type: string | null = null;
  if (typed) {
    start = typed.start;
    type = canonicalTypeName(typed.written) ?? canonicalTypeName(typed.written.replace(/\s+liên\s+tịch$/iu, ''));
  } else if (numbered) {
    start = symbolStart - before.length + numbered.index;
  }
  const lineHead = text.slice(Math.max(0, start - 8), start);
  const atLineStart = /\n[ \t]*$/.test(lineHead) || (start - lineHead.length === 0 && /^[ \t]*$/.test(lineHead));
  // A dispatch symbol carries no type code, so only a type word ("Công văn số", "Văn bản số")
  // or the document's own number line makes it one: "tờ bản đồ số 12/BĐ-ĐC" is a map sheet.
  if (symbol.form === 'dispatch' && !typed && !(numbered && atLineStart)) return null;
  type ??= typeFromSymbol(symbol);
  const mention = emptyMention('numbered', start, symbolEnd);
  mention.type = type;
  mention.symbol = symbol;
  // "Số: 629/LĐLĐ" alone at the head of a line is the document's own number.
  mention.ownNumberLine = !typed && atLineStart && /^s/i.test(text.slice(start, start + 1));
  const tail = readTail(text, symbolEnd, context);
  const preceding = tail.date && tail.issuer ? null : readPreceding(text, start, context);
  return {
    ...mention,
    end: tail.end,
    date: tail.date ?? preceding?.date ?? null,
    year: tail.year,
    issuer: tail.issuer ?? preceding?.issuer ?? null,
    province: tail.province ?? preceding?.province ?? null,
    term: tail.term,
  };
}

// Symbols typed in lower case ("kế hoạch số 215/kh-ubnd") are only trusted right after "số":
// `(?<=số[ \t]{0,2})`, checked in code (at the head of the pattern, a lookbehind would be
// tried at every position instead of letting the engine skip ahead to figures).
const LOWER_CASE_SYMBOL = /\d{1,5}[ \t]?[-/][ \t]?[a-zđ]{2,6}(?:[-/][a-zđ&]{2,12}){1,3}(?![\p{L}\p{M}\d])/gu;
const SO_RIGHT_BEFORE = new RegExp(String.raw`${SO}[ \t]{0,2}$`, 'u');
const rightAfterSo = (text: string, at: number): boolean => SO_RIGHT_BEFORE.test(text.slice(Math.max(0, at - 4), at));

export const numberedReferences: readonly Recogniser[] = [
  { name: 'numbered reference', triggers: ['/'], pattern: SYMBOL_IN_TEXT, startsWhere: symbolMayStart, build },
  { name: 'numbered reference in lower case', triggers: ['/'], pattern: LOWER_CASE_SYMBOL, startsWhere: rightAfterSo, build },
];
