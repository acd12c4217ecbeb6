// Why a file was refused. Each reason has a stable code (for --json reports and callers)
// and a message naming the file, so an operator can act on it without reading code.

export type RefusalCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'FILE_EMPTY'
  | 'FILE_BINARY'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'PDF_WITHOUT_TEXT'
  | 'DOCUMENT_DAMAGED'
  /** The document is already held from another file (ingestText/ingestBytes; a batch reports it as a duplicate). */
  | 'DUPLICATE_DOCUMENT';

export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  constructor(
    readonly code: RefusalCode,
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

export function isFileRefused(error: unknown): error is FileRefusedError {
  return error instanceof FileRefusedError;
}
