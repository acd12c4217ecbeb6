// The extractor under test, loaded at run time so that its absence is a clear failure of
// the tests and the benchmark that need it, not a crash of the whole test file.
import type { Extract } from './scoring.ts';

const EXTRACTOR_MODULE = '../../server/src/extraction/index.ts';

export async function loadExtract(): Promise<Extract> {
  let extraction: { extract?: unknown };
  try {
    extraction = (await import(EXTRACTOR_MODULE)) as { extract?: unknown };
  } catch (error) {
    throw new Error(`cannot load the extractor from server/src/extraction/index.ts: ${(error as Error).message}`);
  }
  if (typeof extraction.extract !== 'function') {
    throw new Error('server/src/extraction/index.ts must export a function extract(text)');
  }
  return extraction.extract as Extract;
}
