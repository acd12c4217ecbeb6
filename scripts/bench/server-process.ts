// A product server in its own process for the benchmarks and the load test: opens the
// store in the given data folder, serves the app on a free loopback port, prints one JSON
// line when listening, and stops when its parent closes stdin or sends SIGTERM.
//
//   server-process.ts DATA_DIR [PROCESSES]
//
// With PROCESSES > 1 this process forks that many workers (node:cluster) that share the
// port, each with its own connection to the store: one Node process runs its JavaScript and
// its SQLite reads on one core, so several are what a multi-core machine serves with.

import cluster from 'node:cluster';
import { openStore } from '../../server/src/store/open-store.ts';
import { createApp } from '../../server/src/api/http.ts';
import { readConfig } from '../../server/src/config.ts';

interface Ready {
  port: number;
  openMs: number;
}

const started = performance.now();
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: server-process.ts DATA_DIR [PROCESSES]');
const processes = Math.max(1, Number(process.argv[3] ?? 1) || 1);

const announce = (ready: Ready, workers: number[]): void => {
  process.stdout.write(`${JSON.stringify({ event: 'listening', ...ready, workers, readyMs: performance.now() - started })}\n`);
};

async function serve(onListening: (ready: Ready) => void): Promise<() => Promise<void>> {
  const config = readConfig({ ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
  const store = await openStore(config);
  const openMs = performance.now() - started;
  const app = createApp({ store, config, log: () => undefined, limits: { writesPerWindow: 100_000 } });
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    onListening({ port: typeof address === 'object' && address ? address.port : 0, openMs });
  });
  return async () => {
    server.close();
    await store.close();
  };
}

const whenParentLeaves = (stop: () => void): void => {
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
};

if (processes === 1) {
  const close = await serve((ready) => announce(ready, []));
  whenParentLeaves(() => void close().finally(() => process.exit(0)));
} else if (cluster.isPrimary) {
  // Workers listening on port 0 share the one port the primary opens for them.
  const workers = Array.from({ length: processes }, () => cluster.fork());
  const ready = await Promise.all(
    workers.map((worker) => new Promise<Ready>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('exit', (code) => reject(new Error(`a server worker exited with ${code} before listening`)));
    })),
  ).catch((error: unknown) => {
    for (const worker of workers) worker.process.kill('SIGKILL');
    throw error;
  });
  announce({ port: ready[0]!.port, openMs: Math.max(...ready.map((r) => r.openMs)) }, workers.map((worker) => worker.process.pid!));
  whenParentLeaves(() => {
    for (const worker of workers) worker.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
    setTimeout(() => process.exit(0), 3000).unref();
  });
} else {
  const close = await serve((ready) => process.send!(ready));
  process.on('SIGTERM', () => void close().finally(() => process.exit(0)));
}
