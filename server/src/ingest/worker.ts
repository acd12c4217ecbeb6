// A worker thread of a parallel ingest: prepares the files it is sent (read, decode,
// extract) exactly as a sequential run does, and sends each back for the main thread to
// commit to the store.

import { parentPort, workerData } from 'node:worker_threads';
import { defaultExtractor } from './extractor.ts';
import { prepareFile, type PrepareOptions } from './steps.ts';
import type { PrepareJob, PrepareAnswer } from './parallel.ts';

const options = workerData as PrepareOptions;
const extract = await defaultExtractor();

parentPort!.on('message', async (job: PrepareJob) => {
  const prepared = await prepareFile(job.path, job.previousHash, options, extract);
  const answer: PrepareAnswer = { index: job.index, prepared };
  parentPort!.postMessage(answer);
});
