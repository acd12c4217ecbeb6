// The recognition stage: every recogniser (each one data: pattern, trigger words, builder)
// runs over the clean text; overlapping finds keep the most specific one (a number beats a
// name, a name beats a pointer); then lists share what is written once for all their items.

import { execWhere } from '../boundaries.ts';
import { anaphoricMentions, bareTypeAfterVerb } from './anaphora.ts';
import { shareAcrossLists } from './lists.ts';
import type { Mention, RecognitionContext, Recogniser } from './mention.ts';
import { namedReferences } from './named.ts';
import { numberedReferences } from './numbered.ts';

export type { Mention, RecognitionContext } from './mention.ts';

const RECOGNISERS: readonly Recogniser[] = [...numberedReferences, ...namedReferences, anaphoricMentions, bareTypeAfterVerb];
const PRIORITY: Record<Mention['kind'], number> = { numbered: 0, named: 1, anaphor: 2 };

function run(recogniser: Recogniser, text: string, lowered: string, context: RecognitionContext): Mention[] {
  if (!recogniser.triggers.some((word) => lowered.includes(word))) return [];
  const found: Mention[] = [];
  // Recognisers' patterns are global and used by one caller at a time: reset, not recompiled.
  const pattern = recogniser.pattern;
  const accepts = recogniser.startsWhere ?? (() => true);
  pattern.lastIndex = 0;
  for (let m = execWhere(pattern, text, accepts); m !== null; m = execWhere(pattern, text, accepts)) {
    if (m[0] === '') pattern.lastIndex++;
    const mention = recogniser.build(m, text, context);
    if (mention) found.push(mention);
  }
  return found;
}

/** Keeps, among mentions whose cores overlap, the one of the most specific kind (one sweep in text order). */
function withoutOverlaps(mentions: Mention[]): Mention[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind]);
  const kept: Mention[] = [];
  for (const mention of ordered) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.coreEnd) kept.push(mention);
    else if (PRIORITY[mention.kind] < PRIORITY[last.kind]) kept[kept.length - 1] = mention;
  }
  return kept;
}

/**
 * "Luật Đất đai số 31/2024/QH15": the numbered mention starts at the law's name and keeps it.
 * The law recogniser leaves such names alone; this gives the number its written name.
 */
function nameNumberedLaws(mentions: Mention[], text: string): Mention[] {
  const lawName = /(?<![\p{L}\p{M}])(?:Bộ luật|Luật)[ \t]+(\p{Lu}[^\n;:.]{0,80}?)[ \t,]*$/u;
  for (const mention of mentions) {
    if (mention.kind !== 'numbered' || mention.type !== 'Luật' || mention.name) continue;
    const before = text.slice(Math.max(0, mention.start - 90), mention.start);
    const m = lawName.exec(before);
    if (!m) continue;
    mention.name = m[1]!.trim();
    mention.start = mention.start - before.length + m.index;
  }
  return mentions;
}

/** Every mention of a document in the clean text, in order. */
export function recogniseMentions(text: string, options: RecognitionContext = { defaultYear: null }): Mention[] {
  const context: RecognitionContext = { defaultYear: options.defaultYear, notAfter: options.notAfter ?? null };
  const lowered = text.toLowerCase();
  const all = RECOGNISERS.flatMap((recogniser) => run(recogniser, text, lowered, context));
  return shareAcrossLists(nameNumberedLaws(withoutOverlaps(all), text), text);
}
