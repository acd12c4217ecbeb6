// Every Cypher statement the Neo4j adapter sends, as named constants or small named
// functions of a closed set of inputs (edge kind, traversal depth, search shape), so the
// whole set can be listed, linted with Neo4j's parser and snapshot-tested
// (test/store/cypher-lint.test.ts). Every value is a parameter.
import type { EdgeKind } from '../port.ts';

export const EDGE_KINDS: EdgeKind[] = ['IMPLEMENTS', 'CITES'];

/** Every label, relationship type and property the statements may use: the linter flags any other (a typo). */
export const GRAPH_SCHEMA = {
  labels: ['Document', 'Issuer', 'Pattern'],
  relationshipTypes: [...EDGE_KINDS, 'ISSUED_BY'],
  propertyKeys: [
    // Document (see properties.ts)
    'key', 'placeholder', 'partial', 'candidates', 'kType', 'kNumber', 'kIssuer', 'kPeriod', 'type', 'number', 'numberCompact',
    'issuer', 'issuerFolded', 'date', 'year', 'place', 'title', 'level', 'province', 'provinceKey', 'system', 'term', 'typeFolded',
    'source', 'contentHash', 'text', 'sNumber', 'sType', 'sIssuer', 'sTitle', 'sBody',
    // IMPLEMENTS / CITES
    'id', 'assertedBy', 'fromRef', 'toRef', 'cue', 'sentence', 'surface', 'start', 'end',
    // Pattern and Issuer
    'pattern', 'target', 'properties', 'name',
    // fields of the rows sent to UNWIND (read like properties by the linter)
    'from', 'to',
  ],
};
/** Variable-length patterns need literal bounds: path depths are clamped to 1..MAX_TRAVERSAL_DEPTH. */
export const MAX_TRAVERSAL_DEPTH = 8;

/** What a document node returns: the port's StoredDocument fields. */
const DOCUMENT = `{ .key, .placeholder, .candidates, .type, .number, .issuer, .date, .place, .title, .level, .province, .system, .term, .source }`;
const edge = (r: string) =>
  `{ id: ${r}.id, from: startNode(${r}).key, to: endNode(${r}).key, kind: type(${r}), assertedBy: ${r}.assertedBy, cue: ${r}.cue, sentence: ${r}.sentence, surface: ${r}.surface, start: ${r}.start, end: ${r}.end }`;

export const SCHEMA = [
  'CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE',
  'CREATE CONSTRAINT issuer_key IF NOT EXISTS FOR (i:Issuer) REQUIRE i.key IS UNIQUE',
  'CREATE CONSTRAINT pattern_key IF NOT EXISTS FOR (p:Pattern) REQUIRE p.pattern IS UNIQUE',
  'CREATE INDEX document_number_compact IF NOT EXISTS FOR (d:Document) ON (d.numberCompact)',
  'CREATE INDEX document_key_number IF NOT EXISTS FOR (d:Document) ON (d.kNumber)',
  'CREATE INDEX document_key_type IF NOT EXISTS FOR (d:Document) ON (d.kType)',
  'CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source)',
  'CREATE INDEX document_placeholder IF NOT EXISTS FOR (d:Document) ON (d.placeholder)',
  'CREATE INDEX pattern_lookup IF NOT EXISTS FOR (p:Pattern) ON (p.kNumber)',
  ...EDGE_KINDS.flatMap((kind) => [
    `CREATE INDEX ${kind.toLowerCase()}_asserted_by IF NOT EXISTS FOR ()-[r:${kind}]-() ON (r.assertedBy)`,
    `CREATE INDEX ${kind.toLowerCase()}_to_ref IF NOT EXISTS FOR ()-[r:${kind}]-() ON (r.toRef)`,
    `CREATE INDEX ${kind.toLowerCase()}_from_ref IF NOT EXISTS FOR ()-[r:${kind}]-() ON (r.fromRef)`,
  ]),
  // Values are folded by our own code (đ → d); the analyzer folds what remains and tokenises.
  "CREATE FULLTEXT INDEX document_search IF NOT EXISTS FOR (d:Document) ON EACH [d.sNumber, d.sType, d.sIssuer, d.sTitle, d.sBody] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
];

// ---- writes -------------------------------------------------------------------------

export const SOURCE_DOCUMENT = 'MATCH (d:Document {source: $source}) RETURN d.key AS key, d.contentHash AS contentHash LIMIT 1';

