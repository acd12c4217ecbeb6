// Lineage walks level by level: one indexed query per level and direction fetches the
// documents next to the frontier, a visited set keeps each document at the depth it was
// first reached, and the walk stops once `limit + 1` documents are known. The cost is
// bounded by the limit asked, not by the size of a central resolution's implementation tree.
import type { LineageQuery } from '../port.ts';
import type { Connection } from './connection.ts';

type Walk = 'UP' | 'DOWN';

export interface Reached {
  key: string;
  depth: number;
}

function neighboursSql(walk: Walk, kinds: string): string {
  // UP follows edges (from → to), DOWN goes against them.
  const [near, far] = walk === 'UP' ? ['from_key', 'to_key'] : ['to_key', 'from_key'];
  return `SELECT DISTINCT e.${far} AS key FROM json_each(?) f JOIN edges e ON e.${near} = f.value WHERE e.kind IN ${kinds}`;
}

/**
 * The nearest documents of a lineage, nearest first (depth, then key), at most `limit + 1`
 * of them: one more than asked tells that some were left out. BOTH is the union of an UP
 * and a DOWN walk (a document keeps the smaller of its two depths), never a walk that turns.
 */
export function nearestInLineage(connection: Connection, query: LineageQuery, kinds: string, limit: number): Reached[] {
  const walks: Walk[] = query.direction === 'BOTH' ? ['UP', 'DOWN'] : [query.direction];
  const depthOf = new Map<string, number>([[query.key, 0]]);
  const state = walks.map((walk) => ({ walk, sql: neighboursSql(walk, kinds), visited: new Set([query.key]), frontier: [query.key] }));
  const maxDepth = Math.max(0, query.depth);
  for (let depth = 1; depth <= maxDepth && depthOf.size <= limit; depth++) {
    for (const walk of state) {
      if (walk.frontier.length === 0) continue;
      const rows = connection.sql(walk.sql).all(JSON.stringify(walk.frontier)) as { key: string }[];
      walk.frontier = [];
      for (const { key } of rows) {
        if (walk.visited.has(key)) continue;
        walk.visited.add(key);
        walk.frontier.push(key);
        if (!depthOf.has(key)) depthOf.set(key, depth);
      }
    }
    if (state.every((walk) => walk.frontier.length === 0)) break;
  }
  return [...depthOf]
    .map(([key, depth]) => ({ key, depth }))
    .sort((a, b) => a.depth - b.depth || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit + 1);
}
