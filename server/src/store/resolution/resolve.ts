// Deciding which node a reference lands on. A full key is its own node. A partial key
// ("?" where the text did not say: no year, no province) lands on the one known document
// it matches; with none or several it stays an unresolved placeholder of its own, listing
// the candidates. Re-deciding whenever a matching node appears or goes away is what makes
// the graph the same whatever order the texts arrive in.
import { isPartialKey, keyMatches, parseDocumentKey } from '../../domain/document-key.ts';

/** At most this many candidates are listed on an unresolved placeholder. */
export const CANDIDATE_LIMIT = 25;

export interface Resolution {
  pattern: string;
  /** The node the pattern's edges attach to: the single candidate, or the pattern's own placeholder. */
  target: string;
  candidates: string[];
}

/** `known` are keys of nodes that exist; partial ones are never candidates. */
export function resolvePattern(pattern: string, known: Iterable<string>): Resolution {
  if (!isPartialKey(pattern)) return { pattern, target: pattern, candidates: [] };
  const candidates = [...new Set(known)].filter((key) => !isPartialKey(key) && keyMatches(pattern, key)).sort();
  const target = candidates.length === 1 ? candidates[0]! : pattern;
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
