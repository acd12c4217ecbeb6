// A small generated corpus through the product's extractor: the figures are printed, not
// held to a threshold (the benchmark measures them at scale); every text must go through.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/generator/index.ts';
import { readCorpus } from '../../scripts/generator/read-corpus.ts';
import { loadExtractor, scoreExtraction } from '../../scripts/bench/extraction.ts';
import type { ExtractionResult } from '../../server/src/domain/types.ts';

test('a small national corpus goes through the extractor; accuracy against the truth file is printed', async (t) => {
  const extract = await loadExtractor();
  if (!extract) {
    t.skip('server/src/extraction/index.ts is not there');
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'smoke-corpus-'));
  try {
    generateCorpus({ documents: 150, seed: 'smoke', out });
    const corpus = readCorpus(out);
    const results = new Map<string, ExtractionResult>();
    for (const doc of corpus.documents) results.set(doc.file, await extract(corpus.text(doc.file), { source: doc.file }));
    assert.equal(results.size, 150);
    const score = scoreExtraction(corpus.truth, results);
    const pct = (n: number): string => `${((100 * n) / Math.max(1, score.edges)).toFixed(1)}%`;
    t.diagnostic(`${score.edges} asserted edges: found ${pct(score.found)}, number right ${pct(score.numberRight)}, relation and subject right ${pct(score.relationRight)}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
