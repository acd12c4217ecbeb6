// The one way the adapter reaches Neo4j: managed transactions (executeRead/executeWrite,
// retried by the driver on transient errors) on sessions of the configured database,
// with driver errors turned into the store's typed errors at this boundary.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.ts';
import { StoreError, StoreUnavailableError } from '../errors.ts';

/** How long start-up may take to reach the server before it gives up. */
export const CONNECT_TIMEOUT_MS = 4_000;

/** A transaction's `run`, returning plain objects (integers as JS numbers). */
export type Run = <T = Record<string, unknown>>(statement: string, parameters?: Record<string, unknown>) => Promise<T[]>;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Database.DatabaseNotFound']);

export function mapDriverError(error: unknown, uri: string): StoreError {
  if (error instanceof StoreError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code)) return new StoreUnavailableError(`Neo4j at ${uri} is not available: ${error.message}`, { cause: error });
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new StoreError('STORE_CONFLICT', error.message, { cause: error });
    return new StoreError('STORE_FAILURE', `Neo4j at ${uri} failed: ${error.code}: ${error.message}`, { cause: error });
  }
  return new StoreError('STORE_FAILURE', `Neo4j at ${uri} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
}

/** Integers for LIMIT/SKIP and stored counts must be sent as Neo4j integers, not floats. */
export const int = (value: number): ReturnType<typeof neo4j.int> => neo4j.int(Math.trunc(value));

function runner(tx: ManagedTransaction): Run {
  return async <T>(statement: string, parameters: Record<string, unknown> = {}) => {
    const result = await tx.run(statement, parameters);
    return result.records.map((record) => record.toObject() as T);
  };
}

export class Executor {
  readonly driver: Driver;
  /** Shared by every session, so a read on a cluster follower sees the writes made before it. */
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(private readonly config: Neo4jConfig) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      connectionTimeout: CONNECT_TIMEOUT_MS,
      connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
      maxTransactionRetryTime: 10_000,
      disableLosslessIntegers: true,
    });
  }

  /** Fails within seconds, naming the URI, when the server cannot be reached. */
  async verify(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS + 1_000);
    });
    try {
      await Promise.race([this.driver.verifyConnectivity({ database: this.config.database }), deadline]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`Cannot reach Neo4j at ${this.config.uri}: ${reason}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  read<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.session('READ', work);
  }

  write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.session('WRITE', work);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return mode === 'READ' ? await session.executeRead((tx) => work(runner(tx))) : await session.executeWrite((tx) => work(runner(tx)));
    } catch (error) {
      throw mapDriverError(error, this.config.uri);
    } finally {
      await session.close();
    }
  }
}
