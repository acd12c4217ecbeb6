// The read side of the SQLite adapter: documents, edges, lineage and paths through
// recursive CTEs, each bounded in depth and in rows scanned.
import type { EdgeKind, GraphStats, LineageQuery, StoredDocument, StoredEdge, Subgraph } from '../port.ts';
import { compactIdentifier } from '../resolution/identifiers.ts';
import type { Connection } from './connection.ts';
import { DOCUMENT_COLUMNS, EDGE_COLUMNS, toStoredDocument, toStoredEdge, type DocumentRow, type EdgeRow } from './rows.ts';

/** Rows a traversal may generate before it stops, whatever depth was asked. */
export const TRAVERSAL_SCAN_LIMIT = 50_000;

function kindFlags(relations: EdgeKind[] | undefined): { implements: number; cites: number } {
  const kinds = relations && relations.length > 0 ? relations : ['IMPLEMENTS', 'CITES'];
  return { implements: kinds.includes('IMPLEMENTS') ? 1 : 0, cites: kinds.includes('CITES') ? 1 : 0 };
}

const KIND_FILTER = `((e.kind = 'IMPLEMENTS' AND @implements = 1) OR (e.kind = 'CITES' AND @cites = 1))`;

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
    const flags = kindFlags(query.relations);
    const rows = this.connection
      .sql(
        `WITH RECURSIVE
           up(key, depth) AS (
             SELECT @key, 0
             UNION
             SELECT e.to_key, up.depth + 1 FROM up JOIN edges e ON e.from_key = up.key
             WHERE @up = 1 AND up.depth < @depth AND ${KIND_FILTER}
             LIMIT @scan),
           down(key, depth) AS (
             SELECT @key, 0
             UNION
             SELECT e.from_key, down.depth + 1 FROM down JOIN edges e ON e.to_key = down.key
             WHERE @down = 1 AND down.depth < @depth AND ${KIND_FILTER}
             LIMIT @scan),
           reached AS (SELECT key, min(depth) AS depth FROM (SELECT * FROM up UNION ALL SELECT * FROM down) GROUP BY key)
         SELECT ${DOCUMENT_COLUMNS} FROM reached r JOIN documents d ON d.key = r.key
         ORDER BY r.depth, d.key LIMIT @limit`,
      )
      .all({
        key: query.key,
        depth: Math.max(0, query.depth),
        up: query.direction === 'DOWN' ? 0 : 1,
        down: query.direction === 'UP' ? 0 : 1,
        scan: TRAVERSAL_SCAN_LIMIT,
        limit: Math.max(1, query.limit) + 1,
        ...flags,
      }) as DocumentRow[];
    const truncated = rows.length > Math.max(1, query.limit);
    const nodes = rows.slice(0, Math.max(1, query.limit)).map(toStoredDocument);
    return { nodes, edges: this.edgesAmong(nodes.map((node) => node.key), query.relations), truncated };
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
      edges: edges.filter((edge) => route.some((key, index) => key === edge.from && route[index + 1] === edge.to)),
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

  /** Every edge whose two ends are among `keys`. */
  edgesAmong(keys: string[], relations?: EdgeKind[]): StoredEdge[] {
    const rows = this.connection
      .sql(
        `SELECT ${EDGE_COLUMNS} FROM json_each(@keys) k JOIN edges e ON e.from_key = k.value
         WHERE e.to_key IN (SELECT value FROM json_each(@keys)) AND ${KIND_FILTER} ORDER BY e.id`,
      )
      .all({ keys: JSON.stringify(keys), ...kindFlags(relations) }) as EdgeRow[];
    return rows.map(toStoredEdge);
  }
}
