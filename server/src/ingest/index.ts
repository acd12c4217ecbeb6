// Ingestion: files and folders in, documents and their references in the graph. Each
// file is read, turned into text, run through the extractor and saved in one store
// transaction; a file that fails is reported by name and the rest of the batch goes on.

import { resolve } from 'node:path';
import type { GraphStore } from '../store/port.ts';
import { documentTextFromBytes, isFileRefused, readFileChecked } from './formats/index.ts';
import { contentHashOf, documentRecordOf } from './record.ts';
import { progressListener } from './progress.ts';
import { walkPaths } from './walk.ts';
import { defaultExtractor, type Extractor } from './extractor.ts';
import type { FileReport, IngestEvent, IngestOptions, IngestSummary } from './types.ts';

export type { FileReport, FileStatus, IngestEvent, IngestOptions, IngestSummary, ProgressMode } from './types.ts';
export { unnumberedKey } from './record.ts';
export type { Extractor } from './extractor.ts';

/** A failure at one step of one file: its code says which step. */
class StepFailed extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

async function step<T>(code: string, path: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isFileRefused(error) || error instanceof StepFailed) throw error;
    throw new StepFailed(code, `${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function ingestFile(store: GraphStore, path: string, options: IngestOptions, extract: Extractor): Promise<FileReport> {
  const source = resolve(path);
  const bytes = await readFileChecked(path, { maxBytes: options.maxBytes });
  const contentHash = contentHashOf(bytes);
  const previousHash = await step('STORE_FAILED', path, () => store.contentHashOf(source));
  if (previousHash === contentHash && !options.force) return { path, status: 'unchanged' };

  const document = await documentTextFromBytes(bytes, path, { maxBytes: options.maxBytes });
  const result = await step('EXTRACTION_FAILED', path, () => extract(document.text, { source }));
  const record = documentRecordOf(result, document.text, source, contentHash);
  const report: FileReport = {
    path,
    status: previousHash === null ? 'ingested' : 'updated',
    key: record.key,
    references: result.references.length,
    format: document.format,
    ...(document.encoding ? { encoding: document.encoding } : {}),
  };
  const [held] = await step('STORE_FAILED', path, () => store.getDocuments([record.key]));
  if (held && !held.placeholder && held.source !== null && held.source !== source) {
    return { ...report, status: 'duplicate', duplicateOf: held.source };
  }
  if (options.dryRun) return report;

  const outcome = await step('STORE_FAILED', path, () => store.saveDocument(record));
  return { ...report, status: outcome.status === 'created' ? 'ingested' : outcome.status };
}

function failureOf(path: string, error: unknown): FileReport {
  if (isFileRefused(error) || error instanceof StepFailed) return { path, status: 'failed', error: { code: error.code, message: error.message } };
  return { path, status: 'failed', error: { code: 'INGEST_FAILED', message: `${path}: ${error instanceof Error ? error.message : String(error)}` } };
}

export async function ingestPaths(store: GraphStore, paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const progress = progressListener(options.progress);
  const emit = (event: IngestEvent): void => {
    progress?.(event);
    options.onEvent?.(event);
  };

  const extract = options.extractor ?? (await defaultExtractor());
  const walked = await walkPaths(paths);
  emit({ kind: 'start', total: walked.length });
  const files: FileReport[] = [];
  for (const { path, problem } of walked) {
    let report: FileReport;
    try {
      report = problem ? { path, status: 'failed', error: problem } : await ingestFile(store, path, options, extract);
    } catch (error) {
      report = failureOf(path, error);
    }
    files.push(report);
    emit({ kind: 'file', done: files.length, total: walked.length, report });
  }

  const count = (status: FileReport['status']): number => files.filter((file) => file.status === status).length;
  const summary: IngestSummary = {
    ingested: count('ingested'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    dryRun: options.dryRun ?? false,
    files,
    seconds: (performance.now() - started) / 1000,
  };
  emit({ kind: 'finish', summary });
  return summary;
}
