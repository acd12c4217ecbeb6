// The cues of one sentence: how it opens (an opening that makes the document, or a
// document just named, carry out what follows) and every citing phrase inside it.

import type { Sentence } from '../segment.ts';
import { execWhere, notAfterLetter } from '../boundaries.ts';
import { CARRIER_OPENING, CARRY_OUT_OPENING, CITING_CUES, IMPLEMENTS_OPENINGS, REPORTING_OPENING } from './cues.ts';

export interface Cue {
  start: number;
  end: number;
  phrase: string;
}

export interface Opening extends Cue {
  /** "Kế hoạch được xây dựng nhằm thực hiện …": the type of the earlier document that carries out what follows. */
  carrierType: string | null;
  /** "Chỉ thị nêu rõ, …": the sentence reports what that document says, whether or not it carries something out. */
  reporting?: boolean;
}

// Quotes, brackets, a list item's dash and a time ("Năm 2022, …") stand before the opening words.
const LEAD = /^[\s"“(]*(?:[-+•*–][ \t]+)?(?:(?:[Nn]ăm|[Tt]háng|[Đđ]ầu năm|[Cc]uối năm|[Tt]iếp đó|[Ss]au đó|[Tt]rước đó)(?:[ \t]+[\d/]{1,10})?[ \t]*,[ \t]*)?/u;
const HEAD_LENGTH = 240;

export function openingOf(text: string, sentence: Sentence): Opening | null {
  const lead = LEAD.exec(text.slice(sentence.start, sentence.start + 20))![0].length;
  const from = sentence.start + lead;
  const head = text.slice(from, Math.min(sentence.end, from + HEAD_LENGTH));
  const reported = REPORTING_OPENING.exec(head);
  if (reported) {
    // "Chỉ thị nêu rõ, thực hiện Chỉ thị số 45-CT/TW …": the reported document carries it out.
    const carryOut = CARRY_OUT_OPENING.exec(head.slice(reported[0].length));
    const end = from + reported[0].length + (carryOut ? carryOut[0].length : 0);
    return { start: from, end, phrase: text.slice(from, end).replace(/\s+/gu, ' ').trim(), carrierType: reported[1]!, reporting: carryOut === null };
  }
  const carrier = CARRIER_OPENING.exec(head);
  if (carrier) return { start: from, end: from + carrier[0].length, phrase: carrier[0].replace(/\s+/gu, ' '), carrierType: carrier[1]! };
  for (const opening of IMPLEMENTS_OPENINGS) {
    const m = opening.exec(head);
    if (m) return { start: from, end: from + m[0].length, phrase: m[0].replace(/\s+/gu, ' '), carrierType: null };
  }
  return null;
}

export function citingCues(text: string, sentence: Sentence): Cue[] {
  const cues: Cue[] = [];
  // The pattern is global and shared: scanning starts at the sentence and stops at its end.
  CITING_CUES.lastIndex = sentence.start;
  const next = () => execWhere(CITING_CUES, text, notAfterLetter);
  for (let m = next(); m !== null && m.index < sentence.end; m = next()) {
    if (m.index + m[0].length > sentence.end) break;
    cues.push({ start: m.index, end: m.index + m[0].length, phrase: m[0].replace(/\s+/gu, ' ') });
  }
  return cues;
}

// A cue standing alone as a heading over a list: "Thực hiện:" / "Căn cứ:" followed by "- Kế hoạch số …".
const HEADING_CUE = /^[ \t]*(thực hiện|triển khai thực hiện|căn cứ|quán triệt)[ \t]*:[ \t]*$/iu;
const LIST_ITEM = /^[ \t]*(?:[-+•*–][ \t]*|[a-zđ]\)[ \t]*)/u;
const LIST_WALK = 40;

/** For a list item, the heading cue of its list ("Thực hiện:"), walking back over the items before it. */
export function listHeadingOf(text: string, sentences: readonly Sentence[], index: number): Opening | null {
  const itemText = (i: number) => text.slice(sentences[i]!.start, Math.min(sentences[i]!.end, sentences[i]!.start + 80));
  if (!LIST_ITEM.test(itemText(index))) return null;
  for (let i = index - 1; i >= 0 && i >= index - LIST_WALK; i--) {
    const head = text.slice(sentences[i]!.start, sentences[i]!.end).trim();
    const cue = HEADING_CUE.exec(head);
    if (cue) return { start: sentences[i]!.start, end: sentences[i]!.start, phrase: cue[1]!, carrierType: null };
    if (!LIST_ITEM.test(itemText(i))) return null;
  }
  return null;
}

const CLAUSE_REACH = 240;
const CLAUSE_LEAD = /^[\s"“(]*(?:[-+•*–][ \t]*)?(?:(?:và|đồng thời)[ \t\r\n]+)?/u;
// Where a clause of its own may begin: after a semicolon, at a new list item, or at "và"
// joining a second basis to the first ("Căn cứ Hướng dẫn số 145 … và thực hiện Kế hoạch …").
const CLAUSE_BOUNDARY = /;|\n(?=[ \t]*[-+•*–])|[ \t,](?=và[ \t\r\n]+(?:để[ \t\r\n]+)?(?:tiếp tục[ \t\r\n]+)?(?:tổ chức[ \t\r\n]+)?(?:triển khai[ \t\r\n]+)?thực hiện(?![\p{L}\p{M}]))/gu;

/**
 * A sentence may go on with a clause of its own, and its own cue: "Căn cứ Hướng dẫn số
 * 145-HD/BTGTW …; và thực hiện Kế hoạch số 250-KH/TU …", or a list of bases whose last item
 * is "- Thực hiện Kế hoạch số 412-KH/TU …". The opening of the clause that holds
 * `position`, when that clause opens by carrying something out.
 */
export function clauseOpeningBefore(text: string, sentence: Sentence, position: number): Opening | null {
  // Only a clause opening near the reference governs it; the bound keeps the work linear.
  const windowStart = Math.max(sentence.start, position - CLAUSE_REACH);
  const window = text.slice(windowStart, position);
  let boundary = -1;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(window); m !== null; m = CLAUSE_BOUNDARY.exec(window)) boundary = m.index;
  if (boundary < 0) return null;
  const semicolon = windowStart + boundary;
  const lead = CLAUSE_LEAD.exec(text.slice(semicolon + 1, semicolon + 40))![0].length;
  const from = semicolon + 1 + lead;
  const m = CARRY_OUT_OPENING.exec(text.slice(from, position));
  return m ? { start: from, end: from + m[0].length, phrase: m[0].replace(/\s+/gu, ' '), carrierType: null } : null;
}
