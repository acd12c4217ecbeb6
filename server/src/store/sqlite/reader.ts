// The read side of the SQLite adapter: documents, edges, lineage (sqlite/lineage.ts) and
// paths, each bounded in depth and in rows scanned.
import type { EdgeKind, GraphStats, LineageQuery, StoredDocument, StoredEdge, Subgraph } from '../port.ts';
import { compactIdentifier } from '../resolution/identifiers.ts';
import { edgesAlong } from '../subgraph.ts';
import type { Connection } from './connection.ts';
import { nearestInLineage } from './lineage.ts';
import { DOCUMENT_COLUMNS, EDGE_COLUMNS, toStoredDocument, toStoredEdge, type DocumentRow, type EdgeRow } from './rows.ts';

/** Rows a traversal may generate before it stops, whatever depth was asked. */
export const TRAVERSAL_SCAN_LIMIT = 50_000;

/**
 * The edge kinds as an SQL list. Kinds come from a closed set (never from user text), and a
 * literal list lets SQLite use the (endpoint, kind) indexes: a parameterised OR halves the speed.
 */
function kindList(relations: EdgeKind[] | undefined): string {
  const kinds = (['IMPLEMENTS', 'CITES'] as const).filter((kind) => !relations || relations.length === 0 || relations.includes(kind));
  return `(${kinds.map((kind) => `'${kind}'`).join(', ')})`;
}

export class Reader {
  constructor(private readonly connection: Connection) {}

