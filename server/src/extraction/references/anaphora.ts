// Mentions that point back instead of naming: "Chỉ thị trên", "Nghị quyết này",
// "Công văn này", "Chỉ thị của Tỉnh ủy", and short forms "Nghị quyết 41" (often introduced
// by "sau đây gọi tắt là"). They carry only a type and what little else is written; the
// resolution stage decides what, if anything, each one points to.

import { notAfterLetter } from '../boundaries.ts';
import { emptyMention, type AnaphorForm, type Mention, type RecognitionContext, type Recogniser } from './mention.ts';
import { readTail } from './tail.ts';
import { TYPE_NAME_SOURCE, canonicalTypeName } from './vocabulary.ts';

// The type word must be capitalised: "các chỉ thị, nghị quyết" is talk about documents in
// general. Every type name is written capitalised and the pattern has no `i` flag, so the
// names as written are exactly the capitalised ones. (No letter may precede one: checked
// in code, see boundaries.ts.)
const CAPITALISED_TYPE = String.raw`(${TYPE_NAME_SOURCE})`;
const POINTER = String.raw`(này|nêu trên|nói trên|trên|đó|vừa nêu)(?![\p{L}\p{M}])`;
const SHORT_NUMBER = String.raw`(?:số[ \t]+)?(\d{1,4})(?![\p{L}\p{M}\d/\-–.,]\d|[\p{L}\p{M}\d/\-–])`;
const OF_ISSUER = String.raw`(?=(?:của|do)[ \t\r\n]+\p{Lu})`;

const ANAPHOR = new RegExp(String.raw`${CAPITALISED_TYPE}[ \t]+(?:${POINTER}|${SHORT_NUMBER}|${OF_ISSUER})`, 'gu');

function build(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const type = canonicalTypeName(match[1]!);
  if (!type) return null;
  const pointer = match[2];
  const number = match[3];
  if (number && Number(number) >= 1900) return null; // "Kế hoạch 2021" is a year, not a number
  const form: AnaphorForm = pointer ? (pointer === 'này' ? 'this' : 'above') : number ? 'short-number' : 'by-issuer';
  const coreEnd = match.index + match[0].length;
  const mention = emptyMention('anaphor', match.index, coreEnd);
  mention.type = type;
  mention.anaphor = number ? { form, number } : { form };
  if (form === 'by-issuer' || form === 'short-number') {
    const tail = readTail(text, coreEnd, context);
    if (form === 'by-issuer' && !tail.issuer) return null;
    // "Chỉ thị của Tỉnh ủy số 19-CT/TU" is a numbered reference, read by its own recogniser.
    if (/^[\s,]*(?:số|s[ốỐ])/iu.test(text.slice(tail.end, tail.end + 8))) return null;
    Object.assign(mention, { end: tail.end, date: tail.date, issuer: tail.issuer, province: tail.province, term: tail.term });
  }
  return mention;
}

export const anaphoricMentions: Recogniser = {
  name: 'anaphor or short form',
  triggers: ['này', 'trên', 'đó', 'của', 'do', ...'0123456789'],
  pattern: ANAPHOR,
  startsWhere: notAfterLetter,
  build,
};

// "… Chương trình hành động số 45-CTr/TU ngày 20/3/2014 thực hiện Nghị quyết; …": a type word
// alone after what is done with it points back, like "Nghị quyết trên", to the one document
// of that type named before (resolved only when there is exactly one).
const BARE_AFTER_VERB = new RegExp(
  String.raw`(?<=(?:thực hiện|triển khai|quán triệt)[ \t]+)${CAPITALISED_TYPE}(?=[ \t]*[;.,:)]|[ \t]+(?:và|gắn với)(?![\p{L}\p{M}]))`,
  'gu',
);

function buildBare(match: RegExpExecArray): Mention | null {
  const type = canonicalTypeName(match[1]!);
  if (!type) return null;
  const mention = emptyMention('anaphor', match.index, match.index + match[0].length);
  mention.type = type;
  mention.anaphor = { form: 'above' };
  return mention;
}

export const bareTypeAfterVerb: Recogniser = {
  name: 'type word alone after what is done with it',
  triggers: ['thực hiện', 'triển khai', 'quán triệt'],
  pattern: BARE_AFTER_VERB,
  startsWhere: notAfterLetter,
  build: buildBare,
};