export const NODES_BY_KEYS = `UNWIND $keys AS key OPTIONAL MATCH (d:Document {key: key}) RETURN key, d ${DOCUMENT} AS node, d.partial AS partial`;

/** Creates or overwrites nodes; `row.properties` carries every stored property. */
export const WRITE_NODES = 'UNWIND $rows AS row MERGE (d:Document {key: row.key}) SET d += row.properties';

export const SET_ISSUERS = `UNWIND $rows AS row
MATCH (d:Document {key: row.key})
OPTIONAL MATCH (d)-[old:ISSUED_BY]->(:Issuer)
DELETE old
WITH DISTINCT d, row WHERE row.issuer IS NOT NULL
MERGE (i:Issuer {key: row.issuer.key})
ON CREATE SET i.name = row.issuer.name, i.level = row.issuer.level, i.province = row.issuer.province, i.system = row.issuer.system
MERGE (d)-[:ISSUED_BY]->(i)`;

export const SET_CANDIDATES = 'MATCH (d:Document {key: $key}) SET d.candidates = $candidates';

export const DELETE_NODE = 'MATCH (d:Document {key: $key}) DETACH DELETE d';

/** Removes the edges one document asserted and returns the keys they were written with. */
export const REMOVE_ASSERTED_EDGES = `CALL () {
  MATCH ()-[r:IMPLEMENTS {assertedBy: $key}]->() RETURN r
  UNION
  MATCH ()-[r:CITES {assertedBy: $key}]->() RETURN r
}
WITH r, r.fromRef AS fromRef, r.toRef AS toRef
DELETE r
RETURN fromRef, toRef`;

export const ASSERTED_EDGE_COUNT = `CALL () {
  MATCH ()-[r:IMPLEMENTS {assertedBy: $key}]->() RETURN count(r) AS n
  UNION ALL
  MATCH ()-[r:CITES {assertedBy: $key}]->() RETURN count(r) AS n
}
RETURN sum(n) AS count`;

/** True while some edge was written naming exactly this key (what keeps a placeholder alive). */
export const NAMED_BY_EDGES = `RETURN ${EDGE_KINDS.flatMap((kind) => [
  `EXISTS { MATCH ()-[:${kind} {toRef: $key}]->() }`,
  `EXISTS { MATCH ()-[:${kind} {fromRef: $key}]->() }`,
]).join(' OR ')} AS named`;

export function createEdges(kind: EdgeKind): string {
  return `UNWIND $edges AS e
MATCH (a:Document {key: e.from})
MATCH (b:Document {key: e.to})
CREATE (a)-[r:${kind}]->(b)
SET r = e.properties, r.id = randomUUID()`;
}

/** Re-points the edges written with `$pattern` at one end to the node `$target` (a relationship cannot change ends: it is recreated with the same properties). */
export function moveEdges(kind: EdgeKind, end: 'to' | 'from'): string {
  return end === 'to'
    ? `MATCH (a:Document)-[r:${kind} {toRef: $pattern}]->(:Document)
MATCH (t:Document {key: $target})
CREATE (a)-[moved:${kind}]->(t)
SET moved = properties(r)
DELETE r`
    : `MATCH (:Document)-[r:${kind} {fromRef: $pattern}]->(b:Document)
MATCH (t:Document {key: $target})
CREATE (t)-[moved:${kind}]->(b)
SET moved = properties(r)
DELETE r`;
}

export const PATTERN = 'MATCH (p:Pattern {pattern: $pattern}) RETURN p.target AS target, p.properties AS properties';
export const CREATE_PATTERN =
  'CREATE (p:Pattern {pattern: $pattern, kType: $kType, kNumber: $kNumber, target: $target, properties: $properties})';
export const SET_PATTERN_TARGET = 'MATCH (p:Pattern {pattern: $pattern}) SET p.target = $target';
export const SET_PATTERN_PROPERTIES = 'MATCH (p:Pattern {pattern: $pattern}) SET p.properties = $properties';
export const DELETE_PATTERN = 'MATCH (p:Pattern {pattern: $pattern}) DELETE p';
export const PATTERNS_FOR = `MATCH (p:Pattern) WHERE p.kNumber IN [$number, '?'] AND p.kType IN [$type, '?'] RETURN p.pattern AS pattern`;

