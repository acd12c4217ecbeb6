// Decides, for each mention, the relation (implements or cites), the cue phrase and the
// subject: the document itself, or another document the text says carries it out.
// Each sentence is scanned for its cues once, so the work stays linear in the text.

import type { Relation } from '../../domain/types.ts';
import { codeForTypeName } from '../document-types.ts';
import type { Mention } from '../references/index.ts';
import { TYPE_NAME_SOURCE } from '../references/vocabulary.ts';
import { sentenceAt, type Sentence } from '../segment.ts';
import { citingCues, clauseOpeningBefore, listHeadingOf, openingOf, type Cue, type Opening } from './sentence-cues.ts';
import { BREAKS_IMPLEMENTS, IMPLEMENTS_BEFORE, LINK_CARRIED_OUT_BY, LINK_REACH, LINKS, LONGEST_LINK, OWNER_REST } from './cues.ts';

export interface Classification {
  relation: Relation;
  cue: string | null;
  /** "self", or the index of the mention the text says carries this one out (or reviews it). */
  subject: 'self' | number;
  sentence: Sentence;
}

// Cues that say how a document is used; "thực hiện" or "tuyên truyền" after them does not replace them.
const STRONG_CUE = /^(?:căn cứ|theo tinh thần|xét đề nghị|trên cơ sở|quán triệt|sau|tổng kết|sơ kết)/iu;
const TYPE_AHEAD = new RegExp(String.raw`^(?:${TYPE_NAME_SOURCE})(?![\p{L}\p{M}])`, 'iu');
const squash = (s: string): string => s.trim().replace(/\s+/gu, ' ');

