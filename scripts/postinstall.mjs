// Builds the web client after `npm install`, so that `npm start` serves it at once.
// A failed build does not fail the install: `npm start` builds the client again when it is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const viteConfig = 'client/vite.config.ts';
const viteBin = 'node_modules/vite/bin/vite.js';
if (!existsSync(viteConfig) || !existsSync(viteBin)) process.exit(0);

const result = spawnSync(process.execPath, [viteBin, 'build', '--config', viteConfig, '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.warn('The web client could not be built now; `npm start` will build it when it starts.');
}
