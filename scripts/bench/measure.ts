// Small measuring helpers shared by the benchmarks and the load test.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = samples.slice().sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : 1)} ms` : 'n/a');
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** Bytes under a folder (the database files). */
export function folderSize(path: string): number {
  let total = 0;
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    const stat = statSync(full);
    total += stat.isDirectory() ? folderSize(full) : stat.size;
  }
  return total;
}

/** Resident memory of another process, from /proc (Linux); null elsewhere. */
export function residentBytesOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Peak resident memory of another process (VmHWM), from /proc; null elsewhere. */
export function peakResidentBytesOf(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Runs `work` from `clients` concurrent loops until `seconds` pass; durations in ms. */
export async function closedLoop(clients: number, seconds: number, work: (client: number, i: number) => Promise<void>): Promise<{ durations: number[]; errors: string[]; elapsed: number }> {
  const durations: number[] = [];
  const errors: string[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t0 = performance.now();
        try {
          await work(client, i);
          durations.push(performance.now() - t0);
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  return { durations, errors, elapsed: (performance.now() - started) / 1000 };
}

/** CPU seconds another process has used so far (user + system), from /proc; null elsewhere. */
export function cpuSecondsOf(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces) start at state; utime and
    // stime are the 12th and 13th of those, in clock ticks (100 per second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
