// Starts the server process and talks GraphQL to it over loopback HTTP.

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface RunningServer {
  child: ChildProcess;
  url: string;
  /** From spawning the process to its listening line. */
  startMs: number;
  /** Inside the process: from its first line to the store being open. */
  openMs: number;
  stop(): Promise<void>;
}

const serverScript = fileURLToPath(new URL('./server-process.ts', import.meta.url));

export function startServer(dataDir: string, env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<RunningServer> {
  const spawned = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', serverScript, dataDir], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once('exit', (code) => reject(new Error(`server process exited with ${code} before listening`)));
    let exited = false;
    child.once('exit', () => (exited = true));
    lines.once('line', (line) => {
      const ready = JSON.parse(line) as { port: number; openMs: number };
      resolve({
        child,
        url: `http://127.0.0.1:${ready.port}`,
        startMs: performance.now() - spawned,
        openMs: ready.openMs,
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

/** One GraphQL request; throws on an HTTP error or a GraphQL error. */
export async function graphql<T = unknown>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (!response.ok || body.errors?.length) {
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
