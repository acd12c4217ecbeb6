// The embedded adapter: one SQLite file under DATA_DIR. better-sqlite3 is synchronous, so
// every method does its work at once and returns a settled promise.
import type {
  BatchSaveResult,
  DocumentRecord,
  GraphStats,
  GraphStore,
  LineageQuery,
  SaveOptions,
  SaveOutcome,
  SearchPage,
  SearchQuery,
  StoredDocument,
  StoredEdge,
  Subgraph,
} from '../port.ts';
import { StoreError } from '../errors.ts';
import { Connection } from './connection.ts';
import { checkConsistency } from './consistency.ts';
import { Reader } from './reader.ts';
import { Search } from './search.ts';
import { Writer } from './writer.ts';

export class SqliteGraphStore implements GraphStore {
  private connection: Connection | null = null;
  private parts: { reader: Reader; writer: Writer; search: Search } | null = null;

  /** `location` is a data directory, or a database file when `file` is true (":memory:" works too). */
  constructor(
    private readonly location: string,
    private readonly options: { file?: boolean } = {},
  ) {}

  async init(): Promise<void> {
    if (this.connection) return;
    try {
      this.connection = this.options.file ? new Connection(this.location) : Connection.inDirectory(this.location);
    } catch (error) {
      throw new StoreError('STORE_UNAVAILABLE', `Cannot open the SQLite store in ${this.location}: ${(error as Error).message}`, { cause: error });
    }
    this.parts = { reader: new Reader(this.connection), writer: new Writer(this.connection), search: new Search(this.connection) };
  }

  async close(): Promise<void> {
    this.connection?.close();
    this.connection = null;
    this.parts = null;
  }

  async ping(): Promise<boolean> {
    if (!this.connection) return false;
    try {
      this.connection.sql('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  async checkConsistency(): Promise<string[]> {
    return checkConsistency(this.open().connection);
  }

  /** The SQLite database, for tools that check the file's consistency. */
  get database() {
    return this.open().connection.db;
  }

  private open(): { reader: Reader; writer: Writer; search: Search; connection: Connection } {
    if (!this.parts || !this.connection) throw new StoreError('STORE_UNAVAILABLE', 'The SQLite store is not open (call init() first).');
    return { ...this.parts, connection: this.connection };
  }

  async saveDocument(record: DocumentRecord, options: SaveOptions = {}): Promise<SaveOutcome> {
    return this.open().writer.save(record, options);
  }

  async saveDocuments(records: readonly DocumentRecord[], options: SaveOptions = {}): Promise<BatchSaveResult[]> {
    return this.open().writer.saveMany(records, options);
  }

  async deleteDocument(key: string): Promise<boolean> {
    return this.open().writer.delete(key);
  }

  async contentHashOf(source: string): Promise<string | null> {
    return this.open().reader.contentHashOf(source);
  }

  async getDocuments(keys: readonly string[]): Promise<(StoredDocument | null)[]> {
    return this.open().reader.getDocuments(keys);
  }

  async getText(key: string): Promise<string | null> {
    return this.open().reader.getText(key);
  }

  async edgesOf(keys: readonly string[], direction: 'out' | 'in'): Promise<StoredEdge[]> {
    return this.open().reader.edgesOf(keys, direction);
  }

  async findByNumber(number: string): Promise<StoredDocument[]> {
    return this.open().reader.findByNumber(number);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    return this.open().search.search(query);
  }

  async lineage(query: LineageQuery): Promise<Subgraph> {
    return this.open().reader.lineage(query);
  }

  async paths(from: string, to: string, maxDepth: number, limit: number): Promise<Subgraph[]> {
    return this.open().reader.paths(from, to, maxDepth, limit);
  }

  async stats(): Promise<GraphStats> {
    return this.open().reader.stats();
  }

  async wholeGraph(limit: number): Promise<Subgraph> {
    return this.open().reader.wholeGraph(limit);
  }
}
