// The documents downstream of a source, in the order they were issued, each with how
// long after the source it came and how many hops away it sits.
import type { StoredDocument, StoredEdge, Subgraph } from '../../store/port.ts';
import { compareDates, lagInDays } from './dates.ts';
import { walk } from './graph-walk.ts';

export interface TimelineEntry {
  key: string;
  date: string | null;
  lagDays: number | null;
  hops: number;
  /** The edge by which this document joins the chain (it implements or cites the one above). */
  via: StoredEdge;
}

export function buildTimeline(
  source: string,
  downward: Pick<Subgraph, 'edges'>,
  documents: ReadonlyMap<string, Pick<StoredDocument, 'date'> | null>,
): TimelineEntry[] {
  const sourceDate = documents.get(source)?.date ?? null;
  const entries = walk(downward, source, 'DOWN').map((reached) => {
    const date = documents.get(reached.key)?.date ?? null;
    return { key: reached.key, date, lagDays: lagInDays(sourceDate, date), hops: reached.chain.length, via: reached.chain.at(-1)! };
  });
  return entries.sort((a, b) => compareDates(a.date, b.date) || a.hops - b.hops || a.key.localeCompare(b.key));
}
