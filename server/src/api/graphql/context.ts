// What every resolver gets: the store behind per-request DataLoaders (so a page of 50
// documents costs one store round-trip per level), the caller's write permission, limits.
import DataLoader from 'dataloader';
import type { EdgeKind, GraphStore, StoredDocument, StoredEdge, Subgraph } from '../../store/port.ts';
import type { ApiLimits } from '../limits.ts';
import type { WriteAccess } from '../http/auth.ts';
import type { Ingestion } from '../ingestion.ts';

export interface Loaders {
  document: DataLoader<string, StoredDocument | null>;
  outgoing: DataLoader<string, StoredEdge[]>;
  incoming: DataLoader<string, StoredEdge[]>;
  text: DataLoader<string, string | null>;
}

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  limits: ApiLimits;
  access: WriteAccess;
  /** Counts a write against the caller's allowance; throws RATE_LIMITED when spent. */
  chargeWrite(): void;
  ingestion: Ingestion;
}

function edgeLoader(store: GraphStore, direction: 'out' | 'in'): DataLoader<string, StoredEdge[]> {
  return new DataLoader(async (keys) => {
    const edges = await store.edgesOf(keys, direction);
    const byKey = new Map<string, StoredEdge[]>(keys.map((key) => [key, []]));
    for (const edge of edges) byKey.get(direction === 'out' ? edge.from : edge.to)?.push(edge);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    document: new DataLoader((keys) => store.getDocuments(keys)),
    outgoing: edgeLoader(store, 'out'),
    incoming: edgeLoader(store, 'in'),
    // Texts are large and asked for one at a time; the loader only de-duplicates.
    text: new DataLoader((keys) => Promise.all(keys.map((key) => store.getText(key))), { batch: false }),
  };
}

/** A node every edge end can show even if the store lost it: a bare placeholder. */
export function bareDocument(key: string): StoredDocument {
  return {
    key, placeholder: true, candidates: [], type: null, number: null, issuer: null, date: null, place: null,
    title: null, level: null, province: null, system: null, term: null, source: null,
  };
}

export async function documentsByKey(context: ApiContext, keys: Iterable<string>): Promise<Map<string, StoredDocument>> {
  const unique = [...new Set(keys)];
  const found = await context.loaders.document.loadMany(unique);
  return new Map(unique.map((key, index) => {
    const document = found[index];
    return [key, document && !(document instanceof Error) ? document : bareDocument(key)];
  }));
}

export interface Downstream {
  lineage: Subgraph;
  /** The source and every document downstream of it, bare placeholders where the store has none. */
  documents: Map<string, StoredDocument>;
}

/** What implements (or cites) a document, transitively: the input of coverage and timelines. */
export async function downstreamOf(context: ApiContext, key: string, relations: EdgeKind[] | undefined, depth: number): Promise<Downstream> {
  const lineage = await context.store.lineage({ key, direction: 'DOWN', depth, relations, limit: context.limits.maxLineageNodes });
  for (const node of lineage.nodes) context.loaders.document.prime(node.key, node);
  const documents = await documentsByKey(context, [key, ...lineage.nodes.map((node) => node.key)]);
  return { lineage, documents };
}
