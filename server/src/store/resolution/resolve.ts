// Deciding which node a reference lands on. A full key is its own node. A partial key
// ("?" where the text did not say: no year, no province) lands on the one known document
// it matches; with none or several it stays an unresolved placeholder of its own, listing
// the candidates. Re-deciding whenever a matching node appears or goes away is what makes
// the graph the same whatever order the texts arrive in. A candidate must also agree with
// what the reference wrote (resolution/agreement.ts): a document of another date is never it.
import { isPartialKey, keyMatches, parseDocumentKey } from '../../domain/document-key.ts';
import { agreesWith, needsWrittenDate, type Candidate, type StatedFacts } from './agreement.ts';

/** At most this many candidates are listed on an unresolved placeholder. */
export const CANDIDATE_LIMIT = 25;

export interface Resolution {
  pattern: string;
  /** The node the pattern's edges attach to: the single candidate, or the pattern's own placeholder. */
  target: string;
  candidates: string[];
}

const NOTHING_STATED: StatedFacts = { date: null, term: null };

/**
 * `known` are nodes that exist (a bare key when its date is not at hand); partial ones are
 * never candidates. `stated` is what the references written with the pattern said.
 */
export function resolvePattern(pattern: string, known: Iterable<string | Candidate>, stated: StatedFacts = NOTHING_STATED): Resolution {
  if (!isPartialKey(pattern)) return { pattern, target: pattern, candidates: [] };
  const agreeing = new Set<string>();
  for (const item of known) {
    const candidate = typeof item === 'string' ? { key: item, date: null } : item;
    if (!isPartialKey(candidate.key) && keyMatches(pattern, candidate.key) && agreesWith(stated, candidate)) agreeing.add(candidate.key);
  }
  const candidates = [...agreeing].sort();
  // Listed, but not landed on, when only a written date could tell which one it is.
  const parts = parseDocumentKey(pattern);
  const undecidable = parts !== null && needsWrittenDate(parts, stated);
  const target = candidates.length === 1 && !undecidable ? candidates[0]! : pattern;
  return { pattern, target, candidates: candidates.slice(0, CANDIDATE_LIMIT) };
}

/** The indexed fields a store uses to narrow candidate look-ups: the key's number and type. */
export function lookupFields(key: string): { number: string; type: string } {
  const parts = parseDocumentKey(key);
  return { number: parts?.number ?? '?', type: parts?.type ?? '?' };
}

/** The six key fields, for storing as columns/properties next to the key. */
export function keyColumns(key: string): { system: string; issuer: string; scope: string; type: string; number: string; period: string } {
  return parseDocumentKey(key) ?? { system: '?', issuer: '?', scope: '?', type: '?', number: '?', period: '?' };
}

/** True when a pattern's references now state something more that may change where it lands. */
export function statesMore(before: StatedFacts, after: StatedFacts): boolean {
  const facts = (stated: StatedFacts) => JSON.stringify([stated.date, stated.term, stated.issuer ?? null, stated.writtenDates ?? []]);
  return facts(before) !== facts(after);
}
