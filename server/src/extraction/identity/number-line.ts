// The number line of a header: "Số: 629/LĐLĐ", "Số 19-CT/TU", "Số: 9237/KH-UBND" (also
// when a flattened header puts it beside other columns). Blank forms ("Số: …/KH-UBND",
// a draft not yet numbered) give nothing.

import { allTypeNames } from '../document-types.ts';
import { parseSymbol, SYMBOL_SOURCE, type ParsedSymbol } from '../symbols.ts';

export interface NumberLine {
  symbol: ParsedSymbol;
  /** Clean-text span of the symbol. */
  start: number;
  end: number;
}

// "Số" opens its line, or follows another header column: after a gap of spaces or a tab,
// or after capitals only ("TỈNH ỦY CAO BẰNG Số 19-CT/TU" when the columns were joined).
// Capitals that name a document type are a title citing another document ("KẾ HOẠCH …
// THEO QUYẾT ĐỊNH SỐ 582/QĐ-TTG"), not a header column: group 2 holds them for that test.
const NUMBER_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:[^\n]{0,80}?[ \t]{2,}|[^\n]{0,80}?\t|([^\p{Ll}\n]{1,80}?)[ \t])?(?:S[ốỐôÔ]|So|SO)\s*(?:[:.]\s*|\s+)(${SYMBOL_SOURCE})`, 'gu');
const TYPE_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${allTypeNames().map((n) => n.replace(/\s+/g, String.raw`\s+`)).join('|')})(?![\p{L}\p{M}])`, 'iu');
const HEADER_SEARCH = 3000;
const LONE_SEARCH = 600;
const LONE_SYMBOL = new RegExp(String.raw`(?:^|\n)[ \t]*(${SYMBOL_SOURCE})[ \t]*(?=\n|$)`, 'u');

/** The first number line in the opening part of the text. */
export function readNumberLine(text: string): NumberLine | null {
  const head = text.slice(0, HEADER_SEARCH);
  NUMBER_LINE.lastIndex = 0;
  for (let m = NUMBER_LINE.exec(head); m !== null; m = NUMBER_LINE.exec(head)) {
    if (m[1] !== undefined && TYPE_WORD.test(m[1])) continue;
    const written = m[2]!;
    const symbol = parseSymbol(written);
    if (!symbol) continue;
    const start = m.index + m[0].length - written.length;
    return { symbol, start, end: start + written.length };
  }
  // A header that lost its "Số:" still shows the symbol alone on a line.
  const lone = LONE_SYMBOL.exec(text.slice(0, LONE_SEARCH));
  const symbol = lone ? parseSymbol(lone[1]!) : null;
  if (lone && symbol) {
    const start = lone.index + lone[0].length - lone[1]!.length;
    return { symbol, start, end: start + lone[1]!.length };
  }
  return null;
}
