// The web client is built by `npm install`; when its bundle is missing (a fresh checkout
// whose install skipped scripts, or a deleted dist/), the server builds it before serving.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const clientDistDir = fileURLToPath(new URL('../../client/dist/', import.meta.url));

export async function ensureClientBuilt(): Promise<void> {
  if (existsSync(`${clientDistDir}index.html`)) return;
  console.log('Building the web client (first start)…');
  const vite = `${root}node_modules/vite/bin/vite.js`;
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The web client could not be built: see the messages above.');
}
