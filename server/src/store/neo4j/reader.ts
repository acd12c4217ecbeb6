// The read side of the Neo4j adapter; each public method runs in one read transaction.
import type { EdgeKind, GraphStats, LineageQuery, SearchPage, SearchQuery, StoredDocument, StoredEdge, Subgraph } from '../port.ts';
import { foldVietnamese } from '../../domain/fold.ts';
import { compactIdentifier } from '../resolution/identifiers.ts';
import { searchTerms } from '../resolution/search-terms.ts';
import { provinceFilterKeys } from '../resolution/provinces.ts';
import * as cypher from './cypher.ts';
import { int, type Run } from './executor.ts';
import { toStoredDocument } from './properties.ts';
import { edgesAlong } from '../subgraph.ts';

/** Paths a traversal may enumerate before it stops, whatever depth was asked. */
const TRAVERSAL_SCAN_LIMIT = 50_000;

const kindsOf = (relations: EdgeKind[] | undefined): EdgeKind[] => (relations && relations.length > 0 ? relations : cypher.EDGE_KINDS);

export async function getDocuments(run: Run, keys: readonly string[]): Promise<(StoredDocument | null)[]> {
  const rows = await run<{ document: Record<string, unknown> }>(cypher.GET_DOCUMENTS, { keys: [...new Set(keys)] });
  const byKey = new Map(rows.map((row) => [row.document.key as string, toStoredDocument(row.document)]));
  return keys.map((key) => byKey.get(key) ?? null);
}

export async function edges(run: Run, statement: string, parameters: Record<string, unknown>): Promise<StoredEdge[]> {
  const rows = await run<{ edge: StoredEdge }>(statement, parameters);
  return rows.map((row) => ({ ...row.edge, id: String(row.edge.id), cue: row.edge.cue ?? null }));
}

export async function edgesAmong(run: Run, keys: string[], relations?: EdgeKind[]): Promise<StoredEdge[]> {
  return edges(run, cypher.EDGES_AMONG, { keys, kinds: kindsOf(relations) });
}

/** Nearest depth of every document reached within `depth` steps, stopping once more than `limit` are known. */
async function walk(run: Run, query: LineageQuery, direction: 'UP' | 'DOWN', limit: number): Promise<Map<string, number>> {
  const depthOf = new Map<string, number>([[query.key, 0]]);
  let frontier = [query.key];
  for (let depth = 1; depth <= query.depth && frontier.length > 0 && depthOf.size <= limit; depth++) {
    const rows = await run<{ key: string }>(cypher.lineageStep(direction), { frontier, kinds: kindsOf(query.relations), limit: int(TRAVERSAL_SCAN_LIMIT) });
    frontier = rows.map((row) => row.key).filter((key) => !depthOf.has(key));
    for (const key of frontier) depthOf.set(key, depth);
  }
  return depthOf;
}

export async function lineage(run: Run, query: LineageQuery): Promise<Subgraph> {
  const [root] = await getDocuments(run, [query.key]);
  if (!root) return { nodes: [], edges: [], truncated: false };
  const limit = Math.max(1, query.limit);
  const depthOf = new Map<string, number>();
  const directions = query.direction === 'BOTH' ? (['UP', 'DOWN'] as const) : [query.direction];
  for (const direction of directions) {
    for (const [key, depth] of await walk(run, query, direction, limit)) depthOf.set(key, Math.min(depthOf.get(key) ?? Infinity, depth));
  }
  const ordered = [...depthOf.entries()].sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0)).map(([key]) => key);
  const kept = ordered.slice(0, limit);
  const nodes = (await getDocuments(run, kept)).filter((node): node is StoredDocument => node !== null);
  return { nodes, edges: await edgesAmong(run, kept, query.relations), truncated: ordered.length > limit };
}

export async function paths(run: Run, from: string, to: string, maxDepth: number, limit: number): Promise<Subgraph[]> {
  if (maxDepth < 1 || limit < 1) return [];
  const rows = await run<{ route: string[] }>(cypher.routes(maxDepth), { from, to, scan: int(TRAVERSAL_SCAN_LIMIT), limit: int(limit) });
  const routes = rows.map((row) => row.route);
  const documents = new Map((await getDocuments(run, [...new Set(routes.flat())])).flatMap((d) => (d ? [[d.key, d] as const] : [])));
  const pairs = [...new Set(routes.flatMap((route) => route.slice(1).map((key, index) => JSON.stringify([route[index], key]))))].map(
    (pair) => JSON.parse(pair) as [string, string],
  );
  const found = await edges(run, cypher.EDGES_BETWEEN_PAIRS, { pairs });
  return routes.map((route) => ({
    nodes: route.map((key) => documents.get(key)!).filter(Boolean),
    edges: edgesAlong(route, found),
    truncated: false,
  }));
}

