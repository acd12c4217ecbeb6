// A product server in its own process for the benchmarks and the load test: opens the
// store in the given data folder, serves the app on a free loopback port, prints one JSON
// line when listening, and stops when its parent closes stdin or sends SIGTERM.

import { openStore } from '../../server/src/store/open-store.ts';
import { createApp } from '../../server/src/api/http.ts';
import { readConfig } from '../../server/src/config.ts';

const started = performance.now();
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: server-process.ts DATA_DIR');
const config = readConfig({ ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
const store = await openStore(config);
const opened = performance.now();
const app = createApp({ store, config, log: () => undefined, limits: { writesPerWindow: 100_000 } });
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ event: 'listening', port, openMs: opened - started, readyMs: performance.now() - started })}\n`);
});
const stop = (): void => {
  server.close();
  void store.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
