// Starts the server (one process, or several sharing one port) and talks GraphQL to it over
// loopback HTTP.

import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cpuSecondsOf, peakResidentBytesOf, residentBytesOf } from './measure.ts';

export interface RunningServer {
  child: ChildProcess;
  url: string;
  /** Every process serving: the one spawned and, with several, the workers it forked. */
  pids: number[];
  /** From spawning the process to its listening line. */
  startMs: number;
  /** Inside the process: from its first line to the store being open. */
  openMs: number;
  /** CPU seconds used so far by all the server's processes; null where /proc is missing. */
  cpuSeconds(): number | null;
  /** Resident memory of all the server's processes, now and at its peak; null where /proc is missing. */
  residentBytes(): { now: number; peak: number } | null;
  stop(): Promise<void>;
}

const serverScript = fileURLToPath(new URL('./server-process.ts', import.meta.url));

function sumOver(pids: number[], read: (pid: number) => number | null): number | null {
  let total = 0;
  for (const pid of pids) {
    const value = read(pid);
    if (value === null) return null;
    total += value;
  }
  return total;
}

/**
 * Spawns the server on a free loopback port. With `processes` > 1 the spawned process forks
 * that many workers sharing the port (node:cluster), each with its own store connection, as
 * several instances behind one address would serve one database.
 */
export function startServer(dataDir: string, env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = [], processes = 1): Promise<RunningServer> {
  const spawned = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', serverScript, dataDir, String(processes)], {
    stdio: ['pipe', 'pipe', 'inherit'],
    // As deployed: NODE_ENV=production (unless the caller says otherwise) turns off
    // graphql-js's development checks, which cost a third of executing a large answer.
    env: { NODE_ENV: 'production', ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once('exit', (code) => reject(new Error(`server process exited with ${code} before listening`)));
    let exited = false;
    child.once('exit', () => (exited = true));
    lines.once('line', (line) => {
      const ready = JSON.parse(line) as { port: number; openMs: number; workers: number[] };
      const pids = [child.pid!, ...ready.workers];
      resolve({
        child,
        url: `http://127.0.0.1:${ready.port}`,
        pids,
        startMs: performance.now() - spawned,
        openMs: ready.openMs,
        cpuSeconds: () => sumOver(pids, cpuSecondsOf),
        residentBytes() {
          const now = sumOver(pids, residentBytesOf);
          const peak = sumOver(pids, peakResidentBytesOf);
          return now === null || peak === null ? null : { now, peak };
        },
        stop: () =>
          exited ? Promise.resolve() : new Promise<void>((done) => {
            child.once('exit', () => done());
            child.stdin!.end();
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
      });
    });
  });
}

// One kept-alive connection per concurrent client. node:http rather than fetch: fetch costs
// the load generator several times more CPU per request, and on a 2-core machine the clients'
// CPU is taken from the server being measured.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function post(url: string, body: string, token: string | undefined, retried = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (token) headers['authorization'] = `Bearer ${token}`;
    const sent = request(`${url}/graphql`, { method: 'POST', agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    sent.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed for idleness just as it was reused: the
      // request never reached the server, so it is sent once more on a fresh connection.
      if (sent.reusedSocket && error.code === 'ECONNRESET' && !retried) post(url, body, token, true).then(resolve, reject);
      else reject(error);
    });
    sent.end(body);
  });
}

/** One GraphQL request; throws on an HTTP error or a GraphQL error. */
export async function graphql<T = unknown>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await post(url, JSON.stringify({ query, variables }), token);
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(response.text) as typeof body;
  } catch {
    throw new Error(`HTTP ${response.status}: not JSON: ${response.text.slice(0, 200)}`);
  }
  if (response.status < 200 || response.status >= 300 || body.errors?.length) {
    const error = body.errors?.[0];
    throw new Error(`HTTP ${response.status}: ${error?.extensions?.code ?? ''} ${error?.message ?? ''}`.trim());
  }
  return body.data as T;
}

export const LINEAGE_QUERY = `query Lineage($key: ID!, $direction: Direction!) {
  lineage(key: $key, direction: $direction, depth: 6, limit: 500) {
    truncated
    nodes { key type number date level province placeholder }
    edges { from to relation }
  }
}`;
