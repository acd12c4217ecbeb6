// TCVN3 (also called ABC, standard TCVN 5712:1993 "VN3"): the 8-bit encoding of most
// Vietnamese office files written before Unicode. Every lower-case letter has its own
// byte; of the upper-case letters only Ă Â Ê Ô Ơ Ư Đ do. Upper-case letters with a tone
// were drawn by a separate capital font from the lower-case bytes, so the bytes cannot
// tell them apart: they decode as lower case.

const TCVN3_LETTERS: readonly (readonly [number, string])[] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];

/** Bytes the table leaves free read as Windows-1252, as a word processor would show them. */
const FALLBACK = new TextDecoder('windows-1252');

const DECODE_TABLE: readonly string[] = Array.from({ length: 256 }, (_, byte) => FALLBACK.decode(new Uint8Array([byte])));
for (const [byte, letter] of TCVN3_LETTERS) (DECODE_TABLE as string[])[byte] = letter;

const ENCODE_TABLE = new Map<string, number>(TCVN3_LETTERS.map(([byte, letter]) => [letter, byte]));

export function decodeTcvn3(bytes: Uint8Array): string {
  const parts: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = DECODE_TABLE[bytes[i]!]!;
  return parts.join('');
}

/**
 * Encodes text as TCVN3. Upper-case toned letters, which TCVN3 lacks, are written with
 * their lower-case bytes (as the capital fonts did); a character with no byte at all
 * becomes "?".
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) { out.push(code); continue; }
    const byte = ENCODE_TABLE.get(char) ?? ENCODE_TABLE.get(char.toLowerCase());
    out.push(byte ?? 0x3f);
  }
  return Uint8Array.from(out);
}
