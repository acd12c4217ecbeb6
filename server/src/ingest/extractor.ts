// The extractor ingestion runs: the product's own by default, loaded on first use; a
// caller (a test, a benchmark) may hand in another with the same signature.

import type { ExtractionResult } from '../domain/types.ts';

export type Extractor = (text: string, options: { source: string }) => ExtractionResult | Promise<ExtractionResult>;

let productExtractor: Promise<Extractor> | null = null;

export function defaultExtractor(): Promise<Extractor> {
  productExtractor ??= import('../extraction/index.ts').then((module) => module.extract as Extractor);
  return productExtractor;
}
