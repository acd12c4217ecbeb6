// Plain text in any encoding the decoder recognises. Bytes that decode to control
// characters are a binary file saved under a text name, and are refused as such.

import { decodeText } from '../../extraction/decode/index.ts';
import { FileRefusedError } from './errors.ts';
import { describeKind, sniffKind } from './sniff.ts';

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

export function plainTextOf(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  const kind = sniffKind(bytes);
  if (kind !== null) throw new FileRefusedError('FILE_BINARY', file, `is ${describeKind(kind)}, not text`);
  const decoded = decodeText(bytes);
  const controls = decoded.text.match(CONTROL)?.length ?? 0;
  if (decoded.text.includes('\u0000') || controls > decoded.text.length * 0.01) {
    throw new FileRefusedError('FILE_BINARY', file, 'looks like a binary file, not text (control bytes found)');
  }
  return decoded;
}
