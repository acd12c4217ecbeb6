// One entry point from a file to its text: the format is chosen by extension, the
// bytes are checked (size, emptiness, binary content) and each reader returns plain text
// with line breaks. Anything that cannot yield text is refused with a FileRefusedError.

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { FileRefusedError } from './errors.ts';
import { plainTextOf } from './plain-text.ts';
import { repairLegacyFontText } from '../../extraction/decode/index.ts';
import { docxTextOf } from './docx.ts';
import { pdfTextOf } from './pdf.ts';

export { FileRefusedError, isFileRefused, type RefusalCode } from './errors.ts';

export type DocumentFormat = 'txt' | 'docx' | 'pdf' | 'html';

export interface DocumentText {
  text: string;
  format: DocumentFormat;
  /**
   * The text encoding detected for txt and html; "+tcvn3-font" / "+vni-font" when lines
   * typed in an old legacy font were found and decoded (any format).
   */
  encoding?: string;
}

export interface ReadOptions {
  /** Files larger than this are refused; 20 MB by default. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'txt', '.text': 'txt', '.docx': 'docx', '.pdf': 'pdf', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(filename: string): DocumentFormat | null {
  return FORMAT_BY_EXTENSION[extname(filename).toLowerCase()] ?? null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Types offices often hold that we cannot read, with what to do about them. */
const ADVICE: Record<string, string> = {
  '.doc': ' (an old binary Word file: save it as .docx)',
  '.rtf': ' (save it as .docx or .txt)',
  '.odt': ' (save it as .docx)',
  '.xls': ' (a spreadsheet, not a document)',
  '.xlsx': ' (a spreadsheet, not a document)',
  '.jpg': ' (an image: run OCR on it first)',
  '.png': ' (an image: run OCR on it first)',
};

function requireFormat(filename: string): DocumentFormat {
  const format = formatOf(filename);
  if (format === null) {
    const extension = extname(filename).toLowerCase() || '(none)';
    const advice = ADVICE[extension] ?? '';
    throw new FileRefusedError('UNSUPPORTED_TYPE', filename, `has an unsupported type ${extension}${advice}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`);
  }
  return format;
}

function requireSize(size: number, filename: string, maxBytes: number): void {
  if (size === 0) throw new FileRefusedError('FILE_EMPTY', filename, 'is empty (0 bytes)');
  if (size > maxBytes) throw new FileRefusedError('FILE_TOO_LARGE', filename, `is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit`);
}

/** The text of an uploaded or already-read file; `filename` chooses the format and names it in errors. */
export async function documentTextFromBytes(bytes: Uint8Array, filename: string, options: ReadOptions = {}): Promise<DocumentText> {
  const format = requireFormat(filename);
  requireSize(bytes.length, filename, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const read = await textOf(format, bytes, filename);
  // Any format can carry lines typed in an old TCVN3 or VNI font (see legacy-fonts.ts).
  const repaired = repairLegacyFontText(read.text);
  const result = repaired.font ? { ...read, text: repaired.text, encoding: `${read.encoding ?? 'unicode'}+${repaired.font}-font` } : read;
  if (result.text.trim() === '') throw new FileRefusedError('FILE_EMPTY', filename, 'contains no text');
  return result;
}

async function textOf(format: DocumentFormat, bytes: Uint8Array, filename: string): Promise<DocumentText> {
  switch (format) {
    case 'txt': {
      const { text, encoding } = plainTextOf(bytes, filename);
      return { text, format, encoding };
    }
    case 'html': {
      const { text: html, encoding } = plainTextOf(bytes, filename);
      const { htmlTextOf } = await import('./html.ts'); // cheerio loads only when a page comes
      return { text: htmlTextOf(html), format, encoding };
    }
    case 'docx':
      return { text: await docxTextOf(bytes, filename), format };
    case 'pdf':
      return { text: await pdfTextOf(bytes, filename), format };
  }
}

/** The bytes of a supported file on disk, checked (type, existence, size) before it is read in full. */
export async function readFileChecked(path: string, options: ReadOptions = {}): Promise<Uint8Array> {
  requireFormat(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new FileRefusedError('FILE_UNREADABLE', path, 'is not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileRefusedError('FILE_NOT_FOUND', path, 'does not exist');
    throw new FileRefusedError('FILE_UNREADABLE', path, `cannot be read (${code ?? String(error)})`);
  }
  requireSize(size, path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  try {
    return await readFile(path);
  } catch (error) {
    throw new FileRefusedError('FILE_UNREADABLE', path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** The text of a file on disk. */
export async function readDocumentText(path: string, options: ReadOptions = {}): Promise<DocumentText> {
  return documentTextFromBytes(await readFileChecked(path, options), path, options);
}
