// References without a number, recognised by their name:
//   laws by name and year       "Luật Bảo vệ Môi trường năm 2014", "Luật … ngày 19/6/2015"
//   congress resolutions        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X", "Nghị quyết Đại hội XIII của Đảng"
//   plenum resolutions          "Nghị quyết Trung ương 7 khóa XI", "Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XII"
//   joint resolutions by party  "Nghị quyết liên tịch giữa Bộ Tài nguyên và Môi trường với …"
// and the founding texts of statutes.ts (the Constitution, charters, working rules, amending laws).
// No letter may precede any of these names; that is checked in code (boundaries.ts).
// A law name runs over capitalised and lower-case words alike ("Luật Tổ chức chính quyền
// địa\nphương"), so it ends at the first word that cannot be part of a name.

import { notAfterLetter } from '../boundaries.ts';
import { emptyMention, type Mention, type RecognitionContext, type Recogniser } from './mention.ts';
import {
  AMENDING_LAW, buildAmendingLaw, buildCharter, buildConstitution, buildStaffConference, buildWorkingRules, CHARTER, CONSTITUTION,
  NAME_SEP, NAME_STOP, STAFF_CONFERENCE, WORD, WORKING_RULES,
} from './statutes.ts';
import { readTail } from './tail.ts';
import { ROMAN } from './vocabulary.ts';

const LAW = new RegExp(
  String.raw`(Bộ luật|Luật|Pháp lệnh)[ \t]+(?=\p{Lu})(?!Số|SỐ)(${WORD}(?:${NAME_SEP}(?!${NAME_STOP})${WORD}){0,9})`,
  'gu',
);

// "Luật Việt Nam" speaks of the law of the land, not of one law.
const NOT_A_LAW_NAME = /^(?:Việt Nam|Nhà nước|Đảng)$/u;

function buildLaw(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const name = match[2]!.replace(/\s+/gu, ' ');
  if (NOT_A_LAW_NAME.test(name)) return null;
  const coreEnd = match.index + match[0].length;
  // "Luật Đất đai số 31/2024/QH15": the number recogniser reads it, with the name as its start.
  if (/^[ \t,]*[sS]ố\s*:?\s*\d/u.test(text.slice(coreEnd, coreEnd + 12))) return null;
  const mention = emptyMention('named', match.index, coreEnd);
  const tail = readTail(text, coreEnd, context);
  const issuer = match[1] === 'Pháp lệnh' ? 'Ủy ban Thường vụ Quốc hội' : 'Quốc hội';
  return { ...mention, type: match[1]!, name, end: tail.end, date: tail.date, year: tail.year, issuer };
}

// Mass organisations hold congresses too; their names run on in lower case ("Công đoàn Việt Nam").
const MASS_ORGANISATION_WORDS = String.raw`Công[ \t]+đoàn|Cựu[ \t]+chiến[ \t]+binh|Liên[ \t]+hiệp|Phụ[ \t]+nữ|Nông[ \t]+dân|Người[ \t]+cao[ \t]+tuổi|Thanh[ \t]+niên|Cộng[ \t]+sản|Mặt[ \t]+trận|Tổ[ \t]+quốc`;

const CONGRESS = new RegExp(
  String.raw`(?:Nghị quyết|NGHỊ QUYẾT)[ \t]+(?:của[ \t]+)?(Đại hội(?:[ \t]+(?:đại biểu|lần thứ|toàn quốc|Đảng bộ|Đảng|[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|xã|phường|lần|thứ|${ROMAN}|${MASS_ORGANISATION_WORDS}|[\p{Lu}][\p{L}\p{M}]*|\d{1,2})(?![\p{L}\p{M}])){1,14})`,
  'gu',
);

