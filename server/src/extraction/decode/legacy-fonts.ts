// Text that is Unicode on the surface but TCVN3 or VNI underneath. Word files and web
// pages typed in the old ".VnTime" or "VNI-Times" fonts store each legacy byte as the
// Latin-1 character with that code: "Uû ban nh©n d©n" shows as "Uỷ ban nhân dân" only in
// that font. Such lines are turned back into bytes and decoded properly. A line is only
// touched when it reads as garbled and its re-decoding reads as better Vietnamese, so
// genuine Unicode ("Tôi là", which also uses only Latin-1 letters) is left alone.

import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';
import { syllableCounts } from './syllables.ts';

export type LegacyFont = 'tcvn3' | 'vni';

const CP1252 = new TextDecoder('windows-1252');
/** Character → the byte a legacy font drew it from (Latin-1 plus Windows-1252's extras). */
const BYTE_OF = new Map<string, number>();
for (let byte = 0; byte < 0x100; byte++) BYTE_OF.set(CP1252.decode(new Uint8Array([byte])), byte);
for (let byte = 0x80; byte < 0xa0; byte++) if (!BYTE_OF.has(String.fromCharCode(byte))) BYTE_OF.set(String.fromCharCode(byte), byte);

const LATIN1_LETTERS = /[\u00a0-\u00ff]/;

function legacyBytes(line: string): Uint8Array | null {
  const bytes = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const byte = BYTE_OF.get(line[i]!);
    if (byte === undefined) return null; // a character no legacy font byte gives: real Unicode
    bytes[i] = byte;
  }
  return bytes;
}

const DECODERS: readonly [LegacyFont, (bytes: Uint8Array) => string][] = [['tcvn3', decodeTcvn3], ['vni', decodeVni]];

/** The line re-decoded from its bytes, or null when it is not made of legacy-font bytes. */
function candidatesOf(line: string): [LegacyFont, string][] | null {
  if (!LATIN1_LETTERS.test(line)) return null;
  const bytes = legacyBytes(line);
  return bytes === null ? null : DECODERS.map(([font, decode]) => [font, decode(bytes)]);
}

/** A line that reads as garbled and decodes to better Vietnamese in some legacy font. */
function repairGarbledLine(line: string): { line: string; font: LegacyFont } | null {
  const candidates = candidatesOf(line);
  if (candidates === null) return null;
  const original = syllableCounts(line);
  if (original.garbled === 0) return null;
  let best: { line: string; font: LegacyFont; garbled: number; score: number } | null = null;
  for (const [font, candidate] of candidates) {
    const counts = syllableCounts(candidate);
    if (counts.garbled < (best?.garbled ?? original.garbled) && counts.score > (best?.score ?? original.score)) {
      best = { line: candidate, font, garbled: counts.garbled, score: counts.score };
    }
  }
  return best;
}

/**
 * The text with every legacy-font line decoded; `font` names the one found most, if any.
 * Garbled lines reveal the font first; then, in a text known to use it, short lines that
 * happen to be valid syllables either way ("Sè" is "Số") are decoded when that reads better.
 */
export function repairLegacyFontText(text: string): { text: string; font: LegacyFont | null } {
  if (!LATIN1_LETTERS.test(text)) return { text, font: null };
  const found = { tcvn3: 0, vni: 0 };
  const parts = text.split(/(\r\n|\n|\r)/);
  const untouched: number[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const repaired = repairGarbledLine(parts[i]!);
    if (repaired) { parts[i] = repaired.line; found[repaired.font]++; }
    else untouched.push(i);
  }
  if (found.tcvn3 === 0 && found.vni === 0) return { text, font: null };
  const font: LegacyFont = found.tcvn3 >= found.vni ? 'tcvn3' : 'vni';
  for (const i of untouched) {
    const candidate = candidatesOf(parts[i]!)?.find(([name]) => name === font)?.[1];
    if (candidate !== undefined && syllableCounts(candidate).score > syllableCounts(parts[i]!).score) parts[i] = candidate;
  }
  return { text: parts.join(''), font };
}
