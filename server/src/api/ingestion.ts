// What the API needs from ingestion: a text or a file in, one stored document out.
import type { SaveOutcome } from '../store/port.ts';

export interface IngestOutcome extends SaveOutcome {
  /** References the extractor found in the text. */
  references: number;
}

export interface Ingestion {
  /** Extracts and stores a text already read; `filename` names its source. */
  ingestText(text: string, filename: string): Promise<IngestOutcome>;
  /** Reads an uploaded file (.txt, .docx, .pdf, .html), then extracts and stores it. */
  ingestBytes(bytes: Uint8Array, filename: string): Promise<IngestOutcome>;
}
