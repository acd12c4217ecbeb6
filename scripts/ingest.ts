// npm run ingest -- PATH... : reads files and folders into the configured store.
// Progress goes to stderr; the summary (or, with --json, the full report) to stdout.
// Exit code: 0 all went in, 1 some file failed, 2 the run could not start, 130 interrupted.

import { Command, InvalidArgumentError } from 'commander';
import { readConfig } from '../server/src/config.ts';
import { openStore } from '../server/src/store/open-store.ts';
import { ingestPaths, type IngestSummary, type ProgressMode } from '../server/src/ingest/index.ts';

const PROGRESS_MODES: ProgressMode[] = ['auto', 'bar', 'lines', 'none'];
/** Duplicates are harmless, so a long list of them is cut short; failures are all listed. */
const LISTED_DUPLICATES = 20;

function progressMode(value: string): ProgressMode {
  if (!(PROGRESS_MODES as string[]).includes(value)) throw new InvalidArgumentError(`use one of ${PROGRESS_MODES.join(', ')}`);
  return value as ProgressMode;
}

function workerCount(value: string): number | 'auto' {
  if (value === 'auto') return value;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('"auto" or a whole number of threads, at least 1');
  return count;
}

function megabytes(value: string): number {
  const size = Number(value);
  if (!Number.isFinite(size) || size <= 0) throw new InvalidArgumentError('a positive number of megabytes');
  return Math.round(size * 1024 * 1024);
}

function printSummary(summary: IngestSummary): void {
  const total = summary.files.length;
  const rate = summary.seconds > 0 ? (total / summary.seconds).toFixed(1) : '—';
  const verb = summary.dryRun ? 'Dry run (nothing written): would ingest' : 'Ingested';
  console.log(
    `${verb} ${summary.ingested}, updated ${summary.updated}, unchanged ${summary.unchanged}, duplicates ${summary.duplicates}, failed ${summary.failed}`
      + ` — ${total} file(s) in ${summary.seconds.toFixed(2)} s (${rate} files/s)`,
  );
  const duplicates = summary.files.filter((file) => file.status === 'duplicate');
  if (duplicates.length > 0) {
    console.log('Already held from another file (not stored again):');
    for (const file of duplicates.slice(0, LISTED_DUPLICATES)) console.log(`  ${file.path} = ${file.duplicateOf} (${file.key})`);
    if (duplicates.length > LISTED_DUPLICATES) console.log(`  … and ${duplicates.length - LISTED_DUPLICATES} more (--json lists them all)`);
  }
  const failures = summary.files.filter((file) => file.status === 'failed');
  if (failures.length > 0) {
    console.log('Failed:');
    for (const file of failures) console.log(`  ${file.error?.code ?? 'FAILED'}  ${file.error?.message ?? file.path}`);
  }
}

const program = new Command()
  .name('ingest')
  .description('Read .txt (any Vietnamese encoding), .docx, .pdf and .html files into the citation graph')
  .argument('<paths...>', 'files and folders (walked recursively, hidden files skipped)')
  .option('--dry-run', 'extract and report, write nothing')
  .option('--json', 'print the full report as JSON on stdout')
  .option('--progress <mode>', `progress display: ${PROGRESS_MODES.join(', ')}`, progressMode, 'auto' as ProgressMode)
  .option('--max-size <MB>', 'refuse files larger than this', megabytes, 20 * 1024 * 1024)
  .option('--force', 're-read files even when their content is unchanged')
  .option('--workers <n>', 'threads reading and extracting ahead of the writes ("auto": the cores, for large batches)', workerCount, 1 as number | 'auto')
  .action(async (paths: string[], flags: { dryRun?: boolean; json?: boolean; progress: ProgressMode; maxSize: number; force?: boolean; workers: number | 'auto' }) => {
    let store;
    try {
      store = await openStore(readConfig());
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 2;
      return;
    }
    // Ctrl-C finishes the file under way and reports what went in; a second one stops at once.
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    try {
      const summary = await ingestPaths(store, paths, {
        signal: stop.signal,
        progress: flags.progress,
        dryRun: flags.dryRun ?? false,
        maxBytes: flags.maxSize,
        force: flags.force ?? false,
        workers: flags.workers,
      });
      if (flags.json) console.log(JSON.stringify(summary, null, 2));
      else printSummary(summary);
      if (summary.interrupted) console.error(`Interrupted: ${summary.files.length} file(s) done; run the same command again to go on.`);
      process.exitCode = summary.interrupted ? 130 : summary.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  });

await program.parseAsync();