export const CANDIDATES_BY_NUMBER = 'MATCH (d:Document) WHERE d.kNumber = $number AND d.partial = false RETURN d.key AS key, d.date AS date, d.issuer AS issuer';
export const CANDIDATES_BY_TYPE = 'MATCH (d:Document) WHERE d.kType = $type AND d.partial = false RETURN d.key AS key, d.date AS date, d.issuer AS issuer LIMIT $limit';
export const CANDIDATES_ANY = 'MATCH (d:Document) WHERE d.partial = false RETURN d.key AS key, d.date AS date, d.issuer AS issuer LIMIT $limit';

// ---- reads ----
// Orders match SQLite's, where a missing date sorts before every date.----------------------------------------------------------------------

export const GET_DOCUMENTS = `UNWIND $keys AS key MATCH (d:Document {key: key}) RETURN d ${DOCUMENT} AS document`;
export const GET_TEXT = 'MATCH (d:Document {key: $key}) WHERE d.placeholder = false RETURN d.text AS text';
export const CONTENT_HASH = 'MATCH (d:Document {source: $source}) RETURN d.contentHash AS contentHash LIMIT 1';
export const PING = 'RETURN 1 AS ok';

export const EDGES_OUT = `UNWIND $keys AS key
MATCH (:Document {key: key})-[r:IMPLEMENTS|CITES]->(:Document)
RETURN ${edge('r')} AS edge ORDER BY edge.from, edge.kind, edge.to, edge.start`;
export const EDGES_IN = `UNWIND $keys AS key
MATCH (:Document)-[r:IMPLEMENTS|CITES]->(:Document {key: key})
RETURN ${edge('r')} AS edge ORDER BY edge.to, edge.kind, edge.from, edge.start`;

export const EDGES_AMONG = `UNWIND $keys AS key
MATCH (:Document {key: key})-[r:IMPLEMENTS|CITES]->(b:Document)
WHERE b.key IN $keys AND type(r) IN $kinds
RETURN ${edge('r')} AS edge ORDER BY edge.from, edge.kind, edge.to, edge.start`;

export const EDGES_BETWEEN_PAIRS = `UNWIND $pairs AS pair
MATCH (:Document {key: pair[0]})-[r:IMPLEMENTS|CITES]->(:Document {key: pair[1]})
RETURN ${edge('r')} AS edge ORDER BY edge.from, edge.kind, edge.to, edge.start`;

export const FIND_BY_NUMBER = `MATCH (d:Document {numberCompact: $compact}) RETURN d ${DOCUMENT} AS document ORDER BY d.placeholder, coalesce(d.date, ''), d.key`;

/**
 * One step of a lineage walk: the documents one edge away from the frontier, following
 * edges (UP: what the frontier implements or cites) or against them (DOWN). The walk goes
 * level by level, so its depth and size are bounded exactly and no path is enumerated twice.
 */
export function lineageStep(direction: 'UP' | 'DOWN'): string {
  const pattern = direction === 'UP' ? '(:Document {key: key})-[r:IMPLEMENTS|CITES]->(n:Document)' : '(:Document {key: key})<-[r:IMPLEMENTS|CITES]-(n:Document)';
  return `UNWIND $frontier AS key
MATCH ${pattern}
WHERE type(r) IN $kinds
RETURN DISTINCT n.key AS key LIMIT $limit`;
}

/** Directed routes from `$from` to `$to` visiting no node twice, shortest first. */
export function routes(maxDepth: number): string {
  const bounded = Math.min(Math.max(1, Math.trunc(maxDepth)), MAX_TRAVERSAL_DEPTH);
  return `MATCH p = (:Document {key: $from})-[:IMPLEMENTS|CITES*1..${bounded}]->(:Document {key: $to})
WITH p LIMIT $scan
WITH [n IN nodes(p) | n.key] AS route
WHERE all(i IN range(0, size(route) - 2) WHERE NOT route[i] IN route[i + 1..])
WITH DISTINCT route
RETURN route ORDER BY size(route), route LIMIT $limit`;
}

export const WHOLE_GRAPH_NODES = `MATCH (d:Document) RETURN d ${DOCUMENT} AS document ORDER BY d.placeholder, d.key LIMIT $limit`;

