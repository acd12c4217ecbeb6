// The resolution stage: mentions become documents (keys, the document itself set aside),
// pointers back are resolved where exactly one antecedent fits, and the mentions of each
// (document, subject) are gathered into one reported reference.

import type { Reference } from '../../domain/types.ts';
import type { NormalisedText } from '../normalise.ts';
import type { Classification } from '../relations/classify.ts';
import type { Mention } from '../references/index.ts';
import { resolveAnaphora } from './anaphora.ts';
import { nameDocuments, type SelfIdentity } from './documents.ts';
import { buildEntries, type ResolvedMention } from './entries.ts';
import { adoptNumberedPlenumResolutions } from './plenum-names.ts';

export type { SelfIdentity } from './documents.ts';

export function resolveReferences(
  normalised: NormalisedText,
  mentions: readonly Mention[],
  classifications: readonly Classification[],
  self: SelfIdentity,
): Reference[] {
  const documents = nameDocuments(mentions, self);
  adoptNumberedPlenumResolutions(documents, normalised.text);
  const antecedents = resolveAnaphora(mentions, documents, self);
  const resolved: ResolvedMention[] = [];
  mentions.forEach((mention, i) => {
    const target = documents[i] ?? antecedents[i] ?? null;
    const classification = classifications[i];
    if (!target || target.isSelf || !classification) return;
    let subject: ResolvedMention['subject'] = 'self';
    if (classification.subject !== 'self') {
      const carrier = documents[classification.subject];
      if (carrier && !carrier.isSelf && carrier.key !== target.key) {
        subject = { key: carrier.key, number: carrier.mention.symbol?.normalised ?? carrier.mention.name ?? carrier.key };
      }
    }
    resolved.push({ mention, key: target.key, classification, subject });
  });
  return buildEntries(resolved, normalised);
}
