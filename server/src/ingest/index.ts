// Ingestion: files and folders in, documents and their references in the graph. Each
// file is read, turned into text and run through the extractor; the records are saved in
// groups (commit.ts), each text all or nothing on its own; a file that fails is reported
// by name and the rest of the batch goes on.

import { availableParallelism } from 'node:os';
import type { GraphStore } from '../store/port.ts';
import { progressListener } from './progress.ts';
import { walkPaths, type WalkedPath } from './walk.ts';
import { defaultExtractor, type Extractor } from './extractor.ts';
import { lookUp, prepareFile, readAhead, type Prepared, type PrepareOptions } from './steps.ts';
import { commitInGroups, RECORDS_PER_COMMIT } from './commit.ts';
import { prepareInParallel } from './parallel.ts';
import type { FileReport, IngestEvent, IngestOptions, IngestSummary } from './types.ts';

export type { FileReport, FileStatus, IngestEvent, IngestOptions, IngestSummary, ProgressMode } from './types.ts';
export { unnumberedKey } from './record.ts';
export { isFileRefused, type RefusalCode } from './formats/index.ts';
export { ingestBytes, ingestText, type SingleIngestOptions, type SingleIngestOutcome } from './single.ts';
export type { Extractor } from './extractor.ts';

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM_FILES = 64;

/** From this many files a run is bulk: records are committed in groups, not one by one. */
const BULK_FROM_FILES = 64;

/** Files read ahead of the one being extracted, so the disk and the processor overlap. */
const READ_AHEAD = 4;

async function* prepareInTurn(store: GraphStore, walked: readonly WalkedPath[], options: PrepareOptions, extract: Extractor): AsyncGenerator<Prepared> {
  const reads = new Map<number, Promise<Uint8Array>>();
  for (let index = 0; index < walked.length; index++) {
    for (let ahead = index; ahead < Math.min(walked.length, index + READ_AHEAD); ahead++) {
      const file = walked[ahead]!;
      if (!reads.has(ahead) && !file.problem) reads.set(ahead, readAhead(file.path, options));
    }
    const reading = reads.get(index);
    reads.delete(index);
    const known = await lookUp(store, walked[index]!);
    yield 'failed' in known ? known.failed : prepareFile(known.path, known.previousHash, options, extract, reading);
  }
}

/** The product's extractor, loaded only once a file needs it: a re-run of unchanged files never does. */
const extractOnFirstUse: Extractor = async (text, options) => (await defaultExtractor())(text, options);

/** How many threads prepare files: "auto" uses the cores for a large batch, one thread otherwise. */
function workerCountFor(options: IngestOptions, files: number): number {
  if (options.extractor) return 0; // a function cannot be sent to another thread
  const asked = options.workers ?? 0;
  if (asked === 'auto') return files >= PARALLEL_FROM_FILES ? Math.min(availableParallelism(), 8) : 0;
  return asked > 1 ? asked : 0;
}

export async function ingestPaths(store: GraphStore, paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const progress = progressListener(options.progress);
  const emit = (event: IngestEvent): void => {
    progress?.(event);
    options.onEvent?.(event);
  };

  const walked = await walkPaths(paths);
  emit({ kind: 'start', total: walked.length });
  const prepareOptions: PrepareOptions = { maxBytes: options.maxBytes, force: options.force };
  const workers = workerCountFor(options, walked.length);
  const prepared = workers > 0
    ? prepareInParallel(store, walked, prepareOptions, workers)
    : prepareInTurn(store, walked, prepareOptions, options.extractor ?? extractOnFirstUse);

  const files: FileReport[] = [];
  await commitInGroups(store, prepared, {
    dryRun: options.dryRun ?? false,
    force: options.force ?? false,
    // A small run commits file by file, so a stop (Ctrl-C) takes effect after the next file.
    perCommit: options.recordsPerCommit ?? (walked.length >= BULK_FROM_FILES ? RECORDS_PER_COMMIT : 1),
    signal: options.signal,
  }, (report) => {
    files.push(report);
    emit({ kind: 'file', done: files.length, total: walked.length, report });
  });

  const count = (status: FileReport['status']): number => files.filter((file) => file.status === status).length;
  const summary: IngestSummary = {
    ingested: count('ingested'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    dryRun: options.dryRun ?? false,
    interrupted: files.length < walked.length,
    files,
    seconds: (performance.now() - started) / 1000,
  };
  emit({ kind: 'finish', summary });
  return summary;
}
