// PDFs with a text layer. A scanned PDF holds only pictures of pages: it has no text to
// read and is refused (it needs OCR first) rather than stored as an empty document.

import { FileRefusedError } from './errors.ts';

export async function pdfTextOf(bytes: Uint8Array, file: string): Promise<string> {
  let pages: string[];
  try {
    // Loaded on first use: pdf.js is large, and most batches are plain text.
    const { extractText, getDocumentProxy } = await import('unpdf');
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    pages = (await extractText(pdf, { mergePages: false })).text;
    await pdf.destroy();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileRefusedError('DOCUMENT_DAMAGED', file, `is not a readable PDF (${reason})`);
  }
  const text = pages.join('\n\n');
  if (text.replace(/\s+/g, '').length === 0) {
    throw new FileRefusedError('PDF_WITHOUT_TEXT', file, `is a PDF without a text layer (${pages.length} page(s), probably scanned); run OCR on it first`);
  }
  return text;
}
