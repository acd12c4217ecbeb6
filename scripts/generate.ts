// `npm run generate -- --documents N --seed S --out DIR`: writes a synthetic national
// corpus of document texts with a truth file of the edges each text asserts.
// See docs/performance.md for what it contains and how the benchmarks use it.

import { Command, InvalidArgumentError } from 'commander';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus } from './generator/index.ts';

const positiveInt = (value: string): number => {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

const program = new Command()
  .name('generate')
  .description('Write a synthetic corpus of Vietnamese policy documents with a truth file')
  .requiredOption('-n, --documents <count>', 'number of document texts to write', positiveInt)
  .option('-s, --seed <seed>', 'seed: the same seed gives the same corpus, byte for byte', '1')
  .requiredOption('-o, --out <dir>', 'output folder (created; docs/, truth.jsonl, documents.jsonl, manifest.json)')
  .option('--force', 'replace a corpus already in the output folder')
  .option('--quiet', 'print only the summary')
  .parse();

const options = program.opts<{ documents: number; seed: string; out: string; quiet?: boolean; force?: boolean }>();
const out = resolve(options.out);
// Files of an earlier corpus left in the folder would not be in the new truth file.
if (existsSync(join(out, 'docs')) || existsSync(join(out, 'truth.jsonl'))) {
  if (!options.force) program.error(`${out} already holds a corpus: choose another folder or pass --force to replace it`);
  for (const name of ['docs', 'truth.jsonl', 'documents.jsonl', 'manifest.json']) rmSync(join(out, name), { recursive: true, force: true });
}
const started = Date.now();
const summary = generateCorpus({
  documents: options.documents,
  seed: options.seed,
  out,
  onProgress: options.quiet ? undefined : (n) => process.stderr.write(`\r${n} documents…`),
});
if (!options.quiet) process.stderr.write('\n');
console.log(
  `${summary.documents} documents, ${summary.edges} asserted edges, ${(summary.bytes / 1e6).toFixed(1)} MB ` +
    `in ${((Date.now() - started) / 1000).toFixed(1)} s → ${out}`,
);
