// One SQLite file, opened with the settings every part of the adapter relies on, and a
// cache of prepared statements so each SQL text is compiled once per connection.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { foldVietnamese } from '../../domain/fold.ts';
import { migrate } from './migrations.ts';
import { provinceKey } from '../resolution/provinces.ts';

export const DATABASE_FILE = 'graph.sqlite';

export class Connection {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldVietnamese(text) : null));
    this.db.function('province_key', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? provinceKey(name) : null));
    migrate(this.db);
  }

  static inDirectory(dataDir: string): Connection {
    mkdirSync(dataDir, { recursive: true });
    return new Connection(join(dataDir, DATABASE_FILE));
  }

  /** The prepared statement for this SQL text, compiled on first use. */
  sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}
