// What the browser tests need: Debian's Chromium (or a reason to skip, never in CI), the
// web client built from the current sources, and the real server on a free port with the
// seed corpus ingested into a temporary store.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readConfig } from '../../server/src/config.ts';
import { openStore } from '../../server/src/store/open-store.ts';
import { ingestPaths } from '../../server/src/ingest/index.ts';
import { createApp } from '../../server/src/api/http.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { summarisePng } from './png.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = 'test-output/screenshots';
export const API_TOKEN = 'browser-test-token-0123456789';

/** Why the browser tests cannot run here, or null. In CI a missing browser is a failure. */
export function skipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must run the browser tests (.ci/run installs chromium).`);
  return `browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`;
}

export interface Running {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

function buildClient(outDir: string): void {
  const vite = join(process.cwd(), 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'client/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { encoding: 'utf8' });
  assert.equal(result.status, 0, `the web client must build:\n${result.stderr}`);
}

export async function startAll(): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'browser-test-'));
  const clientDir = join(dir, 'dist');
  buildClient(clientDir);
  const config = readConfig({ DATA_DIR: join(dir, 'data'), PORT: '0', API_TOKEN });
  const store: GraphStore = await openStore(config);
  const summary = await ingestPaths(store, ['seeds'], { progress: 'none' });
  assert.ok(summary.ingested >= 4, 'the four seeds are ingested');
  const server: Server = await new Promise((resolve) => {
    const listening = createApp({ store, config, clientDir, log: () => {} }).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot and checks it is a real picture: full size, many colours, not blank. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  assertPicture(readFileSync(path), name);
}

export function assertPicture(bytes: Buffer, name: string, minInked = 0.02): void {
  const png = summarisePng(bytes);
  assert.ok(png.width >= 300 && png.height >= 300, `${name}: ${png.width}×${png.height} is too small`);
  assert.ok(png.colours >= 8, `${name}: only ${png.colours} colours, looks blank`);
  assert.ok(png.inked >= minInked, `${name}: ${(png.inked * 100).toFixed(1)}% drawn, looks blank`);
}

export function saveFile(name: string, bytes: Buffer): void {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, name), bytes);
}
