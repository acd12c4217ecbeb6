// saveDocument and deleteDocument for SQLite: each runs in one immediate transaction, so a
// text's node, edges, placeholders and hash land together or not at all.
import { isPartialKey } from '../../domain/document-key.ts';
import type { BatchSaveResult, DocumentRecord, SaveOptions, SaveOutcome } from '../port.ts';
import { planDocumentWrite, type NodeProperties } from '../resolution/plan.ts';
import { validateRecord } from '../resolution/validate.ts';
import type { Connection } from './connection.ts';
import { Nodes, propertiesOf } from './nodes.ts';
import { Resolver } from './resolver.ts';

export class Writer {
  private readonly nodes: Nodes;
  private readonly resolver: Resolver;

  constructor(private readonly connection: Connection) {
    this.nodes = new Nodes(connection);
    this.resolver = new Resolver(connection, this.nodes);
  }

  save(record: DocumentRecord, options: SaveOptions = {}): SaveOutcome {
    validateRecord(record);
    return this.connection.transaction(() => this.saveInTransaction(record, options));
  }

  /** One transaction for the batch, a savepoint per record: a failing record is rolled back alone. */
  saveMany(records: readonly DocumentRecord[], options: SaveOptions = {}): BatchSaveResult[] {
    const saveOne = this.connection.db.transaction((record: DocumentRecord) => this.saveInTransaction(record, options));
    return this.connection.transaction(() =>
      records.map((record): BatchSaveResult => {
        try {
          validateRecord(record);
          return { ok: true, source: record.source, outcome: saveOne(record) };
        } catch (error) {
          return { ok: false, source: record.source, error: error as Error };
        }
      }),
    );
  }

  delete(key: string): boolean {
    return this.connection.transaction(() => this.release(key));
  }

  private saveInTransaction(record: DocumentRecord, options: SaveOptions): SaveOutcome {
    const known = this.connection.sql('SELECT document_key, content_hash FROM sources WHERE source = ?').get(record.source) as
      | { document_key: string; content_hash: string }
      | undefined;
    if (!options.force && known && known.content_hash === record.contentHash && known.document_key === record.key) {
      return { key: record.key, status: 'unchanged', filledPlaceholder: false, edges: this.assertedEdgeCount(record.key) };
    }
    // The same file now says it is another document: the old one is released first.
    if (known && known.document_key !== record.key) this.release(known.document_key);

    const plan = planDocumentWrite(record);
    const existing = this.nodes.get(record.key);
    const refsBefore = this.removeAssertedEdges(record.key);

    if (existing) this.nodes.update(existing, plan.document, false, record.source, record.text);
    else this.nodes.insert(record.key, plan.document, false, record.source, record.text);
    // A held text may state a date or issuer its placeholder lacked: patterns that landed on it are decided again.
    if (!existing || existing.placeholder === 1) this.resolver.nodeChanged(record.key);

    this.connection
      .sql('INSERT INTO document_texts (key, text) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET text = excluded.text')
      .run(record.key, record.text);
    this.connection.sql('DELETE FROM sources WHERE document_key = ? AND source <> ?').run(record.key, record.source);
    this.connection
      .sql(
        `INSERT INTO sources (source, document_key, content_hash) VALUES (?, ?, ?)
         ON CONFLICT (source) DO UPDATE SET document_key = excluded.document_key, content_hash = excluded.content_hash`,
      )
      .run(record.source, record.key, record.contentHash);

    // Full keys first, so a partial key cited by the same text can already land on them.
    const refs = [...plan.placeholders.entries()].sort(([a], [b]) => Number(isPartialKey(a)) - Number(isPartialKey(b)));
    const landing = new Map<string, string>([[record.key, record.key]]);
    for (const [ref, properties] of refs) landing.set(ref, this.resolver.resolve(ref, properties));

    const insertEdge = this.connection.sql(
      `INSERT INTO edges (from_key, to_key, kind, asserted_by, from_ref, to_ref, cue, sentence, surface, start, "end")
       VALUES (@from, @to, @kind, @assertedBy, @fromRef, @toRef, @cue, @sentence, @surface, @start, @end)`,
    );
    let edges = 0;
    for (const edge of plan.edges) {
      const from = landing.get(edge.fromRef)!;
      const to = landing.get(edge.toRef)!;
      if (from === to) continue;
      insertEdge.run({ ...edge, from, to, assertedBy: record.key, fromRef: edge.fromRef });
      edges += 1;
    }
    this.collectGarbage(refsBefore);
    return {
      key: record.key,
      status: existing && existing.placeholder === 0 ? 'updated' : 'created',
      filledPlaceholder: existing?.placeholder === 1,
      edges,
    };
  }

  /** A held document becomes a placeholder again, or disappears when nothing names it. */
  private release(key: string): boolean {
    const row = this.nodes.get(key);
    if (!row || row.placeholder === 1) return false;
    const refs = this.removeAssertedEdges(key);
    this.connection.sql('DELETE FROM sources WHERE document_key = ?').run(key);
    this.connection.sql('DELETE FROM document_texts WHERE key = ?').run(key);
    const kept: NodeProperties = { ...propertiesOf(row), title: null, place: null };
    this.nodes.update(row, kept, true, null, null);
    if (isPartialKey(key)) this.resolver.nodeChanged(key);
    refs.add(key);
    this.collectGarbage(refs);
    return true;
  }

  /** Removes the edges a document asserted; returns the keys they were written with. */
  private removeAssertedEdges(key: string): Set<string> {
    const rows = this.connection.sql('DELETE FROM edges WHERE asserted_by = ? RETURNING from_ref, to_ref').all(key) as {
      from_ref: string;
      to_ref: string;
    }[];
    return new Set(rows.flatMap((row) => [row.from_ref, row.to_ref]));
  }

  /** Placeholders and patterns that no edge names any more go away. */
  private collectGarbage(refs: Set<string>): void {
    for (const ref of refs) {
      if (this.nodes.isNamedByEdges(ref)) continue;
      if (isPartialKey(ref)) this.resolver.forget(ref);
      const row = this.nodes.get(ref);
      if (!row || row.placeholder === 0) continue;
      if (!isPartialKey(ref)) this.resolver.nodeLeaving(ref);
      this.nodes.delete(this.nodes.get(ref)!);
    }
  }

  private assertedEdgeCount(key: string): number {
    return (this.connection.sql('SELECT count(*) AS n FROM edges WHERE asserted_by = ?').get(key) as { n: number }).n;
  }
}
