// End-to-end ingestion of a generated corpus into a fresh store, as `npm run ingest` does
// it: walk, read, extract, resolve, save one transaction per file.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../../server/src/config.ts';
import { ingestPaths, type IngestSummary } from '../../server/src/ingest/index.ts';
import { openStore } from '../../server/src/store/open-store.ts';
import type { GraphStore } from '../../server/src/store/port.ts';

export interface IngestionRun {
  store: GraphStore;
  summary: IngestSummary;
  seconds: number;
  documentsPerSecond: number;
  peakRssBytes: number;
  /** CPU seconds of this process (all its threads) during the ingestion. */
  cpuSeconds: number;
}

/** `workers` > 1 reads and extracts files on that many threads ahead of the writes (`npm run ingest -- --workers N`). */
export async function ingestCorpus(corpusDir: string, dataDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void, workers = 0): Promise<IngestionRun> {
  mkdirSync(dataDir, { recursive: true });
  const store = await openStore(readConfig({ ...env, DATA_DIR: dataDir }));
  let peakRssBytes = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const summary = await ingestPaths(store, [join(corpusDir, 'docs')], {
    progress: 'none',
    workers,
    onEvent: (event) => {
      if (event.kind !== 'file' || event.done % 10_000 !== 0) return;
      peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
      const seconds = (performance.now() - started) / 1000;
      log(`  ingested ${event.done}/${event.total} in ${seconds.toFixed(0)} s (${(event.done / seconds).toFixed(0)} documents/s)`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  const stored = summary.ingested + summary.updated + summary.duplicates;
  const cpu = process.cpuUsage(cpu0);
  return { store, summary, seconds, documentsPerSecond: stored / seconds, peakRssBytes, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
