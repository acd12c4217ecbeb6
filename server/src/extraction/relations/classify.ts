// Decides, for each mention, the relation (implements or cites), the cue phrase and the
// subject: the document itself, or another document the sentence says carries it out.
// Every sentence is scanned for cues once, so the work stays linear in the text.

import type { Relation } from '../../domain/types.ts';
import type { Mention } from '../references/index.ts';
import { sentenceAt, type Sentence } from '../segment.ts';
import {
  BREAKS_IMPLEMENTS, CITING_CUES, IMPLEMENTS_BY_ISSUING, IMPLEMENTS_OPENINGS, LINK_IMPLEMENTS, LINK_REVIEWS,
} from './cues.ts';

export interface Classification {
  relation: Relation;
  cue: string | null;
  /** "self", or the index of the mention the text says carries this one out (or reviews it). */
  subject: 'self' | number;
  sentence: Sentence;
}

interface Cue { start: number; end: number; phrase: string }

const LINK_WINDOW = 120;
// Cues that say how a document is used; "thực hiện" or "tuyên truyền" after them does not replace them.
const STRONG_CUE = /^(?:căn cứ|theo tinh thần|xét đề nghị|trên cơ sở|quán triệt|sau|tổng kết|sơ kết)/iu;
const LIST_MARKER = /^[\s"“(]*/u;

function openingCue(text: string, sentence: Sentence): Cue | null {
  const lead = LIST_MARKER.exec(text.slice(sentence.start, sentence.start + 20))![0].length;
  const head = text.slice(sentence.start + lead, Math.min(sentence.end, sentence.start + lead + 200));
  for (const opening of IMPLEMENTS_OPENINGS) {
    const m = opening.exec(head);
    if (m) return { start: sentence.start + lead, end: sentence.start + lead + m[0].length, phrase: m[0].replace(/\s+/gu, ' ') };
  }
  return null;
}

function citingCues(text: string, sentence: Sentence): Cue[] {
  const slice = text.slice(sentence.start, sentence.end);
  const cues: Cue[] = [];
  const pattern = new RegExp(CITING_CUES.source, CITING_CUES.flags);
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    cues.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, phrase: m[0].replace(/\s+/gu, ' ') });
  }
  return cues;
}

function linkToPrevious(text: string, mentions: readonly Mention[], index: number, sentence: Sentence): Classification | null {
  const previous = mentions[index - 1];
  const current = mentions[index]!;
  if (!previous || previous.kind === 'anaphor' || previous.end < sentence.start || current.start - previous.end > LINK_WINDOW) return null;
  const between = text.slice(previous.end, current.start);
  const implementsLink = LINK_IMPLEMENTS.exec(between);
  if (implementsLink) return { relation: 'implements', cue: between.trim().replace(/^,\s*/, '').replace(/\s+/gu, ' '), subject: index - 1, sentence };
  if (LINK_REVIEWS.test(between)) return { relation: 'cites', cue: between.trim().replace(/^["“]\s*/u, '').replace(/\s+/gu, ' '), subject: index - 1, sentence };
  return null;
}

/** One classification per mention, in the same order. */
export function classifyMentions(text: string, mentions: readonly Mention[], sentences: readonly Sentence[]): Classification[] {
  const result: Classification[] = [];
  let cachedSentence = -1;
  let opening: Cue | null = null;
  let cues: Cue[] = [];
  let cueIndex = 0;
  let lastStrong: Cue | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const sentenceIndex = sentenceAt(sentences, mention.start);
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
    if (sentenceIndex !== cachedSentence) {
      cachedSentence = sentenceIndex;
      opening = openingCue(text, sentence);
      cues = citingCues(text, sentence);
      cueIndex = 0;
      lastStrong = undefined;
    }
    while (cueIndex < cues.length && cues[cueIndex]!.end <= mention.start) {
      if (STRONG_CUE.test(cues[cueIndex]!.phrase)) lastStrong = cues[cueIndex];
      cueIndex++;
    }
    const last = cues[cueIndex - 1];
    const nearest = last && (!opening || last.start >= opening.end) ? last : undefined;
    const strong = lastStrong && (!opening || lastStrong.start >= opening.end) ? lastStrong : undefined;
    const link = linkToPrevious(text, mentions, i, sentence);
    if (link) {
      result.push(link);
      continue;
    }
    const issuing = IMPLEMENTS_BY_ISSUING.exec(text.slice(Math.max(sentence.start, mention.start - 120), mention.start));
    if (issuing) {
      result.push({ relation: 'implements', cue: issuing[0].trim().replace(/\s+/gu, ' '), subject: 'self', sentence });
      continue;
    }
    const broken = nearest !== undefined && BREAKS_IMPLEMENTS.test(nearest.phrase);
    if (opening && opening.end <= mention.start && !broken) {
      result.push({ relation: 'implements', cue: opening.phrase, subject: 'self', sentence });
      continue;
    }
    result.push({ relation: 'cites', cue: (strong ?? nearest)?.phrase ?? null, subject: 'self', sentence });
  }
  return result;
}
