// From an extractor's answer to what the store keeps for one file. A document is keyed by
// its own canonical key; a text with no number of its own (a news page, a header lost in
// conversion) gets a key derived from where it came from, stable across re-ingests.

import { createHash } from 'node:crypto';
import { isPartialKey } from '../domain/document-key.ts';
import type { ExtractionResult } from '../domain/types.ts';
import type { DocumentRecord } from '../store/port.ts';

export function contentHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "unnumbered:<16 hex>": a held document must never carry a partial ("?") key. */
export function unnumberedKey(source: string): string {
  return `unnumbered:${createHash('sha1').update(source).digest('hex').slice(0, 16)}`;
}

export function documentKeyOf(result: ExtractionResult, source: string): string {
  const own = result.document.key;
  return own && !isPartialKey(own) ? own : unnumberedKey(source);
}

export function documentRecordOf(result: ExtractionResult, text: string, source: string, contentHash: string): DocumentRecord {
  const key = documentKeyOf(result, source);
  return { key, identity: { ...result.document, key }, references: result.references, source, contentHash, text };
}
