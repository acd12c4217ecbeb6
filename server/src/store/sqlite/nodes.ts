// Document nodes (held or placeholder), their issuer and their row in the folded
// full-text index. Every write to a node goes through here so the index never drifts.
import { isPartialKey } from '../../domain/document-key.ts';
import { compactIdentifier, issuerKey, yearOf } from '../resolution/identifiers.ts';
import { mergeProperties, nodePropertiesOf, type NodeProperties } from '../resolution/plan.ts';
import { keyColumns } from '../resolution/resolve.ts';
import { INDEXED_TEXT_LIMIT, foldForDiacriticRemovingTokenizer, searchFields } from '../resolution/search-terms.ts';
import type { Connection } from './connection.ts';
import type { DocumentRow } from './rows.ts';


export class Nodes {
  constructor(private readonly connection: Connection) {}

  get(key: string): DocumentRow | undefined {
    return this.connection.sql('SELECT * FROM documents WHERE key = ?').get(key) as DocumentRow | undefined;
  }

  /** Inserts a node; the caller re-resolves partial keys that may now match it. */
  insert(key: string, properties: NodeProperties, placeholder: boolean, source: string | null = null, text: string | null = null): void {
    const { type, number, issuer, period } = keyColumns(key);
    const info = this.connection
      .sql(
        `INSERT INTO documents (key, placeholder, partial, k_type, k_number, k_issuer, k_period, type, number, number_compact, issuer, issuer_key,
           date, year, place, title, level, province, system, term, source)
         VALUES (@key, @placeholder, @partial, @kType, @kNumber, @kIssuer, @kPeriod, @type, @number, @numberCompact, @issuer, @issuerKey,
           @date, @year, @place, @title, @level, @province, @system, @term, @source)`,
      )
      .run(this.columns(key, properties, placeholder, source, { kType: type, kNumber: number, kIssuer: issuer, kPeriod: period }));
    this.index(Number(info.lastInsertRowid), properties, text);
  }

  /** Overwrites a node's properties (filling a placeholder in place keeps its key and edges). */
  update(row: DocumentRow, properties: NodeProperties, placeholder: boolean, source: string | null, text: string | null): void {
    this.connection
      .sql(
        `UPDATE documents SET placeholder = @placeholder, type = @type, number = @number, number_compact = @numberCompact,
           issuer = @issuer, issuer_key = @issuerKey, date = @date, year = @year, place = @place, title = @title,
           level = @level, province = @province, system = @system, term = @term, source = @source
         WHERE key = @key`,
      )
      .run(this.columns(row.key, properties, placeholder, source, {}));
    this.connection.sql('DELETE FROM document_search WHERE rowid = ?').run(row.id);
    this.index(row.id, properties, text);
  }

  /** A placeholder learns what another citing text says about it. */
  mergeInto(row: DocumentRow, offered: NodeProperties): void {
    if (row.placeholder !== 1) return;
    const current = propertiesOf(row);
    const merged = mergeProperties(current, offered);
    if (JSON.stringify(merged) !== JSON.stringify(current)) this.update(row, merged, true, null, null);
  }

  setCandidates(key: string, candidates: string[]): void {
    this.connection.sql('UPDATE documents SET candidates = ? WHERE key = ?').run(JSON.stringify(candidates), key);
  }

  /** True while some edge was written naming exactly this key (what keeps a placeholder alive). */
  isNamedByEdges(key: string): boolean {
    const sql = 'SELECT EXISTS (SELECT 1 FROM edges WHERE to_ref = @key) OR EXISTS (SELECT 1 FROM edges WHERE from_ref = @key) AS used';
    return (this.connection.sql(sql).get({ key }) as { used: number }).used === 1;
  }

  delete(row: DocumentRow): void {
    this.connection.sql('DELETE FROM document_search WHERE rowid = ?').run(row.id);
    this.connection.sql('DELETE FROM document_texts WHERE key = ?').run(row.key);
    this.connection.sql('DELETE FROM documents WHERE key = ?').run(row.key);
  }

  private columns(key: string, p: NodeProperties, placeholder: boolean, source: string | null, extra: Record<string, string>) {
    // Only held documents link to an issuer: a citation's "của Tỉnh ủy" names no one precisely.
    let issuerKeyValue: string | null = null;
    if (p.issuer && !placeholder) {
      issuerKeyValue = issuerKey(p.issuer, p.province);
      this.connection
        .sql(
          `INSERT INTO issuers (key, name, level, province, system) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET level = coalesce(issuers.level, excluded.level), system = coalesce(issuers.system, excluded.system)`,
        )
        .run(issuerKeyValue, p.issuer, p.level, p.province, p.system);
    }
    return {
      ...extra,
      key,
      placeholder: placeholder ? 1 : 0,
      partial: isPartialKey(key) ? 1 : 0,
      ...p,
      numberCompact: p.number ? compactIdentifier(p.number) : null,
      issuerKey: issuerKeyValue,
      year: yearOf(p.date),
      source,
    };
  }

  private index(rowId: number, p: NodeProperties, text: string | null): void {
    const fields = searchFields(p, text, INDEXED_TEXT_LIMIT, foldForDiacriticRemovingTokenizer);
    this.connection
      .sql('INSERT INTO document_search (rowid, number, type, issuer, title, body) VALUES (?, ?, ?, ?, ?, ?)')
      .run(rowId, fields.number, fields.type, fields.issuer, fields.title, fields.body);
  }
}

/** A row's node properties; its level and system columns hold only the port's values. */
export function propertiesOf(row: DocumentRow): NodeProperties {
  return nodePropertiesOf(row as DocumentRow & NodeProperties);
}
