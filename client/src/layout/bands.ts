// The layout for big graphs, linear in nodes and edges (plus one sort per row): each node
// goes to the band of its level; inside a band, a document that implements another of the
// same band goes a row below it; a row wider than the screen can hold wraps; nodes are
// ordered under the documents they implement (one top-down barycentre sweep).
import { BANDS, type Band } from '../levels.ts';
import { GEOMETRY, append, stackBands, type LayoutEdge, type LayoutNode, type Placement, type Point } from './geometry.ts';

/** Row index of each node inside its band: longest path along same-band edges (Kahn). */
function rowsInsideBands(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Map<string, number> {
  const bandOfNode = new Map(nodes.map((node) => [node.id, node.band]));
  const below = new Map<string, string[]>();
  const waiting = new Map<string, number>(nodes.map((node) => [node.id, 0]));
  for (const { source, target } of edges) {
    if (source === target || bandOfNode.get(source) !== bandOfNode.get(target) || !bandOfNode.has(source)) continue;
    // `source` implements or cites `target`: the governing `target` goes above.
    append(below, target, source);
    waiting.set(source, (waiting.get(source) ?? 0) + 1);
  }
  const row = new Map<string, number>();
  const queue = nodes.filter((node) => waiting.get(node.id) === 0).map((node) => node.id);
  for (const id of queue) row.set(id, 0);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    for (const next of below.get(id) ?? []) {
      row.set(next, Math.max(row.get(next) ?? 0, (row.get(id) ?? 0) + 1));
      const left = (waiting.get(next) ?? 1) - 1;
      waiting.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  // Nodes on a cycle never reach zero: they keep the deepest row seen so far.
  for (const node of nodes) if (!row.has(node.id)) row.set(node.id, 0);
  return row;
}

/** How many nodes fit side by side before a row wraps: wider rows for bigger graphs. */
export function rowCapacity(nodeCount: number): number {
  return Math.max(12, Math.ceil(Math.sqrt(nodeCount) * 2));
}

export function bandLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Placement {
  const rowOf = rowsInsideBands(nodes, edges);
  const capacity = rowCapacity(nodes.length);
  const governing = new Map<string, string[]>();
  for (const { source, target } of edges) append(governing, source, target);

  // Group by band, then by row inside the band, keeping the input order.
  const groups = new Map<Band, Map<number, LayoutNode[]>>();
  for (const node of nodes) {
    if (!groups.has(node.band)) groups.set(node.band, new Map());
    append(groups.get(node.band)!, rowOf.get(node.id) ?? 0, node);
  }

  const x = new Map<string, number>();
  const visualRows: { band: Band; ids: string[] }[] = [];
  for (const band of BANDS) {
    const rows = groups.get(band);
    if (!rows) continue;
    for (const row of [...rows.keys()].sort((a, b) => a - b)) {
      const members = rows.get(row)!;
      const order = members.map((node, index) => {
        const placedAbove = (governing.get(node.id) ?? []).flatMap((id) => (x.has(id) ? [x.get(id)!] : []));
        const barycentre = placedAbove.length > 0 ? placedAbove.reduce((a, b) => a + b, 0) / placedAbove.length : Number.POSITIVE_INFINITY;
        return { id: node.id, barycentre, index };
      });
      order.sort((a, b) => a.barycentre - b.barycentre || a.index - b.index);
      for (let start = 0; start < order.length; start += capacity) {
        const chunk = order.slice(start, start + capacity);
        chunk.forEach((entry, i) => x.set(entry.id, (i - (chunk.length - 1) / 2) * GEOMETRY.nodeGap));
        visualRows.push({ band, ids: chunk.map((entry) => entry.id) });
      }
    }
  }

  const rowsPerBand = new Map<Band, number>();
  for (const { band } of visualRows) rowsPerBand.set(band, (rowsPerBand.get(band) ?? 0) + 1);
  const { boxes, firstRowY } = stackBands(rowsPerBand);
  const positions = new Map<string, Point>();
  const rowInBand = new Map<Band, number>();
  for (const { band, ids } of visualRows) {
    const index = rowInBand.get(band) ?? 0;
    rowInBand.set(band, index + 1);
    const y = (firstRowY.get(band) ?? 0) + index * GEOMETRY.rowGap;
    for (const id of ids) positions.set(id, { x: x.get(id) ?? 0, y });
  }
  return { positions, bands: boxes };
}
