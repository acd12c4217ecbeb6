// Preparing files on several threads: extraction is the costly step and needs no store,
// so worker threads read and extract ahead while the main thread commits, one file at a
// time and in walk order, exactly as a sequential run would. Only a bounded window of
// files is in flight, so memory stays flat on any batch size.

import { Worker } from 'node:worker_threads';
import type { GraphStore } from '../store/port.ts';
import { failureOf, lookUp, type Prepared, type PrepareOptions } from './steps.ts';
import type { WalkedPath } from './walk.ts';

export interface PrepareJob {
  index: number;
  path: string;
  previousHash: string | null;
}

export interface PrepareAnswer {
  index: number;
  prepared: Prepared;
}

const FILES_IN_FLIGHT_PER_WORKER = 8;

interface PoolWorker {
  thread: Worker;
  inFlight: Map<number, string>;
}

export async function* prepareInParallel(
  store: GraphStore,
  walked: readonly WalkedPath[],
  options: PrepareOptions,
  workerCount: number,
): AsyncGenerator<Prepared> {
  const ready = new Map<number, Prepared>();
  let wake: (() => void) | null = null;
  const settle = (index: number, prepared: Prepared): void => {
    ready.set(index, prepared);
    wake?.();
  };

  const start = (): PoolWorker => {
    const worker: PoolWorker = { thread: new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: options }), inFlight: new Map() };
    worker.thread.on('message', ({ index, prepared }: PrepareAnswer) => {
      worker.inFlight.delete(index);
      settle(index, prepared);
    });
    // A thread that dies fails only the files it held; a fresh one takes its place.
    const replace = (error: unknown): void => {
      if (closing || !pool.includes(worker)) return;
      for (const [index, path] of worker.inFlight) settle(index, { report: failureOf(path, error), record: null });
      worker.inFlight.clear();
      pool[pool.indexOf(worker)] = start();
    };
    worker.thread.on('error', replace);
    worker.thread.on('exit', (code) => replace(new Error(`the worker thread stopped (exit code ${code})`)));
    return worker;
  };
  let closing = false;
  const pool: PoolWorker[] = [];
  for (let i = 0; i < workerCount; i++) pool.push(start());
  const window = workerCount * FILES_IN_FLIGHT_PER_WORKER;

  let dispatched = 0;
  const dispatch = async (): Promise<void> => {
    const index = dispatched++;
    const known = await lookUp(store, walked[index]!);
    if ('failed' in known) return settle(index, known.failed);
    const worker = pool.reduce((least, candidate) => (candidate.inFlight.size < least.inFlight.size ? candidate : least));
    worker.inFlight.set(index, known.path);
    const job: PrepareJob = { index, path: known.path, previousHash: known.previousHash };
    worker.thread.postMessage(job);
  };

  try {
    for (let next = 0; next < walked.length; next++) {
      while (dispatched < walked.length && dispatched < next + window) await dispatch();
      while (!ready.has(next)) await new Promise<void>((resolve) => (wake = resolve));
      const prepared = ready.get(next)!;
      ready.delete(next);
      yield prepared;
    }
  } finally {
    closing = true;
    await Promise.all(pool.map((worker) => worker.thread.terminate()));
  }
}
