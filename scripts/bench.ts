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
import { join, relative } from 'node:path';
import { readConfig } from '../server/src/config.ts';
import { openStore } from '../server/src/store/open-store.ts';
import type { IndexedDocument } from './generator/read-corpus.ts';
import { BENCH_ROOT, ensureCorpus, readCorpus } from './bench/corpus.ts';
import { benchExtraction, type ExtractionFigures } from './bench/extraction.ts';
import { ingestCorpus } from './bench/ingestion.ts';
import type { LineageSample } from './bench/lineage.ts';
import { mb } from './bench/measure.ts';
import { measureQueries } from './bench/queries.ts';
import { filesOf, scoreResolution, type ResolutionFigures } from './bench/resolution.ts';
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
  .option('--workers <n>', 'ingest with this many threads reading and extracting ahead of the writes (npm run ingest -- --workers N); 0: one thread', '0')
  .option('--profile-server <dir>', 'write a CPU profile of the server process (node --cpu-prof) to this folder')
  .option('--keep', 'keep the stores under the bench folder')
  .option('--store <dir>', 'measure queries on a store kept by an earlier run (--keep) instead of ingesting again')
  .parse()
  .opts<{ documents: string; quick?: boolean; seed: string; extractMb: string; seconds: string; clients: string; json?: string; keep?: boolean; workers: string; profileServer?: string; store?: string }>();

const sizes = options.quick ? [2000] : options.documents.split(',').map((s) => Number(s.replace(/_/g, '')));
const seconds = options.quick ? 3 : Number(options.seconds);
const log = (line: string): void => console.log(line);
const figures: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() },
};

log(`Machine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`);

const queryOptions = { rounds: options.quick ? 1 : 3, clients: Number(options.clients), seconds, profileServer: options.profileServer };

/** Local documents to trace UP, central and provincial ones to trace DOWN. */
function lineageSample(size: number, documents: IndexedDocument[], keyOf: Map<string, string>): LineageSample {
  const random = new Random(`lineage-${size}`);
  const held = documents.filter((d) => keyOf.has(d.file));
  return {
    up: random.sample(held.filter((d) => d.level === 'commune' || d.level === 'district'), 200).map((d) => keyOf.get(d.file)!),
    // Half central documents (a researcher tracing a resolution down the country), half
    // provincial committees' documents.
    down: [
      ...random.sample(held.filter((d) => d.level === 'central'), 50),
      ...random.sample(held.filter((d) => d.level === 'province' && d.number?.endsWith('/TU')), 50),
    ].map((d) => keyOf.get(d.file)!),
  };
}

function printResolution(r: ResolutionFigures): void {
  const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  log(`accuracy against the truth file (${r.edges} asserted edges, ${r.pinnedEdges} pinned by their text):`);
  log(`  recovered ${r.recovered} (${pct(r.recovered, r.edges)}); of pinned ${pct(r.recoveredPinned, r.pinnedEdges)}; wrong relation ${r.wrongRelation}; wrong subject ${r.wrongSubject}; unresolved placeholder ${r.unresolved}; wrong target ${r.wrongTarget}; missing ${r.missing}`);
  log(`  wrong merges: ${r.wrongMerges} (target 0); ambiguous placeholders ${r.ambiguousPlaceholders}; duplicate files ${r.duplicates}`);
  r.examples.forEach((example) => log(`    e.g. ${example}`));
}

let extraction: ExtractionFigures | null = null;
for (const size of sizes) {
  log(`\n== ${size.toLocaleString('en')} documents ==`);
  const corpusDir = ensureCorpus(size, options.seed, log);
  const corpus = readCorpus(corpusDir);
  log(`corpus: ${corpusDir} (${mb(corpus.manifest.bytes)}, ${corpus.truth.length} asserted edges)`);

  if (!extraction && !options.store) {
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

  if (options.store) {
    // Queries only, on a store an earlier run kept.
    const store = await openStore(readConfig({ DATA_DIR: options.store }));
    const graph = await store.wholeGraph(10_000_000);
    const keyOf = new Map(graph.nodes.flatMap((n) => (n.source ? [[relative(corpusDir, n.source), n.key] as [string, string]] : [])));
    log(`reusing the store in ${options.store}: ${keyOf.size} documents held`);
    const resolution = await scoreResolution(store, corpusDir, { fileKey: keyOf, duplicates: corpus.documents.length - keyOf.size });
    printResolution(resolution);
    const queries = await measureQueries(store, options.store, lineageSample(size, corpus.documents, keyOf), queryOptions, log);
    figures[`documents_${size}`] = { resolution, ...queries };
    continue;
  }
  const dataDir = join(BENCH_ROOT, `store-${size}-${process.pid}`);
  const embeddedEnv = { DATA_DIR: dataDir };
  let run;
  try {
    const workers = Number(options.workers);
    run = await ingestCorpus(corpusDir, dataDir, embeddedEnv, log, workers);
  } catch (error) {
    log(`ingestion: not available yet (${error instanceof Error ? error.message : String(error)})`);
    continue;
  }
  const s = run.summary;
  const mode = Number(options.workers) > 1 ? `--workers ${options.workers}` : 'one thread';
  log(`ingestion (embedded SQLite, ${mode}): ${s.ingested} ingested, ${s.duplicates} duplicates, ${s.failed} failed in ${run.seconds.toFixed(1)} s → ${run.documentsPerSecond.toFixed(0)} documents/s (target ≥ 1,000); ${(1000 * run.cpuSeconds / Math.max(1, s.files.length)).toFixed(1)} ms of CPU per document; peak RSS ${mb(run.peakRssBytes)}`);
  const failures = s.files.filter((f) => f.status === 'failed').slice(0, 3);
  failures.forEach((f) => log(`  failed: ${f.path}: ${f.error?.message}`));

  const resolution = await scoreResolution(run.store, corpusDir, filesOf(corpusDir, s));
  printResolution(resolution);

  const keyOf = new Map(s.files.filter((f) => f.key).map((f) => [relative(corpusDir, f.path), f.key!]));
  const queries = await measureQueries(run.store, dataDir, lineageSample(size, corpus.documents, keyOf), queryOptions, log);

  if (process.env.NEO4J_URI) {
    const neo = await ingestCorpus(corpusDir, `${dataDir}-neo4j`, process.env, log);
    log(`ingestion (Neo4j ${process.env.NEO4J_URI}): ${neo.documentsPerSecond.toFixed(0)} documents/s`);
    await neo.store.close();
  } else {
    log('Neo4j: skipped (NEO4J_URI is not set)');
  }

  figures[`documents_${size}`] = {
    ingestion: { ingested: s.ingested, duplicates: s.duplicates, failed: s.failed, seconds: run.seconds, documentsPerSecond: run.documentsPerSecond, cpuSeconds: run.cpuSeconds, peakRssBytes: run.peakRssBytes },
    resolution, ...queries,
  };
  if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
}

if (options.json) writeFileSync(options.json, `${JSON.stringify(figures, null, 2)}\n`);
