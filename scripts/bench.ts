// `npm run bench`: the figures docs/performance.md records. For each corpus size it
// generates (or reuses) a synthetic national corpus, then measures extraction throughput
// beside its floor, end-to-end ingestion, extraction + resolution accuracy against the
// truth file, lineage latency through the store and through GraphQL over loopback HTTP,
// lineage requests per second, the server's memory, cold start and the database size.
//
//   npm run bench                                   # 10,000 and 100,000 documents
//   npm run bench -- --documents 10000              # one size
//   npm run bench -- --quick                        # a short run on 2,000 documents

import { Command } from 'commander';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_ROOT, ensureCorpus, readCorpus } from './bench/corpus.ts';
import { benchExtraction, type ExtractionFigures } from './bench/extraction.ts';
import { ingestCorpus } from './bench/ingestion.ts';
import { ingestCorpusInParallel } from './bench/parallel-ingestion.ts';
import { lineageThroughGraphql, lineageThroughput, lineageThroughStore, type LineageSample } from './bench/lineage.ts';
import { folderSize, mb, ms, peakResidentBytesOf, residentBytesOf } from './bench/measure.ts';
import { scoreResolution } from './bench/resolution.ts';
import { graphql, LINEAGE_QUERY, startServer } from './bench/server-client.ts';
import { Random } from './generator/random.ts';

const options = new Command()
  .name('bench')
  .option('--documents <sizes>', 'corpus sizes, comma-separated', '10000,100000')
  .option('--quick', 'a short run: 2,000 documents, short timings')
  .option('--seed <seed>', 'corpus seed', 'bench')
  .option('--extract-mb <mb>', 'megabytes of text for the extraction throughput', '20')
  .option('--seconds <s>', 'duration of the requests-per-second run', '10')
  .option('--clients <n>', 'concurrent clients for the requests-per-second run', '16')
  .option('--json <file>', 'also write the figures as JSON')
  .option('--workers <n>', 'extract on this many worker threads while the main thread writes (0: one process, as npm run ingest)', '0')
  .option('--profile-server <dir>', 'write a CPU profile of the server process (node --cpu-prof) to this folder')
  .option('--keep', 'keep the stores under the bench folder')
  .parse()
  .opts<{ documents: string; quick?: boolean; seed: string; extractMb: string; seconds: string; clients: string; json?: string; keep?: boolean; workers: string; profileServer?: string }>();

const sizes = options.quick ? [2000] : options.documents.split(',').map((s) => Number(s.replace(/_/g, '')));
const seconds = options.quick ? 3 : Number(options.seconds);
const log = (line: string): void => console.log(line);
const figures: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() },
};

