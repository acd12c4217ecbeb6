// From an extractor's answer to what the store keeps for one file. A document is keyed by
// its own canonical key; a text with no full key of its own (a news page, a header lost in
// conversion, a year the text does not tell) gets a key derived from where it came from,
// stable across re-ingests.

import { createHash } from 'node:crypto';
import { formatDocumentKey, isPartialKey } from '../domain/document-key.ts';
import type { ExtractionResult } from '../domain/types.ts';
import type { DocumentRecord } from '../store/port.ts';

export function contentHashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * "unnumbered:-:-:-:<16 hex>:-": the six fields of every key, with the source's hash as
 * the number. A held document must never carry a partial ("?") key, which would make the
 * store try to resolve it onto another document.
 */
export function unnumberedKey(source: string): string {
  const digest = createHash('sha1').update(source).digest('hex').slice(0, 16);
  return formatDocumentKey({ system: 'unnumbered', issuer: '-', scope: '-', type: '-', number: digest, period: '-' });
}

export function documentKeyOf(result: ExtractionResult, source: string): string {
  const own = result.document.key;
  return own && !isPartialKey(own) ? own : unnumberedKey(source);
}

export function documentRecordOf(result: ExtractionResult, text: string, source: string, contentHash: string): DocumentRecord {
  const key = documentKeyOf(result, source);
  return { key, identity: { ...result.document, key }, references: result.references, source, contentHash, text };
}