  getDocuments(keys: readonly string[]): (StoredDocument | null)[] {
    const rows = this.connection
      .sql(`SELECT ${DOCUMENT_COLUMNS} FROM json_each(?) k JOIN documents d ON d.key = k.value`)
      .all(JSON.stringify(keys)) as DocumentRow[];
    const byKey = new Map(rows.map((row) => [row.key, toStoredDocument(row)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  getText(key: string): string | null {
    const row = this.connection.sql('SELECT text FROM document_texts WHERE key = ?').get(key) as { text: string } | undefined;
    return row?.text ?? null;
  }

  contentHashOf(source: string): string | null {
    const row = this.connection.sql('SELECT content_hash FROM sources WHERE source = ?').get(source) as { content_hash: string } | undefined;
    return row?.content_hash ?? null;
  }

  edgesOf(keys: readonly string[], direction: 'out' | 'in'): StoredEdge[] {
    const column = direction === 'out' ? 'from_key' : 'to_key';
    const rows = this.connection
      .sql(`SELECT ${EDGE_COLUMNS} FROM json_each(?) k JOIN edges e ON e.${column} = k.value ORDER BY e.id`)
      .all(JSON.stringify(keys)) as EdgeRow[];
    return rows.map(toStoredEdge);
  }

  findByNumber(number: string): StoredDocument[] {
    const rows = this.connection
      .sql(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.number_compact = ? ORDER BY d.placeholder, d.date, d.key`)
      .all(compactIdentifier(number)) as DocumentRow[];
    return rows.map(toStoredDocument);
  }

  lineage(query: LineageQuery): Subgraph {
    const limit = Math.max(1, query.limit);
    const reached = nearestInLineage(this.connection, query, kindList(query.relations), limit);
    const nodes = this.getDocuments(reached.slice(0, limit).map((node) => node.key)).filter((node) => node !== null);
    return { nodes, edges: this.edgesAmong(nodes.map((node) => node.key), query.relations), truncated: reached.length > limit };
  }

  paths(from: string, to: string, maxDepth: number, limit: number): Subgraph[] {
    const SEP = '\u001f';
    const found = this.connection
      .sql(
        `WITH RECURSIVE walk(node, path, depth) AS (
           SELECT @from, char(31) || @from || char(31), 0
           UNION ALL
           SELECT e.to_key, walk.path || e.to_key || char(31), walk.depth + 1
           FROM walk JOIN edges e ON e.from_key = walk.node
           WHERE walk.depth < @maxDepth AND walk.node <> @to AND instr(walk.path, char(31) || e.to_key || char(31)) = 0
           LIMIT @scan)
         SELECT DISTINCT path, depth FROM walk WHERE node = @to AND depth > 0 ORDER BY depth, path LIMIT @limit`,
      )
      .all({ from, to, maxDepth: Math.max(0, maxDepth), scan: TRAVERSAL_SCAN_LIMIT, limit: Math.max(0, limit) }) as { path: string }[];
    const routes = found.map((row) => row.path.split(SEP).filter((key) => key !== ''));
    const documents = new Map(
      this.getDocuments([...new Set(routes.flat())]).flatMap((document) => (document ? [[document.key, document] as const] : [])),
    );
    const pairs = [...new Set(routes.flatMap((route) => route.slice(1).map((key, index) => JSON.stringify([route[index], key]))))];
    const edgeRows = this.connection
      .sql(
        `SELECT ${EDGE_COLUMNS} FROM json_each(?) p
         JOIN edges e ON e.from_key = json_extract(p.value, '$[0]') AND e.to_key = json_extract(p.value, '$[1]') ORDER BY e.id`,
      )
      .all(`[${pairs.join(',')}]`) as EdgeRow[];
    const edges = edgeRows.map(toStoredEdge);
    return routes.map((route) => ({
      nodes: route.map((key) => documents.get(key)!).filter(Boolean),
      edges: edgesAlong(route, edges),
      truncated: false,
    }));
  }

  wholeGraph(limit: number): Subgraph {
    const rows = this.connection
      .sql(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.placeholder, d.key LIMIT ?`)
      .all(Math.max(0, limit) + 1) as DocumentRow[];
    const nodes = rows.slice(0, Math.max(0, limit)).map(toStoredDocument);
    return { nodes, edges: this.edgesAmong(nodes.map((node) => node.key)), truncated: rows.length > limit };
  }

  stats(): GraphStats {
    const count = (sql: string): number => (this.connection.sql(sql).get() as { n: number }).n;
    const grouped = (column: string) =>
      this.connection
        .sql(`SELECT CAST(${column} AS TEXT) AS value, count(*) AS count FROM documents WHERE placeholder = 0 AND ${column} IS NOT NULL GROUP BY ${column} ORDER BY count DESC, value`)
        .all() as { value: string; count: number }[];
    const edges = this.connection.sql('SELECT kind, count(*) AS count FROM edges GROUP BY kind ORDER BY kind').all() as GraphStats['edges'];
    const implemented = this.connection
      .sql(
        `SELECT ${DOCUMENT_COLUMNS}, t.count FROM (
           SELECT to_key, count(DISTINCT from_key) AS count FROM edges WHERE kind = 'IMPLEMENTS' GROUP BY to_key ORDER BY count DESC, to_key LIMIT 10
         ) t JOIN documents d ON d.key = t.to_key ORDER BY t.count DESC, d.key`,
      )
      .all() as (DocumentRow & { count: number })[];
    return {
      documents: count('SELECT count(*) AS n FROM documents WHERE placeholder = 0'),
      placeholders: count('SELECT count(*) AS n FROM documents WHERE placeholder = 1'),
      edges,
      byType: grouped('type'),
      byLevel: grouped('level'),
      byProvince: grouped('province'),
      byYear: grouped('year'),
      mostImplemented: implemented.map((row) => ({ document: toStoredDocument(row), count: row.count })),
    };
  }

  /** Every edge whose two ends are among `keys`. The key list is materialised once: probing json_each per edge is ten times slower. */
  edgesAmong(keys: string[], relations?: EdgeKind[]): StoredEdge[] {
    const rows = this.connection
      .sql(
        `WITH wanted(key) AS MATERIALIZED (SELECT value FROM json_each(@keys))
         SELECT ${EDGE_COLUMNS} FROM wanted JOIN edges e ON e.from_key = wanted.key
         WHERE e.to_key IN wanted AND e.kind IN ${kindList(relations)} ORDER BY e.id`,
      )
      .all({ keys: JSON.stringify(keys) }) as EdgeRow[];
    return rows.map(toStoredEdge);
  }
}
