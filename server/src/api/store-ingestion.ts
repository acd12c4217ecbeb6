// Ingestion for the API's writes through ingestion's own entry point, so that a text sent
// to the API is read, refused or stored exactly as `npm run ingest` would.
import { ingestBytes, ingestText } from '../ingest/index.ts';
import type { GraphStore } from '../store/port.ts';
import type { Ingestion } from './ingestion.ts';

/** Uploads have no path on this machine: their source is their file name, marked as an upload. */
export function uploadSource(filename: string): string {
  return `upload:${filename}`;
}

export function storeIngestion(store: GraphStore): Ingestion {
  return {
    ingestText: (text, filename) => ingestText(store, text, filename, { source: uploadSource(filename) }),
    ingestBytes: (bytes, filename) => ingestBytes(store, bytes, filename, { source: uploadSource(filename) }),
  };
}
