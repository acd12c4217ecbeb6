// The first half of ingesting one file. Preparing (read, hash, decode, extract) needs no
// store and may run on any thread; committing (the duplicate check and the store write,
// commit.ts) runs where the store is, in groups, in walk order.

import { resolve } from 'node:path';
import type { DocumentRecord, GraphStore } from '../store/port.ts';
import { documentTextFromBytes, isFileRefused, readFileChecked } from './formats/index.ts';
import { contentHashOf, documentRecordOf } from './record.ts';
import type { Extractor } from './extractor.ts';
import type { FileReport } from './types.ts';
import type { WalkedPath } from './walk.ts';

/** A prepared file: its report so far, and the record to store unless it needs none. */
export interface Prepared {
  report: FileReport;
  record: DocumentRecord | null;
}

export interface PrepareOptions {
  maxBytes?: number;
  force?: boolean;
}

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

export function failureOf(path: string, error: unknown): FileReport {
  if (isFileRefused(error) || error instanceof StepFailed) return { path, status: 'failed', error: { code: error.code, message: error.message } };
  return { path, status: 'failed', error: { code: 'INGEST_FAILED', message: `${path}: ${error instanceof Error ? error.message : String(error)}` } };
}

export function sourceOf(path: string): string {
  return resolve(path);
}

/** A walked file before it is read: already failed, or to prepare against the hash stored for it. */
export type LookedUp = { failed: Prepared } | { path: string; previousHash: string | null };

export async function lookUp(store: GraphStore, { path, problem }: WalkedPath): Promise<LookedUp> {
  if (problem) return { failed: { report: { path, status: 'failed', error: problem }, record: null } };
  try {
    return { path, previousHash: await step('STORE_FAILED', path, () => store.contentHashOf(sourceOf(path))) };
  } catch (error) {
    return { failed: { report: failureOf(path, error), record: null } };
  }
}

/** Starts reading a file (size checked first); a caller may read ahead while another file is extracted. */
export function readAhead(path: string, options: PrepareOptions): Promise<Uint8Array> {
  const reading = readFileChecked(path, { maxBytes: options.maxBytes });
  reading.catch(() => undefined); // a refusal is reported when the file's turn comes
  return reading;
}

export async function prepareFile(
  path: string,
  previousHash: string | null,
  options: PrepareOptions,
  extract: Extractor,
  reading: Promise<Uint8Array> = readAhead(path, options),
): Promise<Prepared> {
  try {
    const source = sourceOf(path);
    const bytes = await reading;
    const contentHash = contentHashOf(bytes);
    if (previousHash === contentHash && !options.force) return { report: { path, status: 'unchanged' }, record: null };

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
    return { report, record };
  } catch (error) {
    return { report: failureOf(path, error), record: null };
  }
}
