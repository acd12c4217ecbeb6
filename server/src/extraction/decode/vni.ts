// VNI Windows: the other 8-bit Vietnamese encoding common in older office files. A
// letter is a plain base letter followed by one byte carrying its hat and/or tone
// ("Vieät" = "Việt"); ơ, ư, đ and the toned i's have bytes of their own.

type Mark = 'hat' | 'breve' | 'acute' | 'grave' | 'hook' | 'tilde' | 'dot';

const COMBINING: Record<Mark, string> = {
  hat: '\u0302', breve: '\u0306', acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323',
};

/** Modifier byte (lower-case form; the upper-case one is 0x20 lower) → the marks it adds. */
const MODIFIERS: readonly (readonly [number, readonly Mark[]])[] = [
  [0xf9, ['acute']], [0xf8, ['grave']], [0xfb, ['hook']], [0xf5, ['tilde']], [0xef, ['dot']],
  [0xe2, ['hat']], [0xea, ['breve']],
  [0xe1, ['hat', 'acute']], [0xe0, ['hat', 'grave']], [0xe5, ['hat', 'hook']], [0xe3, ['hat', 'tilde']], [0xe4, ['hat', 'dot']],
  [0xe9, ['breve', 'acute']], [0xe8, ['breve', 'grave']], [0xfa, ['breve', 'hook']], [0xfc, ['breve', 'tilde']], [0xeb, ['breve', 'dot']],
];

/** Letters with a byte of their own (lower-case byte; upper-case is 0x20 lower). */
const OWN_LETTERS: readonly (readonly [number, string])[] = [
  [0xf4, 'ơ'], [0xf6, 'ư'], [0xf1, 'đ'], [0xed, 'í'], [0xec, 'ì'], [0xe6, 'ỉ'], [0xf3, 'ĩ'], [0xf2, 'ị'],
];

const FALLBACK = new TextDecoder('windows-1252');
const PLAIN: readonly string[] = Array.from({ length: 256 }, (_, byte) => FALLBACK.decode(new Uint8Array([byte])));

const MODIFIER_BY_BYTE = new Map<number, readonly Mark[]>();
const LETTER_BY_BYTE = new Map<number, string>();
for (const [byte, marks] of MODIFIERS) { MODIFIER_BY_BYTE.set(byte, marks); MODIFIER_BY_BYTE.set(byte - 0x20, marks); }
for (const [byte, letter] of OWN_LETTERS) { LETTER_BY_BYTE.set(byte, letter); LETTER_BY_BYTE.set(byte - 0x20, letter.toUpperCase()); }

const TONED_BASES = new Set('aeiouyAEIOUYơưƠƯ');
const HAT_BASES = new Set('aeoAEO');
const BREVE_BASES = new Set('aA');

function accepts(base: string, marks: readonly Mark[]): boolean {
  if (!TONED_BASES.has(base)) return false;
  if (marks.includes('hat') && !HAT_BASES.has(base)) return false;
  if (marks.includes('breve') && !BREVE_BASES.has(base)) return false;
  return true;
}

export function decodeVni(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    const base = LETTER_BY_BYTE.get(byte) ?? PLAIN[byte]!;
    const next = bytes[i + 1];
    const marks = next === undefined ? undefined : MODIFIER_BY_BYTE.get(next);
    if (marks && accepts(base, marks)) {
      out.push((base + marks.map((mark) => COMBINING[mark]).join('')).normalize('NFC'));
      i++;
    } else {
      out.push(base);
    }
  }
  return out.join('');
}

const MARK_BY_COMBINING = new Map<string, Mark>(Object.entries(COMBINING).map(([mark, char]) => [char, mark as Mark]));
const BYTE_BY_MARKS = new Map<string, number>(MODIFIERS.map(([byte, marks]) => [marks.join('+'), byte]));
const BYTE_BY_LETTER = new Map<string, number>();
for (const [byte, letter] of OWN_LETTERS) { BYTE_BY_LETTER.set(letter, byte); BYTE_BY_LETTER.set(letter.toUpperCase(), byte - 0x20); }

/** Encodes one NFC letter as VNI bytes; characters VNI cannot write become "?". */
function encodeLetter(char: string): number[] {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return [code];
  const own = BYTE_BY_LETTER.get(char);
  if (own !== undefined) return [own];
  const [rawBase, ...combining] = [...char.normalize('NFD')];
  const marks = combining.map((c) => MARK_BY_COMBINING.get(c) ?? (c === '\u031b' ? 'horn' : undefined));
  if (rawBase === undefined || marks.some((mark) => mark === undefined)) return [0x3f];
  const upper = rawBase !== rawBase.toLowerCase();
  const shift = upper ? 0x20 : 0;
  const horn = marks.includes('horn');
  // NFD puts a dot below before a hat ("ộ" = o + dot + hat); VNI bytes name the hat first.
  const hats = marks.filter((mark): mark is Mark => mark === 'hat' || mark === 'breve');
  const tone = marks.filter((mark): mark is Mark => mark !== 'horn' && mark !== 'hat' && mark !== 'breve');
  const rest = [...hats, ...tone];
  const base = horn ? (rawBase.toLowerCase() === 'o' ? (upper ? 'Ơ' : 'ơ') : upper ? 'Ư' : 'ư') : rawBase;
  if (rest.length === 1 && (base === 'i' || base === 'I') && tone.length === 1) {
    return [BYTE_BY_LETTER.get(`${base}${COMBINING[tone[0]!]}`.normalize('NFC'))!];
  }
  const baseBytes = BYTE_BY_LETTER.has(base) ? [BYTE_BY_LETTER.get(base)!] : [base.codePointAt(0)!];
  if (rest.length === 0) return baseBytes;
  const modifier = BYTE_BY_MARKS.get(rest.join('+'));
  return modifier === undefined ? [0x3f] : [...baseBytes, modifier - shift];
}

export function encodeVni(text: string): Uint8Array {
  return Uint8Array.from([...text.normalize('NFC')].flatMap(encodeLetter));
}
