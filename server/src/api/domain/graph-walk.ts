// Breadth-first walks over a subgraph the store returned, so that each reached document
// carries the shortest chain of edges that led to it.
import type { StoredEdge } from '../../store/port.ts';

/** UP follows "from implements/cites to" forwards; DOWN walks it backwards. */
export type WalkDirection = 'UP' | 'DOWN';

export interface Reached {
  key: string;
  /** Edges from the start to this document, in walking order. */
  chain: StoredEdge[];
}

/** Implementing edges first, so that a walk prefers "thực hiện" over "căn cứ" at equal length. */
function byRelationStrength(a: StoredEdge, b: StoredEdge): number {
  return (a.kind === 'IMPLEMENTS' ? 0 : 1) - (b.kind === 'IMPLEMENTS' ? 0 : 1);
}

export function adjacency(edges: readonly StoredEdge[], direction: WalkDirection): Map<string, StoredEdge[]> {
  const next = new Map<string, StoredEdge[]>();
  for (const edge of edges) {
    const origin = direction === 'UP' ? edge.from : edge.to;
    const list = next.get(origin) ?? [];
    list.push(edge);
    next.set(origin, list);
  }
  for (const list of next.values()) list.sort(byRelationStrength);
  return next;
}

export function otherEnd(edge: StoredEdge, direction: WalkDirection): string {
  return direction === 'UP' ? edge.to : edge.from;
}

/** Every document reachable from `start`, nearest first, without the start itself. */
export function walk(subgraph: { edges: readonly StoredEdge[] }, start: string, direction: WalkDirection): Reached[] {
  const next = adjacency(subgraph.edges, direction);
  const chains = new Map<string, StoredEdge[]>([[start, []]]);
  const queue = [start];
  const reached: Reached[] = [];
  for (let index = 0; index < queue.length; index += 1) {
    const current = queue[index]!;
    const chainHere = chains.get(current)!;
    for (const edge of next.get(current) ?? []) {
      const target = otherEnd(edge, direction);
      if (chains.has(target)) continue;
      const chain = [...chainHere, edge];
      chains.set(target, chain);
      queue.push(target);
      reached.push({ key: target, chain });
    }
  }
  return reached;
}

/** Orders the edges of a path subgraph from `from` to `to`; null when they do not form one. */
export function orderPath(edges: readonly StoredEdge[], from: string, to: string): StoredEdge[] | null {
  const reached = walk({ edges }, from, 'UP').find((entry) => entry.key === to);
  return reached ? reached.chain : null;
}