export async function search(run: Run, query: SearchQuery): Promise<SearchPage> {
  const terms = searchTerms(query.text);
  const filter = query.filter ?? {};
  const list = (values: string[] | undefined) => (values && values.length > 0 ? values : null);
  const parameters = {
    placeholders: filter.includePlaceholders !== false,
    types: list(filter.types),
    typesFolded: (filter.types ?? []).map(foldVietnamese),
    levels: list(filter.levels),
    provinces: filter.provinces && filter.provinces.length > 0 ? provinceFilterKeys(filter.provinces) : null,
    issuer: filter.issuer ? foldVietnamese(filter.issuer) : null,
    yearFrom: filter.yearFrom ?? null,
    yearTo: filter.yearTo ?? null,
    identifier: terms.identifier,
    keyNumber: terms.keyFields?.number ?? null,
    keyType: terms.keyFields?.type ?? null,
    keyIssuer: terms.keyFields?.issuer ?? null,
    keyYear: terms.keyFields?.year ?? null,
    keyPeriod: terms.keyFields?.year ? String(terms.keyFields.year) : null,
    first: int(Math.max(0, query.first)),
    offset: int(Math.max(0, query.offset)),
  };
  const page = async (lucene: string | null): Promise<SearchPage> => {
    const shape = { fullText: lucene !== null, identifier: terms.identifier !== null, keyFields: terms.keyFields !== null };
    const [count] = await run<{ total: number }>(cypher.search({ ...shape, mode: 'count' }), { ...parameters, lucene });
    const rows = await run<{ document: Record<string, unknown>; score: number }>(cypher.search({ ...shape, mode: 'page' }), { ...parameters, lucene });
    return { items: rows.map((row) => ({ document: toStoredDocument(row.document), score: row.score })), totalCount: count?.total ?? 0 };
  };
  if (terms.words.length === 0) return page(null);
  const strict = await page(luceneQuery(terms.words, 'all'));
  if (strict.totalCount > 0 || terms.words.length < 2) return strict;
  return page(luceneQuery(terms.words, 'any'));
}

/** Folded words only contain letters and digits, so they need no Lucene escaping. */
function luceneQuery(words: string[], mode: 'all' | 'any'): string {
  const prefix = mode === 'all' ? '+' : '';
  return words.map((word, index) => `${prefix}${word}${index === words.length - 1 ? '*' : ''}`).join(' ');
}

export async function findByNumber(run: Run, number: string): Promise<StoredDocument[]> {
  const rows = await run<{ document: Record<string, unknown> }>(cypher.FIND_BY_NUMBER, { compact: compactIdentifier(number) });
  return rows.map((row) => toStoredDocument(row.document));
}

export async function wholeGraph(run: Run, limit: number): Promise<Subgraph> {
  const rows = await run<{ document: Record<string, unknown> }>(cypher.WHOLE_GRAPH_NODES, { limit: int(Math.max(0, limit) + 1) });
  const nodes = rows.slice(0, Math.max(0, limit)).map((row) => toStoredDocument(row.document));
  return { nodes, edges: await edgesAmong(run, nodes.map((node) => node.key)), truncated: rows.length > limit };
}

export async function stats(run: Run): Promise<GraphStats> {
  const [counts] = await run<{ documents: number; placeholders: number }>(cypher.STATS_COUNTS);
  const grouped = (property: 'type' | 'level' | 'province' | 'year') => run<{ value: string; count: number }>(cypher.statsBy(property));
  const implemented = await run<{ document: Record<string, unknown>; count: number }>(cypher.STATS_MOST_IMPLEMENTED);
  return {
    documents: counts?.documents ?? 0,
    placeholders: counts?.placeholders ?? 0,
    edges: await run<{ kind: EdgeKind; count: number }>(cypher.STATS_EDGES),
    byType: await grouped('type'),
    byLevel: await grouped('level'),
    byProvince: await grouped('province'),
    byYear: await grouped('year'),
    mostImplemented: implemented.map((row) => ({ document: toStoredDocument(row.document), count: row.count })),
  };
}
