// Word documents: mammoth reads the text of a .docx, one paragraph per line.

import { FileRefusedError } from './errors.ts';
import { describeKind, sniffKind } from './sniff.ts';

export async function docxTextOf(bytes: Uint8Array, file: string): Promise<string> {
  const kind = sniffKind(bytes);
  if (kind !== null && kind !== 'zip') throw new FileRefusedError('DOCUMENT_DAMAGED', file, `is not a Word document: it is ${describeKind(kind)}`);
  try {
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    // mammoth ends every paragraph with a blank line; one line break per paragraph reads like the page.
    return result.value.replace(/\n\n/g, '\n');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileRefusedError('DOCUMENT_DAMAGED', file, `is not a readable Word document (${reason})`);
  }
}
