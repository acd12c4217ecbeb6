// The GraphQL documents the client sends, and the shapes of their answers.
import type { DocumentSummary, EvidenceEdge } from './model.ts';

const SUMMARY = 'key type number issuer date title level province system placeholder';
/** Unresolved placeholders list the documents they could be; asked for only where shown. */
const WITH_CANDIDATES = `${SUMMARY} candidates { key }`;
const EVIDENCE = `id relation cue sentence surface start end
  from { ${SUMMARY} } to { ${SUMMARY} } assertedBy { key number type title }`;

export const SEARCH = `query Search($query: String!, $filter: SearchFilter, $first: Int) {
  search(query: $query, filter: $filter, first: $first) { totalCount hits { document { ${SUMMARY} } } }
}`;

export const LINEAGE = `query Lineage($key: ID!, $direction: Direction, $depth: Int, $limit: Int) {
  lineage(key: $key, direction: $direction, depth: $depth, limit: $limit) {
    truncated
    nodes { ${SUMMARY} }
    edges { id from to relation assertedBy cue sentence }
  }
}`;

export const DOCUMENT = `query Document($key: ID!) {
  document(key: $key) {
    ${WITH_CANDIDATES} place term source text
    references { ${EVIDENCE} }
    referencedBy { ${EVIDENCE} }
  }
}`;

export const PATH = `query Path($from: ID!, $to: ID!, $maxDepth: Int, $limit: Int) {
  path(from: $from, to: $to, maxDepth: $maxDepth, limit: $limit) {
    length
    hops { ${EVIDENCE} }
  }
}`;

export interface PathResult {
  length: number;
  hops: EvidenceEdge[];
}

export const COVERAGE = `query Coverage($key: ID!) {
  coverage(key: $key) {
    source { ${SUMMARY} }
    provinces { province direct documents first { date lagDays hops document { ${SUMMARY} } } }
    missingProvinces
    knownProvinceCount
    truncated
  }
}`;

export interface CoverageResult {
  source: DocumentSummary;
  provinces: {
    province: string;
    direct: boolean;
    documents: number;
    first: { date: string | null; lagDays: number | null; hops: number; document: DocumentSummary };
  }[];
  missingProvinces: string[];
  knownProvinceCount: number;
  truncated: boolean;
}