export const STATS_COUNTS = `MATCH (d:Document) RETURN sum(CASE WHEN d.placeholder THEN 0 ELSE 1 END) AS documents, sum(CASE WHEN d.placeholder THEN 1 ELSE 0 END) AS placeholders`;
export const STATS_EDGES = `MATCH ()-[r:IMPLEMENTS|CITES]->() RETURN type(r) AS kind, count(r) AS count ORDER BY kind`;
/** Held documents grouped by one property (a closed set: type, level, province, year). */
export function statsBy(property: 'type' | 'level' | 'province' | 'year'): string {
  return `MATCH (d:Document) WHERE d.placeholder = false AND d.${property} IS NOT NULL
RETURN toString(d.${property}) AS value, count(d) AS count ORDER BY count DESC, value`;
}
export const STATS_MOST_IMPLEMENTED = `MATCH (a:Document)-[:IMPLEMENTS]->(d:Document)
WITH d, count(DISTINCT a) AS count ORDER BY count DESC, d.key LIMIT 10
RETURN d ${DOCUMENT} AS document, count`;

// ---- consistency ---------------------------------------------------------------------

/** The graph's invariants (as in sqlite/consistency.ts): each statement returns its offenders. */
export const CONSISTENCY_CHECKS: Record<string, string> = {
  'held document without its text or source': 'MATCH (d:Document {placeholder: false}) WHERE d.text IS NULL OR d.source IS NULL RETURN d.key AS offender LIMIT 11',
  'placeholder that no edge names': `MATCH (d:Document {placeholder: true})
WHERE NOT EXISTS { MATCH ()-[r:IMPLEMENTS|CITES]->() WHERE r.toRef = d.key OR r.fromRef = d.key }
RETURN d.key AS offender LIMIT 11`,
  'edge asserted by a document not held': `MATCH ()-[r:IMPLEMENTS|CITES]->()
WHERE NOT EXISTS { MATCH (a:Document {key: r.assertedBy, placeholder: false}) }
RETURN r.id AS offender LIMIT 11`,
  'partial key without its pattern': `MATCH ()-[r:IMPLEMENTS|CITES]->()
WHERE r.toRef CONTAINS '?' AND NOT EXISTS { MATCH (p:Pattern {pattern: r.toRef}) }
RETURN DISTINCT r.toRef AS offender LIMIT 11`,
  'pattern no edge is written with': `MATCH (p:Pattern)
WHERE NOT EXISTS { MATCH ()-[r:IMPLEMENTS|CITES]->() WHERE r.toRef = p.pattern OR r.fromRef = p.pattern }
RETURN p.pattern AS offender LIMIT 11`,
  'edge not where its partial key resolves': `MATCH ()-[r:IMPLEMENTS|CITES]->(b:Document)
MATCH (p:Pattern {pattern: r.toRef})
WHERE b.key <> p.target
RETURN r.id AS offender LIMIT 11`,
  'edge not where the partial key of its subject resolves': `MATCH (a:Document)-[r:IMPLEMENTS|CITES]->()
MATCH (p:Pattern {pattern: r.fromRef})
WHERE a.key <> p.target
RETURN r.id AS offender LIMIT 11`,
  'edge written with a full key that lands elsewhere': `MATCH ()-[r:IMPLEMENTS|CITES]->(b:Document)
WHERE NOT r.toRef CONTAINS '?' AND b.key <> r.toRef
RETURN r.id AS offender LIMIT 11`,
};

// ---- search -------------------------------------------------------------------------

export interface SearchShape {
  /** A Lucene query over the folded full-text index is part of the search. */
  fullText: boolean;
  /** A compact number ("41nqtw") is matched against the indexed numberCompact. */
  identifier: boolean;
  /** A typed identifier read into key fields ("ct 19 tu") is matched against kNumber, kType, kIssuer. */
  keyFields: boolean;
  mode: 'page' | 'count';
}

const SEARCH_FILTERS = `($placeholders OR d.placeholder = false)
  AND ($types IS NULL OR d.kType IN $types OR d.typeFolded IN $typesFolded)
  AND ($levels IS NULL OR d.level IN $levels)
  AND ($provinces IS NULL OR d.provinceKey IN $provinces)
  AND ($issuer IS NULL OR d.issuerFolded CONTAINS $issuer)
  AND ($yearFrom IS NULL OR d.year >= $yearFrom)
  AND ($yearTo IS NULL OR d.year <= $yearTo)`;

