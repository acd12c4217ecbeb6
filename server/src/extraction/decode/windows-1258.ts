// Windows-1258: Microsoft's Vietnamese code page. Letters with a hat or horn have their
// own byte, tones are separate combining bytes, so decoded text is recomposed to NFC.

const DECODER = new TextDecoder('windows-1258');

export function decodeWindows1258(bytes: Uint8Array): string {
  return DECODER.decode(bytes).normalize('NFC');
}

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

const ENCODE_TABLE = new Map<string, number>();
for (let byte = 0x80; byte < 0x100; byte++) {
  const char = DECODER.decode(new Uint8Array([byte]));
  if (char !== '\ufffd' && !ENCODE_TABLE.has(char)) ENCODE_TABLE.set(char, byte);
}

/**
 * Encodes text as Windows-1258: each letter is split into the base the code page has
 * (trying the fully composed letter first) followed by a combining tone byte.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) { out.push(code); continue; }
    const direct = ENCODE_TABLE.get(char);
    if (direct !== undefined) { out.push(direct); continue; }
    const marks = [...char.normalize('NFD')];
    const tone = marks.find((mark) => TONES.has(mark)) ?? '';
    const base = marks.filter((mark) => mark !== tone).join('').normalize('NFC');
    const baseByte = base.length === 1 && base.codePointAt(0)! < 0x80 ? base.codePointAt(0)! : ENCODE_TABLE.get(base);
    const toneByte = ENCODE_TABLE.get(tone);
    if (baseByte !== undefined && toneByte !== undefined) out.push(baseByte, toneByte);
    else out.push(0x3f);
  }
  return Uint8Array.from(out);
}
