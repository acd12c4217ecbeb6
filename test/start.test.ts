// `npm start` on a fresh data directory: the seed corpus is loaded on first start, the
// URLs are printed, and the API answers; a second start keeps what the first stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface RunningServer {
  process: ChildProcess;
  output: string;
  graphqlUrl: string;
}

function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /GraphQL endpoint:\s+(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ process: child, output, graphqlUrl: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

async function stopServer(server: RunningServer): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve));
  server.process.kill('SIGTERM');
  await exited;
}

async function searchNumbers(graphqlUrl: string, query: string): Promise<string[]> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($q: String!) { search(query: $q) { hits { document { number } } } }',
      variables: { q: query },
    }),
  });
  const body = (await response.json()) as { data: { search: { hits: { document: { number: string | null } }[] } } };
  return body.data.search.hits.map((hit) => hit.document.number ?? '');
}

test('npm start loads the seed corpus on first start and serves the client and the API', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'start-'));
  try {
    const first = await startServer(dataDir);
    try {
      assert.match(first.output, /Loaded the seed corpus/);
      assert.match(first.output, /Web client:\s+http:\/\/localhost:\d+\//);
      assert.ok((await searchNumbers(first.graphqlUrl, '629')).includes('629/LĐLĐ'));
      const page = await fetch(first.graphqlUrl.replace(/graphql$/, ''));
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div|<main|<body/);
    } finally {
      await stopServer(first);
    }

    const second = await startServer(dataDir);
    try {
      assert.doesNotMatch(second.output, /Loaded the seed corpus/, 'seeds load on the first start only');
      assert.ok((await searchNumbers(second.graphqlUrl, '19-CT/TU')).includes('19-CT/TU'));
    } finally {
      await stopServer(second);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
