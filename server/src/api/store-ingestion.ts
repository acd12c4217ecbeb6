// Ingestion for the API's writes, built from the ingestion layer's own steps (read the
// file, extract, make the record) so that a text sent to the API is stored exactly as
// `npm run ingest` would store it.
import { defaultExtractor } from '../ingest/extractor.ts';
import { documentTextFromBytes } from '../ingest/formats/index.ts';
import { contentHashOf, documentRecordOf } from '../ingest/record.ts';
import type { GraphStore } from '../store/port.ts';
import type { Ingestion, IngestOutcome } from './ingestion.ts';

/** Uploads have no path on this machine: their source is their file name, marked as an upload. */
export function uploadSource(filename: string): string {
  return `upload:${filename}`;
}

async function ingestTextAs(store: GraphStore, text: string, filename: string, contentHash: string): Promise<IngestOutcome> {
  const source = uploadSource(filename);
  const extract = await defaultExtractor();
  const result = await extract(text, { source });
  const outcome = await store.saveDocument(documentRecordOf(result, text, source, contentHash));
  return { ...outcome, references: result.references.length };
}

export function storeIngestion(store: GraphStore): Ingestion {
  return {
    ingestText: (text, filename) => ingestTextAs(store, text, filename, contentHashOf(Buffer.from(text, 'utf8'))),
    async ingestBytes(bytes, filename) {
      const document = await documentTextFromBytes(bytes, filename);
      return ingestTextAs(store, document.text, filename, contentHashOf(bytes));
    },
  };
}
