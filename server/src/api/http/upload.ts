// POST /upload: multipart/form-data with one or more files (.txt, .docx, .pdf, .html).
// Each file is ingested on its own: one refused file does not stop the others, and the
// answer lists, per file, what was stored or why it was refused.
import { extname } from 'node:path';
import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import { isFileRefused } from '../../ingest/index.ts';
import { storeFailureOf } from '../store-failures.ts';
import type { Ingestion, IngestOutcome } from '../ingestion.ts';
import type { ApiLimits } from '../limits.ts';
import { writeAccess, writeRefusal } from './auth.ts';
import type { WriteRateLimiter } from './rate-limit.ts';
import { sendError } from './respond.ts';

export const UPLOAD_EXTENSIONS = ['.txt', '.docx', '.pdf', '.html', '.htm'];
const MAX_FILES = 20;

interface ReceivedFile {
  filename: string;
  bytes: Buffer | null;
  refusal: { code: string; message: string } | null;
}

type FileResult =
  | ({ filename: string; ok: true } & IngestOutcome)
  | { filename: string; ok: false; error: { code: string; message: string } };

function receiveFiles(request: Request, limits: ApiLimits): Promise<ReceivedFile[]> {
  return new Promise((resolve, reject) => {
    const parser = busboy({ headers: request.headers, limits: { fileSize: limits.maxUploadBytes, files: MAX_FILES, fields: 10 } });
    const files: ReceivedFile[] = [];
    let total = 0;
    parser.on('file', (_field, stream, info) => {
      const filename = info.filename || 'unnamed';
      const chunks: Buffer[] = [];
      const received: ReceivedFile = { filename, bytes: null, refusal: null };
      files.push(received);
      if (!UPLOAD_EXTENSIONS.includes(extname(filename).toLowerCase())) {
        received.refusal = { code: 'UNSUPPORTED_TYPE', message: `${filename}: only ${UPLOAD_EXTENSIONS.join(', ')} files can be ingested.` };
        stream.resume();
        return;
      }
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limits.maxUploadRequestBytes) {
          received.refusal ??= { code: 'FILE_TOO_LARGE', message: `${filename}: the upload as a whole is over ${limits.maxUploadRequestBytes} bytes; send fewer files at once.` };
          chunks.length = 0;
        } else if (!received.refusal) {
          chunks.push(chunk);
        }
      });
      stream.on('limit', () => {
        received.refusal = { code: 'FILE_TOO_LARGE', message: `${filename}: larger than the ${limits.maxUploadBytes} byte upload limit.` };
      });
      stream.on('close', () => {
        if (!received.refusal) received.bytes = Buffer.concat(chunks);
      });
    });
    parser.on('error', reject);
    parser.on('close', () => resolve(files));
    request.pipe(parser);
  });
}

async function ingestOne(file: ReceivedFile, ingestion: Ingestion, log: (message: string, error: unknown) => void): Promise<FileResult> {
  if (file.refusal || !file.bytes) {
    return { filename: file.filename, ok: false, error: file.refusal ?? { code: 'FILE_EMPTY', message: `${file.filename}: no content.` } };
  }
  try {
    return { filename: file.filename, ok: true, ...(await ingestion.ingestBytes(file.bytes, file.filename)) };
  } catch (error) {
    if (isFileRefused(error)) return { filename: file.filename, ok: false, error: { code: error.code, message: error.message } };
    const failure = storeFailureOf(error);
    if (failure?.code === 'STORE_UNAVAILABLE') log(`The store is unavailable while ingesting the upload ${file.filename}`, error);
    if (failure) return { filename: file.filename, ok: false, error: { code: failure.code, message: `${file.filename}: ${failure.message}` } };
    log(`Unexpected error while ingesting the upload ${file.filename}`, error);
    return { filename: file.filename, ok: false, error: { code: 'INTERNAL_SERVER_ERROR', message: `${file.filename}: could not be ingested; the error has been logged.` } };
  }
}

export function uploadRoute(options: {
  apiToken: string | undefined;
  ingestion: Ingestion;
  limits: ApiLimits;
  limiter: WriteRateLimiter;
  log: (message: string, error: unknown) => void;
}): Router {
  const router = Router();
  router.post('/upload', async (request: Request, response: Response) => {
    const decision = options.limiter.take(request.ip ?? 'unknown');
    if (!decision.allowed) {
      response.setHeader('Retry-After', String(decision.retryAfterSeconds));
      return sendError(response, 429, 'RATE_LIMITED', `Too many writes: try again in ${decision.retryAfterSeconds} s.`);
    }
    const refusal = writeRefusal(writeAccess(request.headers.authorization, options.apiToken));
    if (refusal) return sendError(response, refusal.code === 'FORBIDDEN' ? 403 : 401, refusal.code, refusal.message);
    if (!request.is('multipart/form-data')) {
      return sendError(response, 400, 'BAD_USER_INPUT', 'Send the files as multipart/form-data, e.g. curl -F file=@cong-van.docx.');
    }
    if (Number(request.headers['content-length'] ?? 0) > options.limits.maxUploadRequestBytes) {
      return sendError(response, 413, 'PAYLOAD_TOO_LARGE', `The upload is over ${options.limits.maxUploadRequestBytes} bytes; send fewer files at once.`);
    }
    const files = await receiveFiles(request, options.limits).catch((error: unknown) => {
      sendError(response, 400, 'BAD_USER_INPUT', `The upload could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (!files) return;
    if (files.length === 0) return sendError(response, 400, 'BAD_USER_INPUT', 'The upload holds no file.');
    const results: FileResult[] = [];
    for (const file of files) results.push(await ingestOne(file, options.ingestion, options.log));
    const stored = results.filter((result) => result.ok).length;
    const tooLarge = results.every((result) => !result.ok && result.error.code === 'FILE_TOO_LARGE');
    const storeDown = results.some((result) => !result.ok && result.error.code === 'STORE_UNAVAILABLE');
    const firstRefusal = results.find((result) => !result.ok);
    const message = firstRefusal && !firstRefusal.ok ? firstRefusal.error.message : `${stored} file(s) ingested.`;
    response.status(stored > 0 ? 200 : storeDown ? 503 : tooLarge ? 413 : 400).json({ message, ingested: stored, refused: results.length - stored, files: results });
  });
  return router;
}
