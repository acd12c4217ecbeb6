// npm run bench:client — the graph view in headless Chromium: time to first render and
// frame rate while panning, for synthetic lineages of 500, 2,000 and 10,000 elements.
// Builds the client into a temporary folder, serves it on a free loopback port, drives
// client/bench.html (the real graph view) and prints the figures. With --record they are
// also written to docs/performance.md under "## Web client".
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { cpus, loadavg, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium, type CDPSession, type Page } from 'playwright-core';

const SIZES = [500, 2000, 10000];
const PAN_MS = 3000;
const WARM_UP_MS = 1000;
/** Each size is measured this many times and the best figures kept: a shared machine is noisy. */
const RUNS = 3;
const CHROMIUM = '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function build(outDir: string): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'client/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the client did not build');
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root) || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Row {
  elements: number;
  layout: string;
  renderer: string;
  firstRenderMs: number;
  /** CPU time of the page's main thread over the same span: what a machine to itself would wait. */
  firstRenderCpuMs: number;
  panFps: number;
  /** Main-thread CPU per frame while panning: 1000 / this is the rate a machine to itself could reach. */
  panCpuMsPerFrame: number;
}

/** CPU time used so far by the page's main thread (Chromium's ThreadTime metric), in ms. */
async function mainThreadCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const thread = metrics.find((metric) => metric.name === 'ThreadTime');
  if (!thread) throw new Error('Chromium did not report ThreadTime');
  return thread.value * 1000;
}

/** Pans as a user does, dragging the background with the mouse, and counts the frames. */
async function dragPan(page: Page, cdp: CDPSession): Promise<{ fps: number; cpuMsPerFrame: number }> {
  const centre = { x: 640, y: 360 };
  let step = 0;
  const dragFor = async (ms: number): Promise<void> => {
    for (const start = Date.now(); Date.now() - start < ms; step++) {
      const angle = step / 15;
      await page.mouse.move(centre.x + Math.cos(angle) * 200, centre.y + Math.sin(angle) * 120);
    }
  };
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  // The first frames of a drag draw the view into a texture; panning then moves the texture.
  await dragFor(WARM_UP_MS);
  const cpuBefore = await mainThreadCpuMs(cdp);
  await page.evaluate('window.bench.startFrames()');
  await dragFor(PAN_MS);
  const frames = (await page.evaluate('window.bench.stopFrames()')) as { fps: number; frames: number };
  const cpuMs = (await mainThreadCpuMs(cdp)) - cpuBefore;
  await page.mouse.up();
  return { fps: frames.fps, cpuMsPerFrame: cpuMs / Math.max(1, frames.frames) };
}

async function measure(url: string): Promise<Row[]> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const rows: Row[] = [];
    for (const size of SIZES) {
      const runs: Row[] = [];
      for (let run = 0; run < RUNS; run++) {
        // A fresh page per run, so one graph's caches do not flatter the next.
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await page.goto(url);
        await page.waitForFunction('window.bench !== undefined');
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const cpuBefore = await mainThreadCpuMs(cdp);
        const render = (await page.evaluate(`window.bench.render(${size})`)) as { ms: number; layout: string; renderer: string; elements: number };
        const cpuMs = (await mainThreadCpuMs(cdp)) - cpuBefore;
        await page.waitForTimeout(300);
        const pan = await dragPan(page, cdp);
        await page.close();
        runs.push({ elements: render.elements, layout: render.layout, renderer: render.renderer, firstRenderMs: render.ms, firstRenderCpuMs: cpuMs, panFps: pan.fps, panCpuMsPerFrame: pan.cpuMsPerFrame });
      }
      rows.push({
        ...runs[0]!,
        firstRenderMs: Math.min(...runs.map((row) => row.firstRenderMs)),
        firstRenderCpuMs: Math.min(...runs.map((row) => row.firstRenderCpuMs)),
        panFps: Math.max(...runs.map((row) => row.panFps)),
        panCpuMsPerFrame: Math.min(...runs.map((row) => row.panCpuMsPerFrame)),
      });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

function table(rows: Row[]): string {
  const lines = [
    '| elements | layout | renderer | first render, wall (ms) | first render, main-thread CPU (ms) | panning (fps) | panning, main-thread CPU per frame (ms) |',
    '|---:|---|---|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(`| ${row.elements} | ${row.layout} | ${row.renderer} | ${row.firstRenderMs.toFixed(0)} | ${row.firstRenderCpuMs.toFixed(0)} | ${row.panFps.toFixed(1)} | ${row.panCpuMsPerFrame.toFixed(1)} |`);
  }
  return lines.join('\n');
}

function record(rows: Row[]): void {
  const file = 'docs/performance.md';
  const section = [
    '## Web client',
    '',
    `Measured by \`npm run bench:client\` on ${new Date().toISOString().slice(0, 10)}, load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores.`,
    `Headless Chromium (\`${CHROMIUM}\`, \`--disable-gpu\`) at 1280×720 draws synthetic lineages shaped like`,
    'policy flow (about as many edges as nodes) with the real graph view (`client/bench.html`).',
    'First render: from handing the elements to the view until the second frame after drawing.',
    `Panning: frames per second over ${PAN_MS / 1000} s of dragging the graph with the mouse, after the first`,
    `${WARM_UP_MS / 1000} s of the drag (while Cytoscape draws the view into the texture it then moves).`,
    `Best of ${RUNS} runs. Targets: first render ≤ 1 s at 2,000 elements, ≥ 15 fps panning at 10,000.`,
    '',
    'The machine is shared with other work, so wall-clock figures swing with its load. The',
    'main-thread CPU columns (Chromium\'s ThreadTime metric over the same spans) are what the',
    'page itself spent: a lower bound on what a user with a core to spare waits (raster and',
    'compositor threads are not counted). Headless Chromium without a GPU only has a software',
    'WebGL, which the client declines, so every row uses the canvas renderer; from 1,000',
    'elements it pans a texture of the view (`textureOnViewport`) and hides edges meanwhile.',
    '',
    table(rows),
    '',
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = current.indexOf('## Web client');
  let next = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
  if (next !== -1) next += 1;
  const updated = start === -1
    ? (current ? `${current.trimEnd()}\n\n${section}` : `# Performance\n\n${section}`)
    : `${current.slice(0, start)}${section}${next === -1 ? '' : `\n${current.slice(next)}`}`;
  writeFileSync(file, updated);
  console.log(`Recorded in ${file}.`);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is needed: apt-get install chromium`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-client-'));
  try {
    build(dir);
    const server = await serve(dir);
    const { port } = server.address() as AddressInfo;
    const rows = await measure(`http://127.0.0.1:${port}/bench.html`);
    server.close();
    console.log(table(rows));
    console.log(`(load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: figures from a busy machine are slower)`);
    if (process.argv.includes('--record')) record(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
