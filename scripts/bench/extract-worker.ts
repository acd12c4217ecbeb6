// A worker thread of the parallel ingestion: reads, decodes and extracts the files it is
// sent, exactly as ingestion does for one file, and sends back what the store keeps.

import { parentPort } from 'node:worker_threads';
import { resolve } from 'node:path';
import { extract } from '../../server/src/extraction/index.ts';
import { documentTextFromBytes, readFileChecked } from '../../server/src/ingest/formats/index.ts';
import { contentHashOf, documentRecordOf } from '../../server/src/ingest/record.ts';
import type { DocumentRecord } from '../../server/src/store/port.ts';

export type WorkerAnswer = { index: number; record: DocumentRecord } | { index: number; error: string };

parentPort!.on('message', async (batch: { index: number; path: string }[]) => {
  const answers: WorkerAnswer[] = [];
  for (const { index, path } of batch) {
    try {
      const source = resolve(path);
      const bytes = await readFileChecked(path);
      const document = await documentTextFromBytes(bytes, path);
      const result = await extract(document.text, { source });
      answers.push({ index, record: documentRecordOf(result, document.text, source, contentHashOf(bytes)) });
    } catch (error) {
      answers.push({ index, error: `${path}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  parentPort!.postMessage(answers);
});
