// Word documents: mammoth reads the text of a .docx, one paragraph per line.

import { FileRefusedError } from './errors.ts';

export async function docxTextOf(bytes: Uint8Array, file: string): Promise<string> {
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