/** "… của Tỉnh ủy thực hiện Nghị quyết số 25-NQ/TW": the previous document carries this one out (or cites it). */
function linkToPrevious(text: string, mentions: readonly Mention[], index: number, sentence: Sentence): Classification | null {
  const previous = mentions[index - 1];
  const current = mentions[index]!;
  const gap = current.start - (previous?.end ?? 0);
  if (!previous || previous.kind === 'anaphor' || previous.end < sentence.start || gap > LONGEST_LINK) return null;
  const between = text.slice(previous.end, current.start).replace(OWNER_REST, ' ');
  const link = LINKS.find((candidate) => gap <= candidate.reach && candidate.pattern.test(between));
  if (!link) return null;
  const words = link.cueFrom ? between.slice(between.search(link.cueFrom)) : between;
  return { relation: link.relation, cue: squash(words).replace(/^,\s*/, '').replace(/^["“]\s*/u, ''), subject: index - 1, sentence };
}

/**
 * The latest document of a type named before `index`: the carrier a sentence like "Kế hoạch
 * được xây dựng nhằm …" means. A document the text gave to another ("Chỉ thị nêu rõ, sau 10
 * năm thực hiện Chỉ thị số 40 …") is not the one it reports on.
 */
function latestOfType(mentions: readonly Mention[], index: number, type: string, decided: readonly Classification[]): number | null {
  const code = codeForTypeName(type);
  for (let i = index - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const sameType = codeForTypeName(m.type ?? '') === code || (m.type ?? '').toLowerCase().startsWith(type.toLowerCase());
    if (m.kind !== 'anaphor' && sameType && decided[i]?.subject === 'self') return i;
  }
  return null;
}

/** A clause's "thực hiện" stops governing at a citing cue or at a new clause after a comma. */
function clauseBroken(text: string, clause: Opening, nearest: Cue | undefined, position: number): boolean {
  if (nearest && nearest.start >= clause.end && BREAKS_IMPLEMENTS.test(nearest.phrase)) return true;
  const gap = text.slice(clause.end, position);
  return [...gap.matchAll(/,[ \t\r\n]+(?=\p{Lu})/gu)].some((m) => !TYPE_AHEAD.test(gap.slice(m.index + m[0].length)));
}

/** One classification per mention, in the same order. */
export function classifyMentions(text: string, mentions: readonly Mention[], sentences: readonly Sentence[]): Classification[] {
  const result: Classification[] = [];
  let current = -1;
  let opening: Opening | null = null;
  let carrier: number | null = null;
  let cues: Cue[] = [];
  let cueIndex = 0;
  let lastStrong: Cue | undefined;
  let listCue: Cue | undefined;
  let reachBroken = false;
  let previousEnd = -1;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const sentenceIndex = sentenceAt(sentences, mention.start);
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
    if (sentenceIndex !== current) {
      current = sentenceIndex;
      const heading = listHeadingOf(text, sentences, sentenceIndex);
      opening = openingOf(text, sentence);
      // A list item under "Thực hiện:" is carried out; under "Căn cứ:" it is cited with that cue.
      if (!opening && heading && /thực hiện/iu.test(heading.phrase)) opening = { ...heading, start: sentence.start, end: sentence.start };
      listCue = heading && !/thực hiện/iu.test(heading.phrase) ? { ...heading, start: sentence.start, end: sentence.start } : undefined;
      carrier = opening?.carrierType ? latestOfType(mentions, i, opening.carrierType, result) : null;
      cues = citingCues(text, sentence);
      cueIndex = 0;
      lastStrong = undefined;
      reachBroken = false;
      previousEnd = sentence.start;
    }
    while (cueIndex < cues.length && cues[cueIndex]!.end <= mention.start) {
      const cue = cues[cueIndex]!;
      if (STRONG_CUE.test(cue.phrase) && (!opening || cue.start >= opening.end)) lastStrong = cue;
      cueIndex++;
    }
    const clause = clauseOpeningBefore(text, sentence, mention.start);
    // A clause after a semicolon has its own cue: "Căn cứ …" before it no longer governs.
    if (clause && lastStrong && lastStrong.start < clause.start) lastStrong = undefined;
    const last = cues[cueIndex - 1];
    const nearest = last && (!opening || last.start >= opening.end) ? last : undefined;
    // A new clause after a comma ("…, Ban Thường vụ Tỉnh ủy ban hành …") ends the opening's reach.
    if (opening && !reachBroken) {
      const gap = text.slice(Math.max(previousEnd, opening.end), mention.start);
      reachBroken = [...gap.matchAll(/,[ \t\r\n]+(?=\p{Lu})/gu)].some((m) => !TYPE_AHEAD.test(gap.slice(m.index + m[0].length)));
    }
    previousEnd = Math.max(previousEnd, mention.end);

    const link = linkToPrevious(text, mentions, i, sentence);
    if (link) {
      result.push(link);
      continue;
    }
    if (clause && !clauseBroken(text, clause, nearest, mention.start)) {
      result.push({ relation: 'implements', cue: clause.phrase, subject: 'self', sentence });
      continue;
    }
    const broken = reachBroken || (nearest !== undefined && BREAKS_IMPLEMENTS.test(nearest.phrase));
    const inReach = opening !== null && opening.end <= mention.start && !broken;
    if (inReach && opening!.carrierType !== null && carrier !== null && !opening!.reporting) {
      result.push({ relation: 'implements', cue: opening!.phrase, subject: carrier, sentence });
      continue;
    }
    const before = IMPLEMENTS_BEFORE.exec(text.slice(Math.max(sentence.start, mention.start - 120), mention.start));
    if (before) {
      result.push({ relation: 'implements', cue: squash(before[0]), subject: 'self', sentence });
      continue;
    }
    // Without an earlier document of its type, "Kế hoạch … thực hiện X" is the document itself (a title).
    if (inReach && !opening!.reporting && (opening!.carrierType === null || carrier === null)) {
      result.push({ relation: 'implements', cue: opening!.phrase, subject: 'self', sentence });
      continue;
    }
    // "Chỉ thị nêu rõ, sau 10 năm thực hiện Chỉ thị số 40-CT/TW …", "Kế hoạch thực hiện X và căn
    // cứ Nghị định Y": what the sentence's document recalls or relies on is its own citation.
    const reporter = opening?.carrierType && carrier !== null && opening.end <= mention.start && !reachBroken ? carrier : 'self';
    result.push({ relation: 'cites', cue: (lastStrong ?? nearest ?? listCue)?.phrase ?? null, subject: reporter, sentence });
  }
  return carriedOutByTheIssued(text, mentions, carriedOutByNext(text, mentions, result));
}

// "…, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 210-KH/HU": a document issued in the clause after an opening "Thực hiện X".
const ISSUED_HERE = new RegExp(String.raw`(?:ban hành|ký ban hành|xây dựng)[ \t\r\n]+$`, 'u');
const NEW_CLAUSE = /,[ \t\r\n]+\p{Lu}/u;
const ISSUED_REACH = 400;

/**
 * "Năm 2022, thực hiện Kết luận số 40-KL/TW …, Ban Thường vụ Huyện ủy ban hành Kế hoạch số
 * 210-KH/HU": what the opening carries out, the document issued after it carries out. (When
 * that document is the text itself, resolution makes the subject "self" again.)
 */
function carriedOutByTheIssued(text: string, mentions: readonly Mention[], result: Classification[]): Classification[] {
  for (let j = 1; j < mentions.length; j++) {
    const issued = mentions[j]!;
    const sentence = result[j]!.sentence;
    if (issued.kind !== 'numbered' || !ISSUED_HERE.test(text.slice(Math.max(sentence.start, issued.start - 30), issued.start))) continue;
    // The opening stands near: the bound keeps the work linear in a sentence of endless references.
    for (let i = j - 1; i >= 0 && mentions[i]!.start >= Math.max(sentence.start, issued.start - ISSUED_REACH); i--) {
      const decided = result[i]!;
      const carriedOut = decided.relation === 'implements' && decided.subject === 'self' && decided.sentence === sentence;
      if (carriedOut && NEW_CLAUSE.test(text.slice(mentions[i]!.end, issued.start))) result[i] = { ...decided, subject: j };
    }
  }
  return result;
}

/** "X đã được Chính phủ cụ thể hóa bằng Y": Y carries out X, said after X is named. */
function carriedOutByNext(text: string, mentions: readonly Mention[], result: Classification[]): Classification[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [current, next] = [mentions[i]!, mentions[i + 1]!];
    if (current.kind === 'anaphor' || next.kind === 'anaphor' || next.start - current.end > LINK_REACH) continue;
    const between = text.slice(current.end, next.start);
    if (LINK_CARRIED_OUT_BY.test(between)) result[i] = { ...result[i]!, relation: 'implements', cue: squash(between), subject: i + 1 };
  }
  return result;
}
