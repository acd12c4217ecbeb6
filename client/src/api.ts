// The client's only way to the data: GraphQL at /graphql and the HTTP endpoints beside it.
import type { DocumentDetail, DocumentSummary, Direction, Lineage, SearchFilter } from './model.ts';
import { COVERAGE, DOCUMENT, LINEAGE, PATH, SEARCH, type CoverageResult, type PathResult } from './queries.ts';

export class ApiError extends Error {
  constructor(message: string, readonly kind: 'network' | 'api', readonly code: string | null = null) {
    super(message);
  }
}

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(error instanceof Error ? error.message : String(error), 'network');
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'network');
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, 'api', first.extensions?.code ?? null);
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'api');
  return body.data;
}

export async function searchDocuments(query: string, filter: SearchFilter, first: number): Promise<{ hits: DocumentSummary[]; totalCount: number }> {
  const data = await graphql<{ search: { hits: { document: DocumentSummary }[]; totalCount: number } }>(SEARCH, { query, filter, first });
  return { hits: data.search.hits.map((hit) => hit.document), totalCount: data.search.totalCount };
}

export async function fetchLineage(key: string, direction: Direction, depth: number, limit: number): Promise<Lineage> {
  return (await graphql<{ lineage: Lineage }>(LINEAGE, { key, direction, depth, limit })).lineage;
}

export async function fetchDocument(key: string): Promise<DocumentDetail | null> {
  return (await graphql<{ document: DocumentDetail | null }>(DOCUMENT, { key })).document;
}

export async function fetchPaths(from: string, to: string, maxDepth: number): Promise<PathResult[]> {
  return (await graphql<{ path: PathResult[] }>(PATH, { from, to, maxDepth, limit: 1 })).path;
}

export async function fetchCoverage(key: string): Promise<CoverageResult> {
  return (await graphql<{ coverage: CoverageResult }>(COVERAGE, { key })).coverage;
}