/** Ranked search: exact number 1000, identifier key fields 800, number prefix 500, plus full-text relevance. */
export function search(shape: SearchShape): string {
  const sources: string[] = [];
  if (shape.identifier) {
    sources.push(`MATCH (d:Document) WHERE d.numberCompact STARTS WITH $identifier
    AND (size(d.numberCompact) = size($identifier) OR NOT $identifier =~ '.*[0-9]' OR NOT substring(d.numberCompact, size($identifier), 1) =~ '[0-9]')
    RETURN d, CASE WHEN d.numberCompact = $identifier THEN 1000.0 ELSE 500.0 END AS score`);
  }
  if (shape.keyFields) {
    sources.push(`MATCH (d:Document) WHERE d.kNumber = $keyNumber AND ($keyType IS NULL OR d.kType = $keyType) AND ($keyIssuer IS NULL OR d.kIssuer = $keyIssuer)
    AND ($keyYear IS NULL OR d.year = $keyYear OR d.kPeriod = $keyPeriod)
    RETURN d, 800.0 AS score`);
  }
  if (shape.fullText) {
    sources.push(`CALL db.index.fulltext.queryNodes('document_search', $lucene) YIELD node, score
    RETURN node AS d, score`);
  }
  if (sources.length === 0) sources.push('MATCH (d:Document) RETURN d, 0.0 AS score');
  const hits = `CALL () {
    ${sources.join('\n    UNION ALL\n    ')}
}
WITH d, sum(score) AS score
WHERE ${SEARCH_FILTERS}`;
  return shape.mode === 'count'
    ? `${hits}\nRETURN count(d) AS total`
    : `${hits}\nRETURN d ${DOCUMENT} AS document, score ORDER BY score DESC, d.placeholder, coalesce(d.date, '') DESC, d.key SKIP $offset LIMIT $first`;
}

/** Every statement the adapter can send, for linting and the snapshot. */
export function allStatements(): Record<string, string> {
  const statements: Record<string, string> = {};
  SCHEMA.forEach((statement, index) => (statements[`SCHEMA[${index}]`] = statement));
  Object.assign(statements, {
    SOURCE_DOCUMENT, NODES_BY_KEYS, WRITE_NODES, SET_ISSUERS, SET_CANDIDATES, DELETE_NODE, REMOVE_ASSERTED_EDGES,
    ASSERTED_EDGE_COUNT, NAMED_BY_EDGES, PATTERN, CREATE_PATTERN, SET_PATTERN_TARGET, SET_PATTERN_PROPERTIES,
    DELETE_PATTERN, PATTERNS_FOR, CANDIDATES_BY_NUMBER, CANDIDATES_BY_TYPE, CANDIDATES_ANY, GET_DOCUMENTS, GET_TEXT,
    CONTENT_HASH, PING, EDGES_OUT, EDGES_IN, EDGES_AMONG, EDGES_BETWEEN_PAIRS, FIND_BY_NUMBER, WHOLE_GRAPH_NODES,
    STATS_COUNTS, STATS_EDGES, STATS_MOST_IMPLEMENTED,
  });
  for (const [problem, statement] of Object.entries(CONSISTENCY_CHECKS)) statements[`CONSISTENCY_CHECKS[${problem}]`] = statement;
  for (const kind of EDGE_KINDS) {
    statements[`createEdges(${kind})`] = createEdges(kind);
    statements[`moveEdges(${kind}, to)`] = moveEdges(kind, 'to');
    statements[`moveEdges(${kind}, from)`] = moveEdges(kind, 'from');
  }
  statements['lineageStep(UP)'] = lineageStep('UP');
  statements['lineageStep(DOWN)'] = lineageStep('DOWN');
  for (let depth = 1; depth <= MAX_TRAVERSAL_DEPTH; depth++) {
    statements[`routes(${depth})`] = routes(depth);
  }
  for (const property of ['type', 'level', 'province', 'year'] as const) statements[`statsBy(${property})`] = statsBy(property);
  for (const fullText of [false, true]) {
    for (const identifier of [false, true]) {
      for (const keyFields of [false, true]) {
        for (const mode of ['page', 'count'] as const) {
          const shape = { fullText, identifier, keyFields, mode };
          statements[`search(${JSON.stringify(shape)})`] = search(shape);
        }
      }
    }
  }
  return statements;
}
