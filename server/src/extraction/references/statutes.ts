// Founding texts cited without a number, the way every "Căn cứ" block opens:
//   the Constitution          "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013"
//   charters                  "Điều lệ Đảng", "Điều lệ Hội Nông dân Việt Nam"
//   working rules             "Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXII"
//   staff conference          "Nghị quyết Hội nghị cán bộ, công chức, viên chức năm 2024" (of an agency or school)
//   amending laws             "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ
//                              và Luật Tổ chức chính quyền địa phương ngày 22/11/2019"
// An amending law is one document; the laws it names are its title, not citations.

import { emptyMention, type Mention, type RecognitionContext } from './mention.ts';
import { readTail } from './tail.ts';

export const WORD = String.raw`(?:[\p{L}\p{M}&]+|\d+)`;
/** A law's own name: a capital, then words up to one that cannot be part of a name. */
export const NAME_STOP = String.raw`(?:năm|ngày|số|của|do|về|và|đã|được|là|quy định|có|thì|để|nhằm|với|trong|theo|tại|cho|đến|ban hành|sửa|hiện[ \t]+(?:hành|nay|đang|có)|này|trên|đó|các|những|mới|vào|sâu|tới|qua|nêu|thực hiện|khẳng định|xác định)(?![\p{L}\p{M}])`;
export const NAME_SEP = String.raw`(?:[ \t]+|,?[ \t]*\n[ \t]*(?=\p{Ll})|,[ \t]+(?=\p{Ll}))`;
const NAME = String.raw`(?=\p{Lu})${WORD}(?:${NAME_SEP}(?!${NAME_STOP})${WORD}){0,9}`;

// The Constitution is only a citation with its year or the state's name; "thượng tôn Hiến
// pháp và pháp luật" speaks of constitutional order, not of one text.
export const CONSTITUTION = /Hiến pháp(?:[ \t]+(?:nước[ \t]+)?(?:Cộng hòa|Cộng hoà|CHXHCN)[ \t]+(?:xã hội chủ nghĩa[ \t]+)?Việt Nam)?/gu;

export function buildConstitution(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const coreEnd = match.index + match[0].length;
  const tail = readTail(text, coreEnd, context);
  const namesState = match[0].length > 'Hiến pháp'.length;
  if (!tail.year && !tail.date && !namesState) return null;
  const mention = emptyMention('named', match.index, coreEnd);
  return { ...mention, type: 'Hiến pháp', name: 'Hiến pháp', issuer: 'Quốc hội', end: tail.end, date: tail.date, year: tail.year };
}

export const CHARTER = new RegExp(String.raw`Điều lệ[ \t]+(${NAME})`, 'gu');

export function buildCharter(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  if (isIssuedHere(text, match.index)) return null;
  const organisation = match[1]!.replace(/\s+/gu, ' ');
  // "Điều lệ Đảng" is adopted by the Party's congress; other charters by their own congress.
  const issuer = /^Đảng(?: Cộng sản Việt Nam)?$/u.test(organisation) ? 'Đại hội Đảng' : null;
  const coreEnd = match.index + match[0].length;
  const tail = readTail(text, coreEnd, context);
  const mention = emptyMention('named', match.index, coreEnd);
  return { ...mention, type: 'Điều lệ', name: `Điều lệ ${organisation}`, issuer, end: tail.end, date: tail.date, year: tail.year };
}

// "Ban hành kèm theo Quyết định này Quy chế làm việc …": the text issues it, it does not cite it.
const ISSUED_HERE = /ban hành(?:[ \t]+kèm theo[^.;\n]{0,40})?[ \t\r\n]+$/iu;
const isIssuedHere = (text: string, at: number): boolean => ISSUED_HERE.test(text.slice(Math.max(0, at - 60), at));

// Only with its owner: "Quy chế làm việc" alone may be the text's own subject.
export const WORKING_RULES = /Quy chế làm việc(?=[ \t\r\n]+(?:của|khóa|khoá)[ \t\r\n]+\p{L})/gu;

export function buildWorkingRules(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  if (isIssuedHere(text, match.index)) return null;
  const coreEnd = match.index + match[0].length;
  const tail = readTail(text, coreEnd, context);
  if (!tail.issuer && !tail.term) return null;
  const mention = emptyMention('named', match.index, coreEnd);
  return { ...mention, type: 'Quy chế', name: 'Quy chế làm việc', issuer: tail.issuer, province: tail.province, term: tail.term, end: tail.end, date: tail.date, year: tail.year };
}

const LAW_NAMED = String.raw`(?:Bộ luật|Luật|Pháp lệnh)[ \t]+${NAME}`;
export const AMENDING_LAW = new RegExp(
  String.raw`(Luật|Pháp lệnh)[ \t]+sửa đổi,?[ \t]+bổ sung[ \t]+(?:một số điều[ \t]+)?(?:của[ \t]+)?${LAW_NAMED}(?:[ \t]*(?:,|và)[ \t]+${LAW_NAMED}){0,4}`,
  'gu',
);

export function buildAmendingLaw(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const coreEnd = match.index + match[0].length;
  const tail = readTail(text, coreEnd, context);
  const mention = emptyMention('named', match.index, coreEnd);
  const name = match[0].slice(match[1]!.length).trim().replace(/\s+/gu, ' ');
  const issuer = match[1] === 'Luật' ? 'Quốc hội' : 'Ủy ban Thường vụ Quốc hội';
  return { ...mention, type: match[1]!, name, issuer, end: tail.end, date: tail.date, year: tail.year };
}

export const STAFF_CONFERENCE = /Nghị quyết[ \t]+Hội nghị[ \t]+(?:đại biểu[ \t]+)?(?:cán bộ,?[ \t]+công chức(?:,?[ \t]+viên chức)?(?:,?[ \t]+người lao động)?|công chức,?[ \t]+viên chức(?:,?[ \t]+người lao động)?|người lao động)/gu;

export function buildStaffConference(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const coreEnd = match.index + match[0].length;
  const tail = readTail(text, coreEnd, context);
  const mention = emptyMention('named', match.index, coreEnd);
  const name = match[0].slice('Nghị quyết'.length).trim().replace(/\s+/gu, ' ');
  return { ...mention, type: 'Nghị quyết', name, end: tail.end, date: tail.date, year: tail.year, issuer: tail.issuer };
}
