// What a caller asks of an ingest run and what it gets back: per-file outcomes that name
// each file, and the counts a summary line needs.

import type { Extractor } from './extractor.ts';

export type ProgressMode = 'auto' | 'bar' | 'lines' | 'none';

/**
 * "duplicate": the file is a document already held from another file (the .docx and the
 * .pdf of one dispatch); the text first stored is kept, so re-runs stay no-ops.
 */
export type FileStatus = 'ingested' | 'updated' | 'unchanged' | 'duplicate' | 'failed';

export interface FileReport {
  /** The file as walked from the paths given. */
  path: string;
  status: FileStatus;
  /** The document's key in the graph (absent for files that failed before extraction). */
  key?: string;
  /** How many referenced documents the extractor found. */
  references?: number;
  format?: string;
  encoding?: string;
  error?: { code: string; message: string };
  /** For a duplicate: the file the stored text came from. */
  duplicateOf?: string;
}

export interface IngestSummary {
  ingested: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  failed: number;
  /** True when nothing was written (a --dry-run): statuses say what would have happened. */
  dryRun: boolean;
  /** True when the run was stopped (Ctrl-C) before the last file; `files` lists those done. */
  interrupted?: boolean;
  files: FileReport[];
  seconds: number;
}

export type IngestEvent =
  | { kind: 'start'; total: number }
  | { kind: 'file'; done: number; total: number; report: FileReport }
  | { kind: 'finish'; summary: IngestSummary };

export interface IngestOptions {
  progress: ProgressMode;
  /** Extract and report, write nothing. */
  dryRun?: boolean;
  /** Files over this size are refused (20 MB by default). */
  maxBytes?: number;
  /** Re-read files even when their content hash is unchanged. */
  force?: boolean;
  onEvent?: (event: IngestEvent) => void;
  /**
   * Threads that read and extract files ahead of the store writes: a number, or "auto"
   * (the machine's cores, for batches large enough to repay starting them). One by default.
   */
  workers?: number | 'auto';
  /** Stops the run between two files (the file under way is finished, never cut short). */
  signal?: AbortSignal;
  /**
   * Records saved per store commit (each text still all or nothing on its own): 200 for a
   * bulk run of 64 files or more, one by one for a smaller run.
   */
  recordsPerCommit?: number;
  /** Another extractor than the product's (tests, benchmarks). */
  extractor?: Extractor;
}
