// The graph's invariants as queries: each returns the offending keys, so a report says
// exactly what is wrong. Used after crashes (tests kill an ingest mid-batch) and by operators.
import type { Connection } from './connection.ts';

const INVARIANTS: { problem: string; sql: string }[] = [
  {
    problem: 'held document without its text or source',
    sql: `SELECT d.key FROM documents d WHERE d.placeholder = 0
          AND (NOT EXISTS (SELECT 1 FROM document_texts t WHERE t.key = d.key) OR NOT EXISTS (SELECT 1 FROM sources s WHERE s.document_key = d.key))`,
  },
  {
    problem: 'placeholder that no edge names',
    sql: `SELECT d.key FROM documents d WHERE d.placeholder = 1
          AND NOT EXISTS (SELECT 1 FROM edges e WHERE e.to_ref = d.key) AND NOT EXISTS (SELECT 1 FROM edges e WHERE e.from_ref = d.key)`,
  },
  { problem: 'edge asserted by a document not held', sql: `SELECT e.id FROM edges e JOIN documents d ON d.key = e.asserted_by WHERE d.placeholder = 1` },
  { problem: 'text or source of a placeholder', sql: `SELECT t.key FROM document_texts t JOIN documents d ON d.key = t.key WHERE d.placeholder = 1 UNION SELECT s.source FROM sources s JOIN documents d ON d.key = s.document_key WHERE d.placeholder = 1` },
  { problem: 'partial key without its pattern', sql: `SELECT DISTINCT e.to_ref FROM edges e WHERE e.to_ref LIKE '%?%' AND NOT EXISTS (SELECT 1 FROM patterns p WHERE p.pattern = e.to_ref)` },
  { problem: 'pattern no edge is written with', sql: `SELECT p.pattern FROM patterns p WHERE NOT EXISTS (SELECT 1 FROM edges e WHERE e.to_ref = p.pattern) AND NOT EXISTS (SELECT 1 FROM edges e WHERE e.from_ref = p.pattern)` },
  { problem: 'edge not where its partial key resolves', sql: `SELECT e.id FROM edges e JOIN patterns p ON p.pattern = e.to_ref WHERE e.to_key <> p.target` },
  { problem: 'edge not where the partial key of its subject resolves', sql: `SELECT e.id FROM edges e JOIN patterns p ON p.pattern = e.from_ref WHERE e.from_key <> p.target` },
  { problem: 'edge written with a full key that lands elsewhere', sql: `SELECT e.id FROM edges e WHERE e.to_ref NOT LIKE '%?%' AND e.to_key <> e.to_ref` },
  { problem: 'document missing from the search index', sql: `SELECT d.key FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_search s WHERE s.rowid = d.id)` },
];

export function checkConsistency(connection: Connection): string[] {
  // Every check reads one snapshot. FTS5 caches the index structure per connection and
  // refreshes it on its next query, but integrity_check walks the cached one: after another
  // process has written (and merged index segments), it would report pages that no longer
  // exist. A query on the index first brings the structure up to date.
  return connection.db.transaction(() => {
    connection.sql("SELECT rowid FROM document_search WHERE document_search MATCH 'a' LIMIT 1").all();
    return problemsFound(connection);
  })();
}

function problemsFound(connection: Connection): string[] {
  const problems: string[] = [];
  const integrity = connection.db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity check: ${String(integrity)}`);
  const dangling = connection.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of dangling) problems.push(`row ${row.rowid} of ${row.table} points to a missing ${row.parent} row`);
  for (const { problem, sql } of INVARIANTS) {
    const offenders = connection.sql(sql).pluck().all() as (string | number)[];
    if (offenders.length > 0) problems.push(`${problem}: ${offenders.slice(0, 10).join(', ')}${offenders.length > 10 ? ` and ${offenders.length - 10} more` : ''}`);
  }
  return problems;
}
