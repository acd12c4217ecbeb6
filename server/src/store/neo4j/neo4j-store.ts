// The Neo4j adapter, for graphs that outgrow one machine: a single instance (bolt://,
// neo4j://) or a cluster/Aura through the neo4j:// routing scheme.
import type { Neo4jConfig } from '../../config.ts';
import type {
  BatchSaveResult, DocumentRecord, GraphStats, GraphStore, LineageQuery, SaveOptions, SaveOutcome, SearchPage, SearchQuery, StoredDocument, StoredEdge, Subgraph,
} from '../port.ts';
import * as cypher from './cypher.ts';
import { StoreError } from '../errors.ts';
import { validateRecord } from '../resolution/validate.ts';
import { Executor } from './executor.ts';
import * as reader from './reader.ts';
import { Neo4jWriter } from './writer.ts';

export class Neo4jGraphStore implements GraphStore {
  private readonly executor: Executor;

  constructor(config: Neo4jConfig) {
    this.executor = new Executor(config);
  }

  /** Reaches the server (failing within seconds, naming the URI) and creates constraints and indexes. */
  async init(): Promise<void> {
    await this.executor.verify();
    for (const statement of cypher.SCHEMA) await this.executor.write((run) => run(statement));
  }

  async close(): Promise<void> {
    await this.executor.close();
  }

  async ping(): Promise<boolean> {
    try {
      await this.executor.read((run) => run(cypher.PING));
      return true;
    } catch {
      return false;
    }
  }

  async saveDocument(record: DocumentRecord, options: SaveOptions = {}): Promise<SaveOutcome> {
    validateRecord(record);
    return this.executor.write((run) => new Neo4jWriter(run).save(record, options));
  }

  checkConsistency(): Promise<string[]> {
    return this.executor.read(async (run) => {
      const problems: string[] = [];
      for (const [problem, statement] of Object.entries(cypher.CONSISTENCY_CHECKS)) {
        const offenders = (await run<{ offender: string }>(statement)).map((row) => row.offender);
        if (offenders.length > 0) problems.push(`${problem}: ${offenders.slice(0, 10).join(', ')}${offenders.length > 10 ? ' and more' : ''}`);
      }
      return problems;
    });
  }

  /**
   * The whole batch in one transaction; Neo4j has no savepoints, so when one text fails
   * there the transaction rolls back whole and each text is saved again on its own, so
   * one refusal stops nothing else. Records the store refuses outright are set aside first.
   */
  async saveDocuments(records: readonly DocumentRecord[], options: SaveOptions = {}): Promise<BatchSaveResult[]> {
    const results: (BatchSaveResult | null)[] = records.map((record) => {
      try {
        validateRecord(record);
        return null;
      } catch (error) {
        return { ok: false, source: record.source, error: error as Error };
      }
    });
    const valid = records.flatMap((record, index) => (results[index] === null ? [{ record, index }] : []));
    if (valid.length === 0) return results as BatchSaveResult[];
    try {
      const outcomes = await this.executor.write(async (run) => {
        const saved: SaveOutcome[] = [];
        for (const { record } of valid) saved.push(await new Neo4jWriter(run).save(record, options));
        return saved;
      });
      valid.forEach(({ record, index }, n) => (results[index] = { ok: true, source: record.source, outcome: outcomes[n]! }));
    } catch (error) {
      // A server that cannot be reached fails every text alike; trying each again would only wait longer.
      const unavailable = error instanceof StoreError && error.code === 'STORE_UNAVAILABLE';
      for (const { record, index } of valid) {
        if (unavailable) {
          results[index] = { ok: false, source: record.source, error: error as Error };
          continue;
        }
        try {
          results[index] = { ok: true, source: record.source, outcome: await this.saveDocument(record, options) };
        } catch (error) {
          results[index] = { ok: false, source: record.source, error: error as Error };
        }
      }
    }
    return results as BatchSaveResult[];
  }

  deleteDocument(key: string): Promise<boolean> {
    return this.executor.write((run) => new Neo4jWriter(run).release(key));
  }

  async contentHashOf(source: string): Promise<string | null> {
    const [row] = await this.executor.read((run) => run<{ contentHash: string | null }>(cypher.CONTENT_HASH, { source }));
    return row?.contentHash ?? null;
  }

  getDocuments(keys: readonly string[]): Promise<(StoredDocument | null)[]> {
    return this.executor.read((run) => reader.getDocuments(run, keys));
  }

  async getText(key: string): Promise<string | null> {
    const [row] = await this.executor.read((run) => run<{ text: string | null }>(cypher.GET_TEXT, { key }));
    return row?.text ?? null;
  }

  edgesOf(keys: readonly string[], direction: 'out' | 'in'): Promise<StoredEdge[]> {
    return this.executor.read((run) => reader.edges(run, direction === 'out' ? cypher.EDGES_OUT : cypher.EDGES_IN, { keys: [...keys] }));
  }

  findByNumber(number: string): Promise<StoredDocument[]> {
    return this.executor.read((run) => reader.findByNumber(run, number));
  }

  search(query: SearchQuery): Promise<SearchPage> {
    return this.executor.read((run) => reader.search(run, query));
  }

  lineage(query: LineageQuery): Promise<Subgraph> {
    return this.executor.read((run) => reader.lineage(run, query));
  }

  paths(from: string, to: string, maxDepth: number, limit: number): Promise<Subgraph[]> {
    return this.executor.read((run) => reader.paths(run, from, to, maxDepth, limit));
  }

  stats(): Promise<GraphStats> {
    return this.executor.read((run) => reader.stats(run));
  }

  wholeGraph(limit: number): Promise<Subgraph> {
    return this.executor.read((run) => reader.wholeGraph(run, limit));
  }
}
