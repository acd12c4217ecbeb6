// The lists beside the graph: documents above the focus (those it implements or cites,
// transitively) and below it (those implementing or citing it), each with its distance
// and the relation of the hop that reached it. Pure, and sortable by any column.
import { bandOf, bandIndex } from './levels.ts';
import { documentLabel, type DocumentSummary, type Lineage, type RelationName } from './model.ts';

export interface ListRow {
  doc: DocumentSummary;
  label: string;
  distance: number;
  relation: RelationName;
}

export type SortColumn = 'label' | 'date' | 'issuer' | 'level' | 'distance' | 'relation';

/** Breadth-first from `focus`, UP along from→to edges or DOWN against them. */
function reachable(lineage: Lineage, focus: string, direction: 'UP' | 'DOWN'): ListRow[] {
  const byKey = new Map(lineage.nodes.map((doc) => [doc.key, doc]));
  const next = new Map<string, { key: string; relation: RelationName }[]>();
  for (const edge of lineage.edges) {
    const [here, there] = direction === 'UP' ? [edge.from, edge.to] : [edge.to, edge.from];
    const list = next.get(here) ?? [];
    list.push({ key: there, relation: edge.relation });
    next.set(here, list);
  }
  const rows: ListRow[] = [];
  const seen = new Set([focus]);
  let frontier = [focus];
  for (let distance = 1; frontier.length > 0; distance++) {
    const following: string[] = [];
    for (const key of frontier) {
      for (const step of next.get(key) ?? []) {
        if (seen.has(step.key)) continue;
        seen.add(step.key);
        following.push(step.key);
        const doc = byKey.get(step.key);
        if (doc) rows.push({ doc, label: documentLabel(doc), distance, relation: step.relation });
      }
    }
    frontier = following;
  }
  return rows;
}

export function governingRows(lineage: Lineage, focus: string): ListRow[] {
  return reachable(lineage, focus, 'UP');
}

export function implementingRows(lineage: Lineage, focus: string): ListRow[] {
  return reachable(lineage, focus, 'DOWN');
}

function compareText(a: string | null, b: string | null): number {
  // Unknown values sort last whichever the direction.
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'vi', { numeric: true });
}

export function sortRows(rows: readonly ListRow[], column: SortColumn, ascending: boolean): ListRow[] {
  const sign = ascending ? 1 : -1;
  const compare = (a: ListRow, b: ListRow): number => {
    switch (column) {
      case 'label': return sign * compareText(a.label, b.label);
      case 'date': return a.doc.date && b.doc.date ? sign * compareText(a.doc.date, b.doc.date) : compareText(a.doc.date, b.doc.date);
      case 'issuer': return a.doc.issuer && b.doc.issuer ? sign * compareText(a.doc.issuer, b.doc.issuer) : compareText(a.doc.issuer, b.doc.issuer);
      case 'level': return sign * (bandIndex(bandOf(a.doc)) - bandIndex(bandOf(b.doc)));
      case 'distance': return sign * (a.distance - b.distance);
      case 'relation': return sign * a.relation.localeCompare(b.relation);
    }
  };
  return rows.slice().sort((a, b) => compare(a, b) || a.distance - b.distance || compareText(a.label, b.label));
}
