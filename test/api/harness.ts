// Starts the real HTTP server on a free port over a store in a temporary directory loaded
// with the fixture corpus and the seed texts, and sends requests to it as a client would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { readConfig, type Config } from '../../server/src/config.ts';
import { openStore } from '../../server/src/store/open-store.ts';
import { ingestPaths } from '../../server/src/ingest/index.ts';
import { createApp, type AppOptions } from '../../server/src/api/http.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { CORPUS } from './corpus.ts';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

export interface Backend {
  name: string;
  /** Why this backend cannot run here, or null when it can. */
  skipReason: string | null;
  open(): Promise<{ store: GraphStore; cleanup(): Promise<void> }>;
}

export const embedded: Backend = {
  name: 'embedded SQLite',
  skipReason: null,
  async open() {
    const dataDir = mkdtempSync(join(tmpdir(), 'api-test-'));
    const store = await openStore(readConfig({ DATA_DIR: dataDir }));
    return { store, cleanup: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  },
};

export const neo4j: Backend = {
  name: 'Neo4j',
  skipReason: process.env['NEO4J_URI'] ? null : 'NEO4J_URI is not set: the API suite against Neo4j was skipped',
  async open() {
    const store = await openStore(readConfig(process.env));
    return { store, cleanup: () => store.close() };
  },
};

/** The fixture corpus saved directly, then the seed texts through the real ingestion. */
export async function loadCorpus(store: GraphStore): Promise<void> {
  for (const record of CORPUS) await store.saveDocument(record);
  const summary = await ingestPaths(store, [SEEDS_DIR], { progress: 'none' });
  // Say why seed-based expectations will fail, rather than leave only their symptoms.
  for (const file of summary.files) if (file.status === 'failed') console.log(`# seed not ingested: ${file.error?.message}`);
}

export interface RunningApi {
  url: string;
  logged: string[];
  close(): Promise<void>;
}

export async function startApi(
  store: GraphStore,
  options: { env?: Record<string, string>; limits?: AppOptions['limits']; clientDir?: string; trustProxy?: AppOptions['trustProxy'] } = {},
): Promise<RunningApi> {
  const config: Config = readConfig({ DATA_DIR: tmpdir(), ...options.env });
  const logged: string[] = [];
  const app = createApp({
    store, config, limits: options.limits, trustProxy: options.trustProxy, clientDir: options.clientDir ?? join(tmpdir(), 'no-client-here'),
    log: (message, error) => logged.push(`${message}: ${error instanceof Error ? error.message : String(error)}`),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logged,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface GraphqlAnswer<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string; [key: string]: unknown } }[] | undefined;
  headers: Headers;
}

export async function graphql<T = Record<string, any>>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlAnswer<T>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlAnswer['errors'] };
  return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
}

export const errorCodes = (answer: GraphqlAnswer): (string | undefined)[] => (answer.errors ?? []).map((error) => error.extensions?.code);
