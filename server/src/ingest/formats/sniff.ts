// What a file really is, from its first bytes, so a refusal can say "this .txt is a PDF"
// or "this .docx is an old binary Word file" instead of only "cannot read it".

export type SniffedKind = 'pdf' | 'zip' | 'legacy-office' | 'rtf' | 'image';

const SIGNATURES: readonly (readonly [SniffedKind, readonly number[]])[] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // PK: .docx, .xlsx, .odt …
  ['legacy-office', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // OLE2: .doc, .xls
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
  ['image', [0xff, 0xd8, 0xff]], // JPEG
  ['image', [0x89, 0x50, 0x4e, 0x47]], // PNG
];

export function sniffKind(bytes: Uint8Array): SniffedKind | null {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) return kind;
  }
  return null;
}

const DESCRIPTIONS: Record<SniffedKind, string> = {
  pdf: 'a PDF',
  zip: 'a zip archive (an Office document?)',
  'legacy-office': 'an old binary Office file (.doc/.xls); save it as .docx',
  rtf: 'an RTF file; save it as .docx or .txt',
  image: 'an image; run OCR on it first',
};

export function describeKind(kind: SniffedKind): string {
  return DESCRIPTIONS[kind];
}
