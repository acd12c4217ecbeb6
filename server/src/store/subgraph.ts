// Small pure helpers both adapters use to assemble subgraphs.
import type { StoredEdge } from './port.ts';

/** The edges of a route, hop by hop (parallel edges of one hop, asserted by different texts, side by side). */
export function edgesAlong(route: readonly string[], edges: readonly StoredEdge[]): StoredEdge[] {
  return route.slice(1).flatMap((to, index) => edges.filter((edge) => edge.from === route[index] && edge.to === to));
}
