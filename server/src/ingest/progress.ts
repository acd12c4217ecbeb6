// Shows an ingest run as it goes, on stderr so that stdout stays free for a --json report:
// a bar with counts and time left on a terminal, one plain line per file otherwise.

import cliProgress from 'cli-progress';
import type { FileReport, IngestEvent, ProgressMode } from './types.ts';

type Listener = (event: IngestEvent) => void;

function describe(report: FileReport): string {
  if (report.error) return `${report.error.code}: ${report.error.message}`;
  if (report.duplicateOf) return `${report.path} is ${report.key} again, already held from ${report.duplicateOf}`;
  const references = report.references === undefined ? '' : `, ${report.references} reference(s)`;
  return `${report.path} → ${report.key ?? '?'}${references}`;
}

function linePrinter(stream: NodeJS.WriteStream): Listener {
  return (event) => {
    if (event.kind === 'start') stream.write(`Ingesting ${event.total} file(s)\n`);
    if (event.kind === 'file') {
      const width = String(event.total).length;
      stream.write(`[${String(event.done).padStart(width)}/${event.total}] ${event.report.status.padEnd(9)} ${describe(event.report)}\n`);
    }
  };
}

function progressBar(stream: NodeJS.WriteStream): Listener {
  const counts = { written: 0, unchanged: 0, duplicates: 0, failed: 0 };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{bar} {value}/{total} files | {percentage}% | ETA {eta_formatted} | new/updated {written} unchanged {unchanged} duplicates {duplicates} failed {failed}',
      etaBuffer: 50,
      hideCursor: true,
      clearOnComplete: false,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  return (event) => {
    if (event.kind === 'start') bar.start(event.total, 0, counts);
    if (event.kind === 'file') {
      const status = event.report.status;
      if (status === 'failed') counts.failed++;
      else if (status === 'unchanged') counts.unchanged++;
      else if (status === 'duplicate') counts.duplicates++;
      else counts.written++;
      bar.update(event.done, counts);
    }
    if (event.kind === 'finish') bar.stop();
  };
}

export function progressListener(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr): Listener | null {
  const chosen = mode === 'auto' ? (stream.isTTY ? 'bar' : 'lines') : mode;
  if (chosen === 'bar') return progressBar(stream);
  if (chosen === 'lines') return linePrinter(stream);
  return null;
}
