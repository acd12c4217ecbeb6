// The benchmark corpora: generated once per size and seed into a cache folder under the
// system temp dir, then reused by later runs.

import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../generator/index.ts';
import { readCorpus } from '../generator/read-corpus.ts';

export const BENCH_ROOT = join(tmpdir(), 'vn-policy-bench');

export function ensureCorpus(documents: number, seed: string, log: (line: string) => void): string {
  const dir = join(BENCH_ROOT, `corpus-${seed}-${documents}`);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const summary = generateCorpus({ documents, seed, out: dir });
  log(`generated ${summary.documents} documents (${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.edges} asserted edges) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

export { readCorpus };
