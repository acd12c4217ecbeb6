// The documents that govern a local one: follow "implements" and "cites" upwards and stop
// at the documents that point no further — ideally the central ones at the top.
import type { StoredDocument, StoredEdge, Subgraph } from '../../store/port.ts';
import { adjacency, walk } from './graph-walk.ts';

export interface GoverningChain {
  /** The document at the top of this chain. */
  top: string;
  /** Edges from the local document up to `top`, in order. */
  edges: StoredEdge[];
  reachesCentral: boolean;
  /** True when every hop is "implements" (no hop is a mere citation). */
  implementsAllTheWay: boolean;
}

type Levels = ReadonlyMap<string, Pick<StoredDocument, 'level'> | null>;

function rank(chain: GoverningChain): number[] {
  return [chain.reachesCentral ? 0 : 1, chain.implementsAllTheWay ? 0 : 1, chain.edges.length];
}

function compareRanks(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * One chain per top document: the shortest route made only of "implements" hops when
 * there is one (it tells how policy was carried down), else the shortest route.
 * Central chains come first, then those that implement all the way, then the shorter.
 */
export function governingChains(start: string, upward: Pick<Subgraph, 'edges'>, documents: Levels): GoverningChain[] {
  const onwards = adjacency(upward.edges, 'UP');
  const implementing = upward.edges.filter((edge) => edge.kind === 'IMPLEMENTS');
  const implementingChains = new Map(walk({ edges: implementing }, start, 'UP').map((reached) => [reached.key, reached.chain]));
  const chains = walk(upward, start, 'UP')
    .filter((reached) => (onwards.get(reached.key) ?? []).every((edge) => edge.to === start))
    .map((reached) => ({ top: reached.key, edges: implementingChains.get(reached.key) ?? reached.chain }))
    .map(({ top, edges }) => ({
      top,
      edges,
      reachesCentral: documents.get(top)?.level === 'central',
      implementsAllTheWay: edges.every((edge) => edge.kind === 'IMPLEMENTS'),
    }));
  return chains.sort((a, b) => compareRanks(rank(a), rank(b)) || a.top.localeCompare(b.top));
}
