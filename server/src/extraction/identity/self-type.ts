// The type a document gives itself when its header does not: the code in its symbol
// ("9237/KH-UBND" is a Kế hoạch, "629/LĐLĐ" a Công văn), "Công văn này" in the body,
// "ban hành chương trình thực hiện như sau", or a dispatch's subject line.
// Also where the text names itself, so that those mentions are not read as references.

import type { Span } from '../../domain/types.ts';
import { allTypeNames, documentTypeForName, typeNameForCode } from '../document-types.ts';
import { originalSpan, type NormalisedText } from '../normalise.ts';
import type { ParsedSymbol } from '../symbols.ts';
import type { NumberLine } from './number-line.ts';
import type { TypeLine } from './type-line.ts';
import type { Announcement } from './news.ts';

export function typeFromSymbol(symbol: ParsedSymbol): string | null {
  if (symbol.typeCode) return typeNameForCode(symbol.typeCode, symbol.system === 'party' ? 'party' : 'state');
  return symbol.form === 'dispatch' ? 'Công văn' : null;
}

const TYPES = allTypeNames().map((n) => n.replace(/\s+/g, '\\s+')).join('|');
// "<type> này": found from each "này", looking back at the words before it.
const NAY = /(?<![\p{L}])này(?![\p{L}])/giu;
const TYPE_BEFORE = new RegExp(`(?<![\\p{L}])(${TYPES})\\s+(?:quan\\s+trọng\\s+)?$`, 'iu');

interface ThisOne {
  type: string;
  start: number;
  end: number;
}

/** Every "<type> này" ("Công văn này", "Chương trình quan trọng này"), in order. */
function thisOnes(text: string): ThisOne[] {
  const found: ThisOne[] = [];
  NAY.lastIndex = 0;
  for (let m = NAY.exec(text); m !== null; m = NAY.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    const t = TYPE_BEFORE.exec(before);
    const type = t ? documentTypeForName(t[1]!.replace(/\s+/g, ' '))?.name : undefined;
    if (t && type) found.push({ type, start: m.index - before.length + t.index, end: m.index + m[0].length });
  }
  return found;
}
const ISSUED_AS_FOLLOWS = new RegExp(`(?:ban\\s+hành|xây\\s+dựng)\\s+(${TYPES})(?:[^.\\n]{0,80}?)\\s+(?:như\\s+sau|cụ\\s+thể\\s+như\\s+sau)`, 'iu');
// A dispatch speaks of the documents it passes on as "Nghị quyết này", "Chỉ thị này".
const PASSED_ON = new Set(['Nghị quyết', 'Chỉ thị', 'Kết luận', 'Quyết định', 'Luật', 'Nghị định', 'Thông tư']);

export function selfTypeFromBody(text: string, hasSubjectLine: boolean): string | null {
  for (const { type } of thisOnes(text)) {
    if (!(hasSubjectLine && PASSED_ON.has(type))) return type;
  }
  const issued = ISSUED_AS_FOLLOWS.exec(text);
  if (issued) return documentTypeForName(issued[1]!.replace(/\s+/g, ' '))?.name ?? null;
  return hasSubjectLine ? 'Công văn' : null;
}

/** Spans (original offsets) where the text names itself. */
export function selfMentionSpans(
  n: NormalisedText,
  parts: { numberLine: NumberLine | null; typeLine: TypeLine | null; reproduced: Announcement | null; type: string | null },
): Span[] {
  const spans: Span[] = [];
  if (parts.numberLine) spans.push(originalSpan(n, parts.numberLine.start, parts.numberLine.end));
  if (parts.typeLine) spans.push(originalSpan(n, parts.typeLine.start, parts.typeLine.end));
  if (parts.reproduced) spans.push(originalSpan(n, parts.reproduced.start, parts.reproduced.end));
  if (parts.type) {
    for (const one of thisOnes(n.text)) {
      if (one.type === parts.type || parts.type.startsWith(one.type)) spans.push(originalSpan(n, one.start, one.end));
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
