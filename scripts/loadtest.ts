// `npm run loadtest -- --seconds 20`: reads while a bulk ingest writes. Starts the product
// server on a temporary store holding a first corpus, then runs `npm run ingest` on a
// second corpus into the same store while concurrent clients search, trace lineages and
// open documents over loopback HTTP. Reports errors (there should be none) and latency
// under load, then stops everything it started and removes the store.

import { Command } from 'commander';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_ROOT, ensureCorpus, readCorpus } from './bench/corpus.ts';
import { ingestCorpus } from './bench/ingestion.ts';
import { closedLoop, mb, ms, percentiles, residentBytesOf } from './bench/measure.ts';
import { graphql, LINEAGE_QUERY, startServer } from './bench/server-client.ts';
import { Random } from './generator/random.ts';

const options = new Command()
  .name('loadtest')
  .option('--seconds <s>', 'how long the clients read', '20')
  .option('--clients <n>', 'concurrent reading clients', '8')
  .option('--documents <n>', 'documents in the store before the test', '3000')
  .option('--ingest <n>', 'documents the bulk ingest writes during the test', '5000')
  .parse()
  .opts<{ seconds: string; clients: string; documents: string; ingest: string }>();

const seconds = Math.min(300, Number(options.seconds));
const log = (line: string): void => console.log(line);

mkdirSync(BENCH_ROOT, { recursive: true });
const initialDir = ensureCorpus(Number(options.documents), 'load-initial', log);
const bulkDir = ensureCorpus(Number(options.ingest), 'load-bulk', log);
const dataDir = mkdtempSync(join(BENCH_ROOT, 'loadtest-store-'));

const SEARCH_QUERY = `query Search($q: String!) { search(query: $q, first: 20) { totalCount hits { score document { key number title } } } }`;
const DOCUMENT_QUERY = `query Doc($key: ID!) { document(key: $key) { key number title date placeholder references { relation cue to { key number } } } }`;

let stopServer: (() => Promise<void>) | null = null;
let stopWriter: (() => void) | null = null;
try {
  log(`loading ${options.documents} documents into ${dataDir} …`);
  const first = await ingestCorpus(initialDir, dataDir, { DATA_DIR: dataDir }, log);
  await first.store.close();
  const keys = first.summary.files.flatMap((f) => (f.key ? [f.key] : []));
  const numbers = readCorpus(initialDir).documents.flatMap((d) => (d.number ? [d.number] : []));
  const random = new Random('loadtest');
  const words = ['bảo vệ môi trường', 'chuyen doi so', 'nghi quyet 24', 'kế hoạch thực hiện', 'phát triển rừng', 'nong thon moi'];

  const server = await startServer(dataDir, { DATA_DIR: dataDir });
  stopServer = server.stop;
  log(`server at ${server.url} (started in ${ms(server.startMs)})`);
  const STATS = '{ stats { documents placeholders edges { relation count } } }';
  type Stats = { stats: { documents: number; placeholders: number; edges: { count: number }[] } };
  const edgeCount = (s: Stats): number => s.stats.edges.reduce((sum, e) => sum + e.count, 0);
  const before = await graphql<Stats>(server.url, STATS);

  // The bulk writer: the product's own ingest command on the same store.
  const writerStarted = performance.now();
  const writer = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./ingest.ts', import.meta.url)), '--progress', 'none', join(bulkDir, 'docs')], {
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stopWriter = () => {
    if (writer.exitCode === null && writer.signalCode === null) writer.kill('SIGTERM');
  };
  let writerOutput = '';
  writer.stdout.on('data', (chunk: Buffer) => (writerOutput += chunk.toString()));
  writer.stderr.on('data', (chunk: Buffer) => (writerOutput += chunk.toString()));
  let writerSeconds: number | null = null;
  let writerExit: number | null = null;
  const writerDone = new Promise<void>((resolve) => writer.once('exit', (code) => {
    writerSeconds = (performance.now() - writerStarted) / 1000;
    writerExit = code;
    resolve();
  }));

  // Readers start once the writer is writing (its start-up takes a few seconds).
  const waitUntil = performance.now() + 60_000;
  while (performance.now() < waitUntil && writerExit === null) {
    const now = await graphql<Stats>(server.url, STATS);
    if (now.stats.documents + now.stats.placeholders > before.stats.documents + before.stats.placeholders) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`writer is writing (${((performance.now() - writerStarted) / 1000).toFixed(1)} s after it started); reading for ${seconds} s …`);

  const byOperation: Record<string, number[]> = { search: [], lineage: [], document: [] };
  const errors: string[] = [];
  const run = await closedLoop(Number(options.clients), seconds, async () => {
    const operation = random.weighted([['search', 4], ['lineage', 4], ['document', 2]] as const);
    const t0 = performance.now();
    try {
      if (operation === 'search') {
        await graphql(server.url, SEARCH_QUERY, { q: random.chance(0.5) ? random.pick(numbers) : random.pick(words) });
      } else if (operation === 'lineage') {
        await graphql(server.url, LINEAGE_QUERY, { key: random.pick(keys), direction: random.chance(0.5) ? 'UP' : 'DOWN' });
      } else {
        await graphql(server.url, DOCUMENT_QUERY, { key: random.pick(keys) });
      }
      byOperation[operation]!.push(performance.now() - t0);
    } catch (error) {
      errors.push(`${operation}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const rss = residentBytesOf(server.child.pid!);

  // Bounded: the writer gets a few seconds to finish, then it is stopped.
  const writerFinished = await Promise.race([writerDone.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
  if (!writerFinished) {
    writer.kill('SIGTERM');
    await writerDone;
  }
  const after = await graphql<Stats>(server.url, STATS);
  await server.stop();

  const all = Object.values(byOperation).flat();
  const overall = percentiles(all);
  log(`\nread for ${run.elapsed.toFixed(1)} s with ${options.clients} clients while ingesting ${options.ingest} documents:`);
  log(`  requests: ${all.length} (${(all.length / run.elapsed).toFixed(0)}/s), errors: ${errors.length}`);
  log(`  latency overall: p50 ${ms(overall.p50)}, p95 ${ms(overall.p95)}, p99 ${ms(overall.p99)}`);
  for (const [operation, samples] of Object.entries(byOperation)) {
    const p = percentiles(samples);
    log(`  ${operation.padEnd(9)} ${String(p.count).padStart(6)} requests: p50 ${ms(p.p50)}, p95 ${ms(p.p95)}, p99 ${ms(p.p99)}`);
  }
  errors.slice(0, 5).forEach((e) => log(`  error: ${e}`));
  log(`  writer: ${writerFinished ? `finished in ${writerSeconds!.toFixed(1)} s (exit ${writerExit})` : `stopped after ${seconds + 5} s`}; ${writerOutput.trim().split('\n').pop() ?? ''}`);
  log(`  store: ${before.stats.documents} → ${after.stats.documents} documents, ${before.stats.placeholders} → ${after.stats.placeholders} placeholders, ${edgeCount(before)} → ${edgeCount(after)} edges; server RSS ${rss ? mb(rss) : 'n/a'}`);
  process.exitCode = errors.length > 0 ? 1 : 0;
} finally {
  stopWriter?.();
  await stopServer?.();
  rmSync(dataDir, { recursive: true, force: true });
}
