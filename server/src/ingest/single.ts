// One text, or one file's bytes, in; one document stored. The path the API's uploads and
// its ingestDocument mutation take: the same formats, refusals, key rules and duplicate
// check as `npm run ingest`, so a document is stored alike however it arrives.
import type { GraphStore, SaveOutcome } from '../store/port.ts';
import { duplicateOf } from './commit.ts';
import { defaultExtractor, type Extractor } from './extractor.ts';
import { documentTextFromBytes, FileRefusedError } from './formats/index.ts';
import { contentHashOf, documentRecordOf } from './record.ts';

export interface SingleIngestOptions {
  /** Where the text came from, as stored (e.g. "upload:cv-629.txt"); the file name by default. */
  source?: string;
  /** Larger files are refused (20 MB by default). */
  maxBytes?: number;
  /** Rewrite the document even when its text is unchanged. */
  force?: boolean;
  /** Another extractor than the product's (tests). */
  extractor?: Extractor;
}

export interface SingleIngestOutcome extends SaveOutcome {
  /** References the extractor found in the text. */
  references: number;
}

async function ingestDecoded(store: GraphStore, text: string, contentHash: string, filename: string, options: SingleIngestOptions): Promise<SingleIngestOutcome> {
  const source = options.source ?? filename;
  const extract = options.extractor ?? (await defaultExtractor());
  const result = await extract(text, { source });
  const record = documentRecordOf(result, text, source, contentHash);
  const [held] = await store.getDocuments([record.key]);
  const original = duplicateOf(record, held, new Map());
  if (original !== null) {
    throw new FileRefusedError('DUPLICATE_DOCUMENT', filename, `this document (${record.key}) is already held from ${original}; the text first stored is kept.`);
  }
  const outcome = await store.saveDocument(record, { force: options.force ?? false });
  return { ...outcome, references: result.references.length };
}

/** Reads a file's bytes (.txt in any encoding, .docx, .pdf, .html) by its name's extension, then extracts and stores it. */
export async function ingestBytes(store: GraphStore, bytes: Uint8Array, filename: string, options: SingleIngestOptions = {}): Promise<SingleIngestOutcome> {
  const document = await documentTextFromBytes(bytes, filename, { maxBytes: options.maxBytes });
  return ingestDecoded(store, document.text, contentHashOf(bytes), filename, options);
}

/** Extracts and stores a text already read; `filename` names it in refusals. */
export async function ingestText(store: GraphStore, text: string, filename: string, options: SingleIngestOptions = {}): Promise<SingleIngestOutcome> {
  if (text.trim() === '') throw new FileRefusedError('FILE_EMPTY', filename, 'the text is empty.');
  return ingestDecoded(store, text, contentHashOf(Buffer.from(text, 'utf8')), filename, options);
}
