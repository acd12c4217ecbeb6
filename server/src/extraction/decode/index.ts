// Bytes → text, whatever encoding the file was saved in. A byte-order mark decides at
// once; otherwise every plausible decoding is tried and the one that reads most like
// Vietnamese wins (see syllables.ts). File names are never trusted.

import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';
import { decodeWindows1258 } from './windows-1258.ts';
import { syllableCounts, vietnameseScore, type SyllableCounts } from './syllables.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni' | 'windows-1258' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export { encodeTcvn3 } from './tcvn3.ts';
export { encodeVni } from './vni.ts';
export { encodeWindows1258 } from './windows-1258.ts';
export { isVietnameseSyllable, vietnameseScore } from './syllables.ts';
export { repairLegacyFontText, type LegacyFont } from './legacy-fonts.ts';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a mark still shows itself: ASCII text leaves every other byte zero. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

const PRECOMPOSED_VIETNAMESE = /[\u1ea0-\u1ef9]/u;

/** Enough text to tell encodings apart; large files are not decoded four times over. */
const SAMPLE_BYTES = 8 * 1024;
const LENIENT_UTF8 = new TextDecoder('utf-8');

/** Many valid syllables and (almost) no garbled word: no other decoding will read better. */
function readsCleanly(counts: SyllableCounts): boolean {
  return counts.vietnamese >= 8 && counts.garbled * 10 <= counts.vietnamese;
}

const LEGACY: readonly { encoding: TextEncoding; decode: (bytes: Uint8Array) => string }[] = [
  { encoding: 'tcvn3', decode: decodeTcvn3 },
  { encoding: 'vni', decode: decodeVni },
  { encoding: 'windows-1258', decode: decodeWindows1258 },
  { encoding: 'windows-1252', decode: (bytes) => new TextDecoder('windows-1252').decode(bytes) },
];

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (isAscii(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };

  const utf8 = utf8OrNull(bytes);
  // Legacy bytes almost never form valid UTF-8; when they do, the words come out garbled.
  // A letter of the Vietnamese-only block (ạ … ỹ) takes three UTF-8 bytes that 8-bit text
  // does not form, so a valid file with one is UTF-8 at once; otherwise UTF-8 that reads as
  // Vietnamese (decomposed letters, say) is taken without trying the rest.
  if (utf8 !== null && PRECOMPOSED_VIETNAMESE.test(utf8)) return { text: utf8, encoding: 'utf-8' };
  if (utf8 !== null) {
    const counts = syllableCounts(utf8);
    if (counts.vietnamese > 0 && counts.garbled <= counts.vietnamese * 0.1) return { text: utf8, encoding: 'utf-8' };
  }
  // Candidates are scored on a sample and in order of preference, so a tie keeps the
  // earlier (UTF-8 first); one that reads cleanly wins at once, and only the winner decodes
  // the whole file.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: { encoding: TextEncoding; decode: (bytes: Uint8Array) => string } | null = null;
  let bestScore = utf8 === null ? -Infinity : vietnameseScore(LENIENT_UTF8.decode(sample));
  for (const candidate of LEGACY) {
    const counts = syllableCounts(candidate.decode(sample));
    if (readsCleanly(counts)) return { text: candidate.decode(bytes), encoding: candidate.encoding };
    if (counts.score > bestScore) { best = candidate; bestScore = counts.score; }
  }
  if (best === null && utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const chosen = best ?? LEGACY[LEGACY.length - 1]!;
  return { text: chosen.decode(bytes), encoding: chosen.encoding };
}
