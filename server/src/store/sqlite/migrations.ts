// Versioned schema migrations, applied in order at start inside one transaction each.
// Never edit a released migration: add the next one.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'documents, issuers, edges with evidence, sources, partial-key patterns, folded full-text index',
    sql: `
      CREATE TABLE issuers (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        level TEXT,
        province TEXT,
        system TEXT
      );

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        placeholder INTEGER NOT NULL CHECK (placeholder IN (0, 1)),
        partial INTEGER NOT NULL CHECK (partial IN (0, 1)),
        k_type TEXT NOT NULL,
        k_number TEXT NOT NULL,
        candidates TEXT NOT NULL DEFAULT '[]',
        type TEXT, number TEXT, number_compact TEXT,
        issuer TEXT, issuer_key TEXT REFERENCES issuers(key),
        date TEXT, year INTEGER, place TEXT, title TEXT,
        level TEXT, province TEXT, system TEXT, term TEXT,
        source TEXT
      );
      CREATE INDEX documents_number_compact ON documents(number_compact);
      CREATE INDEX documents_key_number ON documents(k_number, k_type);
      CREATE INDEX documents_key_type ON documents(k_type);
      CREATE INDEX documents_placeholder ON documents(placeholder);
      CREATE INDEX documents_year ON documents(year);

      CREATE TABLE document_texts (
        key TEXT PRIMARY KEY REFERENCES documents(key),
        text TEXT NOT NULL
      );

      CREATE TABLE sources (
        source TEXT PRIMARY KEY,
        document_key TEXT NOT NULL REFERENCES documents(key),
        content_hash TEXT NOT NULL
      );
      CREATE INDEX sources_document ON sources(document_key);

      CREATE TABLE edges (
        id INTEGER PRIMARY KEY,
        from_key TEXT NOT NULL REFERENCES documents(key),
        to_key TEXT NOT NULL REFERENCES documents(key),
        kind TEXT NOT NULL CHECK (kind IN ('IMPLEMENTS', 'CITES')),
        asserted_by TEXT NOT NULL REFERENCES documents(key),
        from_ref TEXT NOT NULL,
        to_ref TEXT NOT NULL,
        cue TEXT,
        sentence TEXT NOT NULL,
        surface TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
      );
      CREATE INDEX edges_from ON edges(from_key, kind, to_key);
      CREATE INDEX edges_to ON edges(to_key, kind, from_key);
      CREATE INDEX edges_asserted_by ON edges(asserted_by);
      CREATE INDEX edges_from_ref ON edges(from_ref);
      CREATE INDEX edges_to_ref ON edges(to_ref);

      -- Every partial key some edge was written with, and the node it currently lands on.
      CREATE TABLE patterns (
        pattern TEXT PRIMARY KEY,
        k_type TEXT NOT NULL,
        k_number TEXT NOT NULL,
        target TEXT NOT NULL,
        properties TEXT NOT NULL
      );
      CREATE INDEX patterns_lookup ON patterns(k_number, k_type);

      -- Folded text (see domain/fold.ts), so "dat dai" finds "đất đai". rowid = documents.id.
      CREATE VIRTUAL TABLE document_search USING fts5(
        number, type, issuer, title, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `,
  },
  {
    version: 2,
    description: 'issuer and period fields of the key, for searching by a typed identifier ("ct 19 tu", "nghị quyết 41 2004")',
    sql: `
      ALTER TABLE documents ADD COLUMN k_issuer TEXT NOT NULL DEFAULT '?';
      ALTER TABLE documents ADD COLUMN k_period TEXT NOT NULL DEFAULT '?';
      UPDATE documents SET k_issuer = key_field(key, 1), k_period = key_field(key, 5);
    `,
  },
];

export function currentVersion(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

/** Applies every migration newer than the database; returns the versions applied. */
export function migrate(db: Database.Database, available: Migration[] = migrations): number[] {
  // Migrations that derive columns from the canonical key read its fields with this.
  db.function('key_field', { deterministic: true }, (key: unknown, index: unknown) =>
    typeof key === 'string' ? (key.split(':')[Number(index)] ?? '?') : null,
  );
  const from = currentVersion(db);
  const pending = available.filter((migration) => migration.version > from).sort((a, b) => a.version - b.version);
  const record = db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)');
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.description, new Date().toISOString());
    })();
  }
  return pending.map((migration) => migration.version);
}
