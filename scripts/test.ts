// Runs the whole test suite with Node's own test runner: every test/**/*.test.ts file,
// or only those under the paths given (`npm test -- test/extraction`).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

function testFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => testFiles(join(path, name)));
}

const roots = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const files = (roots.length > 0 ? roots : ['test']).flatMap(testFiles).map((file) => relative('.', file));
if (files.length === 0) {
  console.error(`No test files under ${roots.join(', ') || 'test'}.`);
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
