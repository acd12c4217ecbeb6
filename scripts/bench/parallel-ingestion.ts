// Ingestion with extraction spread over worker threads: the same steps as
// `ingestPaths` for each file (read, decode, extract, then one store transaction), but
// files are read and extracted on every core while the main thread writes, in walk order.
// It measures what the pipeline does when it is not bound to one core.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/src/config.ts';
import { walkPaths } from '../../server/src/ingest/walk.ts';
import type { FileReport, IngestSummary } from '../../server/src/ingest/index.ts';
import { openStore } from '../../server/src/store/open-store.ts';
import type { DocumentRecord } from '../../server/src/store/port.ts';
import type { IngestionRun } from './ingestion.ts';
import type { WorkerAnswer } from './extract-worker.ts';

const BATCH = 32;

export async function ingestCorpusInParallel(corpusDir: string, dataDir: string, env: NodeJS.ProcessEnv, workers: number, log: (line: string) => void): Promise<IngestionRun> {
  const store = await openStore(readConfig({ ...env, DATA_DIR: dataDir }));
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const files = (await walkPaths([join(corpusDir, 'docs')])).filter((f) => !f.problem).map((f) => f.path);
  const pool = Array.from({ length: Math.max(1, Math.min(workers, availableParallelism())) }, () =>
    new Worker(new URL('./extract-worker.mjs', import.meta.url)));

  const ready = new Map<number, { record?: DocumentRecord; error?: string }>();
  const idle: Worker[] = [];
  let next = 0;
  let nextToSend = 0;
  let waiting: (() => void) | null = null;
  const send = (worker: Worker): void => {
    if (nextToSend >= files.length) return;
    const batch = files.slice(nextToSend, nextToSend + BATCH).map((path, i) => ({ index: nextToSend + i, path }));
    nextToSend += batch.length;
    worker.postMessage(batch);
  };
  for (const worker of pool) {
    worker.on('message', (answers: WorkerAnswer[]) => {
      for (const answer of answers) ready.set(answer.index, 'record' in answer ? { record: answer.record } : { error: answer.error });
      // Keep at most a few batches ahead of the writer, so memory stays bounded.
      if (nextToSend - next < BATCH * pool.length * 4) send(worker);
      else idle.push(worker);
      waiting?.();
    });
    send(worker);
    send(worker);
  }

  const reports: FileReport[] = [];
  let peakRssBytes = process.memoryUsage().rss;
  for (; next < files.length; next++) {
    while (!ready.has(next)) await new Promise<void>((resolve) => (waiting = resolve));
    const answer = ready.get(next)!;
    ready.delete(next);
    while (idle.length > 0 && nextToSend - next < BATCH * pool.length * 2) send(idle.pop()!);
    const path = files[next]!;
    if (answer.error || !answer.record) {
      reports.push({ path, status: 'failed', error: { code: 'EXTRACTION_FAILED', message: answer.error ?? 'no record' } });
      continue;
    }
    const record = answer.record;
    const [held] = await store.getDocuments([record.key]);
    if (held && !held.placeholder && held.source !== null && held.source !== record.source) {
      reports.push({ path, status: 'duplicate', key: record.key, duplicateOf: held.source });
      continue;
    }
    const outcome = await store.saveDocument(record);
    reports.push({ path, status: outcome.status === 'created' ? 'ingested' : outcome.status, key: record.key, references: record.references.length });
    if ((next + 1) % 10_000 === 0) {
      peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
      const seconds = (performance.now() - started) / 1000;
      log(`  ingested ${next + 1}/${files.length} in ${seconds.toFixed(0)} s (${((next + 1) / seconds).toFixed(0)} documents/s)`);
    }
  }
  await Promise.all(pool.map((worker) => worker.terminate()));
  const seconds = (performance.now() - started) / 1000;
  const count = (status: string): number => reports.filter((r) => r.status === status).length;
  const summary: IngestSummary = {
    ingested: count('ingested'), updated: count('updated'), unchanged: count('unchanged'), duplicates: count('duplicate'),
    failed: count('failed'), dryRun: false, files: reports, seconds,
  };
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  const cpu = process.cpuUsage(cpu0);
  return { store, summary, seconds, documentsPerSecond: (summary.ingested + summary.updated + summary.duplicates) / seconds, peakRssBytes, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