function buildCongress(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const name = match[1]!.replace(/(?:[ \t]+(?:của|lần|thứ))+$/iu, '').trim();
  const coreEnd = match.index + match[0].indexOf(match[1]!) + name.length;
  // A congress is named by its ordinal or its term; "Nghị quyết Đại hội Đảng các cấp" names none.
  const term = /^[ \t]*,?[ \t]*\(?nhiệm kỳ[ \t]+\d{4}/u.test(text.slice(coreEnd, coreEnd + 20));
  if (!/lần thứ|\s[IVXLC]+(?:\s|$)/u.test(name) && !term) return null;
  const mention = emptyMention('named', match.index, coreEnd);
  const tail = readTail(text, coreEnd, context);
  return { ...mention, type: 'Nghị quyết', name, issuer: name, end: tail.end, date: tail.date, year: tail.year };
}

const PLENUM = new RegExp(
  String.raw`Nghị quyết[ \t]+(?:Hội nghị[ \t]+(?:lần thứ[ \t]+)?)?(?:(\d{1,2}|\p{L}+)[ \t]+)?(?:Ban Chấp hành[ \t]+)?(?:Trung ương|TW)(?:[ \t]+Đảng)?(?:[ \t]+(\d{1,2}))?[ \t]*\(?[ \t]*[Kk]hóa[ \t]+(${ROMAN})\)?`,
  'gu',
);

function buildPlenum(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null {
  const plenum = match[2] ?? match[1];
  if (!plenum) return null;
  const coreEnd = match.index + match[0].length;
  const mention = emptyMention('named', match.index, coreEnd);
  const tail = readTail(text, coreEnd, context);
  const name = `Hội nghị Trung ương ${plenum} khóa ${match[3]!.toUpperCase()}`;
  return { ...mention, type: 'Nghị quyết', name, issuer: 'Ban Chấp hành Trung ương', term: match[3]!.toUpperCase(), end: tail.end, date: tail.date, year: tail.year };
}

const JOINT = /(Nghị quyết liên tịch|Thông tư liên tịch)[ \t]+(giữa[ \t]+[^.;:\n“"(]{5,160}?)(?=[ \t]+về[ \t]|[.;:\n“"(]|$)/gu;

function buildJoint(match: RegExpExecArray, text: string): Mention | null {
  const parties = match[2]!.trim();
  if (!/\p{Lu}/u.test(parties)) return null;
  const coreEnd = match.index + match[0].length;
  const mention = emptyMention('named', match.index, coreEnd);
  const type = match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1).toLowerCase();
  return { ...mention, type, name: parties, issuer: parties.replace(/^giữa\s+/u, '').replace(/\s+với\s+/u, ' và ') };
}

export const namedReferences: readonly Recogniser[] = [
  // Before the plain law, so that the laws an amending law names stay inside it.
  { name: 'amending law', triggers: ['sửa đổi'], pattern: AMENDING_LAW, startsWhere: notAfterLetter, build: buildAmendingLaw },
  { name: 'law by name', triggers: ['luật', 'pháp lệnh'], pattern: LAW, startsWhere: notAfterLetter, build: buildLaw },
  { name: 'constitution', triggers: ['hiến pháp'], pattern: CONSTITUTION, startsWhere: notAfterLetter, build: buildConstitution },
  { name: 'charter', triggers: ['điều lệ'], pattern: CHARTER, startsWhere: notAfterLetter, build: buildCharter },
  { name: 'working rules', triggers: ['quy chế làm việc'], pattern: WORKING_RULES, startsWhere: notAfterLetter, build: buildWorkingRules },
  { name: 'staff conference resolution', triggers: ['hội nghị'], pattern: STAFF_CONFERENCE, startsWhere: notAfterLetter, build: buildStaffConference },
  { name: 'congress resolution', triggers: ['đại hội'], pattern: CONGRESS, startsWhere: notAfterLetter, build: buildCongress },
  { name: 'plenum resolution', triggers: ['trung ương', 'tw'], pattern: PLENUM, startsWhere: notAfterLetter, build: buildPlenum },
  { name: 'joint resolution by its parties', triggers: ['liên tịch'], pattern: JOINT, startsWhere: notAfterLetter, build: buildJoint },
];