log(`Machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);

let extraction: ExtractionFigures | null = null;
for (const size of sizes) {
  log(`\n== ${size.toLocaleString('en')} documents ==`);
  const corpusDir = ensureCorpus(size, options.seed, log);
  const corpus = readCorpus(corpusDir);
  log(`corpus: ${corpusDir} (${mb(corpus.manifest.bytes)}, ${corpus.truth.length} asserted edges)`);

  if (!extraction) {
    extraction = await benchExtraction(corpusDir, Number(options.extractMb) * 1e6, log);
    const e = extraction;
    log(`extraction on one core, ${e.documents} documents (${mb(e.bytes)}):`);
    const f = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(x < 10 ? 2 : 1));
    log(`  extract():               ${f(e.extractMBs)} MB/s elapsed, ${f(e.extractCpuMBs)} MB/s of CPU time (target ≥ 30)`);
    log(`  normalise + scan floor:  ${f(e.floorMBs)} MB/s elapsed, ${f(e.floorCpuMBs)} MB/s of CPU time (normalise alone ${f(e.normaliseMBs)} MB/s)`);
    if (e.accuracy) {
      const a = e.accuracy;
      const pct = (n: number): string => `${((100 * n) / Math.max(1, a.edges)).toFixed(1)}%`;
      log(`  references at the asserted places: found ${pct(a.found)}, number right ${pct(a.numberRight)}, relation and subject right ${pct(a.relationRight)} of ${a.edges}`);
    }
    figures.extraction = e;
  }

  const dataDir = join(BENCH_ROOT, `store-${size}-${process.pid}`);
  const embeddedEnv = { DATA_DIR: dataDir };
  let run;
  try {
    const workers = Number(options.workers);
    run = workers > 0 ? await ingestCorpusInParallel(corpusDir, dataDir, embeddedEnv, workers, log) : await ingestCorpus(corpusDir, dataDir, embeddedEnv, log);
  } catch (error) {
    log(`ingestion: not available yet (${error instanceof Error ? error.message : String(error)})`);
    continue;
  }
  const s = run.summary;
  const mode = Number(options.workers) > 0 ? `${options.workers} extraction workers + writer` : 'one process, as npm run ingest';
  log(`ingestion (embedded SQLite, ${mode}): ${s.ingested} ingested, ${s.duplicates} duplicates, ${s.failed} failed in ${run.seconds.toFixed(1)} s → ${run.documentsPerSecond.toFixed(0)} documents/s (target ≥ 1,000); ${(1000 * run.cpuSeconds / Math.max(1, s.files.length)).toFixed(1)} ms of CPU per document; peak RSS ${mb(run.peakRssBytes)}`);
  const failures = s.files.filter((f) => f.status === 'failed').slice(0, 3);
  failures.forEach((f) => log(`  failed: ${f.path}: ${f.error?.message}`));

  const resolution = await scoreResolution(run.store, corpusDir, s);
  const r = resolution;
  const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  log(`accuracy against the truth file (${r.edges} asserted edges, ${r.pinnedEdges} pinned by their text):`);
  log(`  recovered ${r.recovered} (${pct(r.recovered, r.edges)}); of pinned ${pct(r.recoveredPinned, r.pinnedEdges)}; wrong relation ${r.wrongRelation}; unresolved placeholder ${r.unresolved}; wrong target ${r.wrongTarget}; missing ${r.missing}`);
  log(`  wrong merges: ${r.wrongMerges} (target 0); ambiguous placeholders ${r.ambiguousPlaceholders}; duplicate files ${r.duplicates}`);
  r.examples.forEach((example) => log(`    e.g. ${example}`));

  // Lineage samples: local documents (UP) and central or provincial ones (DOWN).
  const random = new Random(`lineage-${size}`);
  const keyOf = new Map(s.files.filter((f) => f.key).map((f) => [f.path.slice(corpusDir.length + 1), f.key!]));
  const held = corpus.documents.filter((d) => keyOf.has(d.file));
  const sample: LineageSample = {
    up: random.sample(held.filter((d) => d.level === 'commune' || d.level === 'district'), 200).map((d) => keyOf.get(d.file)!),
    down: random.sample(held.filter((d) => d.level === 'central' || (d.level === 'province' && d.number?.endsWith('/TU'))), 100).map((d) => keyOf.get(d.file)!),
  };
  const storeLatency = await lineageThroughStore(run.store, sample, options.quick ? 1 : 3);
  log(`lineage through the store (depth 6): UP p50 ${ms(storeLatency.up.p50)} p95 ${ms(storeLatency.up.p95)} (${storeLatency.meanNodesUp.toFixed(0)} nodes); DOWN p50 ${ms(storeLatency.down.p50)} p95 ${ms(storeLatency.down.p95)} (${storeLatency.meanNodesDown.toFixed(0)} nodes) (target p95 ≤ 10 ms)`);
  await run.store.close();
  const databaseBytes = folderSize(dataDir);
  log(`database size: ${mb(databaseBytes)}`);

  const server = await startServer(dataDir, embeddedEnv, options.profileServer ? ['--cpu-prof', '--cpu-prof-dir', options.profileServer] : []);
  const firstStarted = performance.now();
  await graphql(server.url, LINEAGE_QUERY, { key: sample.up[0], direction: 'UP' });
  const coldStartMs = server.startMs + (performance.now() - firstStarted);
  log(`cold start: ${ms(coldStartMs)} from spawning the server to its first lineage answer (store open ${ms(server.openMs)}) (target ≤ 3 s)`);
  const httpLatency = await lineageThroughGraphql(server.url, sample, options.quick ? 1 : 2);
  log(`lineage through GraphQL over HTTP: UP p50 ${ms(httpLatency.up.p50)} p95 ${ms(httpLatency.up.p95)}; DOWN p50 ${ms(httpLatency.down.p50)} p95 ${ms(httpLatency.down.p95)} (target p95 ≤ 30 ms)`);
  const throughput = await lineageThroughput(server.url, sample, Number(options.clients), seconds);
  log(`lineage requests/s: ${throughput.requestsPerSecond.toFixed(0)} with ${throughput.clients} clients over ${throughput.seconds.toFixed(1)} s (p50 ${ms(throughput.latency.p50)}, p95 ${ms(throughput.latency.p95)}, errors ${throughput.errors}) (target ≥ 500)`);
  if (throughput.firstError) log(`  first error: ${throughput.firstError}`);
  const rss = residentBytesOf(server.child.pid!);
  const peak = peakResidentBytesOf(server.child.pid!);
  log(`server memory: RSS ${rss ? mb(rss) : 'n/a'}, peak ${peak ? mb(peak) : 'n/a'} (target ≤ 1 GB)`);
  await server.stop();

  if (process.env.NEO4J_URI) {
    const neo = await ingestCorpus(corpusDir, `${dataDir}-neo4j`, process.env, log);
    log(`ingestion (Neo4j ${process.env.NEO4J_URI}): ${neo.documentsPerSecond.toFixed(0)} documents/s`);
    await neo.store.close();
  } else {
    log('Neo4j: skipped (NEO4J_URI is not set)');
  }

  figures[`documents_${size}`] = {
    ingestion: { ingested: s.ingested, duplicates: s.duplicates, failed: s.failed, seconds: run.seconds, documentsPerSecond: run.documentsPerSecond, cpuSeconds: run.cpuSeconds, peakRssBytes: run.peakRssBytes },
    resolution, storeLatency, httpLatency, throughput, coldStartMs, storeOpenMs: server.openMs, serverRssBytes: rss, serverPeakRssBytes: peak, databaseBytes,
  };
  if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
}

if (options.json) writeFileSync(options.json, `${JSON.stringify(figures, null, 2)}\n`);
