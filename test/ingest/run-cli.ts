// Runs the ingest command as a user does (`npm run ingest`), without npm in between so
// the test holds the real process: its exit code, its stdout and its stderr.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = ['--import', 'tsx', 'scripts/ingest.ts'];

function environment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env['NEO4J_URI'];
  return env;
}

export function runIngest(dataDir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...SCRIPT, ...args], { cwd: ROOT, env: environment(dataDir), encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function startIngest(dataDir: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [...SCRIPT, ...args], { cwd: ROOT, env: environment(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => done({ code, signal }));
  });
}
