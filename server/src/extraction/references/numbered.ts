// References by number and symbol: "Chỉ thị số 19- CT/TU", "QUYẾT ĐỊNH SỐ 582/QĐ-TTG",
// "Nghị quyết Liên tịch số\n19/2008/NQLT/CP-UBTUMTTQVN", "số31-QĐ/TW", "Văn bản số 1789/…".
// The symbol is found first; the type name is read back from just before it, and when no
// type is written the symbol's own type code names it. A dispatch symbol without a type
// code ("629/LĐLĐ") only counts after a type word or "số", so that figures with slashes
// are never taken for documents.

import { SYMBOL_SOURCE, parseSymbol, type ParsedSymbol } from '../symbols.ts';
import { typeNameForCode } from '../document-types.ts';
import { emptyMention, type Mention, type RecognitionContext, type Recogniser } from './mention.ts';
import { readPreceding } from './preceding.ts';
import { readTail } from './tail.ts';
import { TYPE_NAME_SOURCE, canonicalTypeName } from './vocabulary.ts';

const SO = String.raw`[sS][ốỐ]`;
// "Số" may be glued to the number ("số31-QĐ/TW"); otherwise no letter or figure touches it.
const SYMBOL_IN_TEXT = new RegExp(String.raw`(?:(?<=${SO})|(?<![\p{L}\p{M}\d/.\-–]))${SYMBOL_SOURCE}(?![\p{Lu}\d])`, 'gu');
const TYPE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(${TYPE_NAME_SOURCE})(\s+liên\s+tịch)?\s*(?:${SO}\s*:?\s*|\s+)$`, 'iu');
const SO_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${SO}\s*:?\s*$`, 'iu');
const LOOKBACK = 60;

/** Type name a symbol implies when the text writes none. */
function typeFromSymbol(symbol: ParsedSymbol): string | null {
  if (symbol.typeCode) return typeNameForCode(symbol.typeCode, symbol.system);
  if (symbol.form === 'normative' && /^QH\d*$/.test(symbol.issuerCode ?? '')) return 'Luật';
  if (symbol.form === 'dispatch') return 'Công văn';
  return null;
}

function build(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const symbol = parseSymbol(match[0]);
  if (!symbol) return null;
  const symbolStart = match.index;
  const symbolEnd = symbolStart + match[0].length;
  const before = text.slice(Math.max(0, symbolStart - LOOKBACK), symbolStart);
  const typed = TYPE_BEFORE.exec(before);
  const numbered = SO_BEFORE.exec(before);
  let start = symbolStart;
  let type: string | null = null;
  if (typed) {
    start = symbolStart - before.length + typed.index;
    const written = typed[1]! + (typed[2] ?? '');
    type = canonicalTypeName(written) ?? canonicalTypeName(typed[1]!);
  } else if (numbered) {
    start = symbolStart - before.length + numbered.index;
  }
  if (!typed && !numbered && symbol.form === 'dispatch') return null;
  type ??= typeFromSymbol(symbol);
  const mention = emptyMention('numbered', start, symbolEnd);
  mention.type = type;
  mention.symbol = symbol;
  // "Số: 629/LĐLĐ" alone at the head of a line is the document's own number.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  mention.ownNumberLine = !typed && /^[ \t]*$/.test(text.slice(lineStart, start)) && /^s/i.test(text.slice(start, start + 1));
  const tail = readTail(text, symbolEnd, context.defaultYear);
  const preceding = tail.date && tail.issuer ? null : readPreceding(text, start, context.defaultYear);
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

export const numberedReferences: Recogniser = {
  name: 'numbered reference',
  triggers: ['/'],
  pattern: SYMBOL_IN_TEXT,
  build,
};
