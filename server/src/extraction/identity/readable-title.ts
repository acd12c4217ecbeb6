// Titles typed in capitals ("THỰC HIỆN ĐỀ ÁN … THEO QUYẾT ĐỊNH SỐ 582/QĐ-TTG … CỦA THỦ
// TƯỚNG CHÍNH PHỦ") are shown in sentence case, with the names we know written as they
// are written: symbols, provinces, issuers, type names before a number.

import { PROVINCES_BEFORE_2025 } from '../../domain/provinces.ts';
import { allTypeNames } from '../document-types.ts';
import { findIssuerMentions } from '../issuers.ts';
import { normaliseSymbol, SYMBOL_SOURCE } from '../symbols.ts';
import { ISSUER_KINDS } from './issuer-catalogue.ts';
import { foldWithOffsets } from './folded-text.ts';
import { isAllCaps, squash } from './lines.ts';

const SYMBOL = new RegExp(SYMBOL_SOURCE, 'gu');
const PROVINCE_KEYS = PROVINCES_BEFORE_2025.map((p) => [p.name, foldWithOffsets(p.name).folded] as const);

function replaceFolded(text: string, name: string): string {
  const folded = foldWithOffsets(text);
  const target = foldWithOffsets(name).folded;
  let out = text;
  let from = 0;
  for (let at = folded.folded.indexOf(target, from); at !== -1; at = folded.folded.indexOf(target, from)) {
    const before = folded.folded[at - 1];
    const after = folded.folded[at + target.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) {
      const start = folded.offsets[at]!;
      const end = folded.offsets[at + target.length]!;
      if (end - start === name.length) out = out.slice(0, start) + name + out.slice(end);
    }
    from = at + target.length;
  }
  return out;
}

// A type name that names a document: before its number, or after "thực hiện", "theo" …
// Each with the lower-case name it needs, so that a title without it skips both patterns.
const TYPE_NAMES_NAMING_A_DOCUMENT: readonly [RegExp, string, string][] = allTypeNames().flatMap((name) => {
  const lower = name.toLowerCase();
  return [
    [new RegExp(`(?<![\\p{L}])${lower}(?=\\s+(?:số|\\d))`, 'gu'), name, lower],
    [new RegExp(`(?<=(?:^|\\s)(?:thực hiện|triển khai|theo|tổng kết|sơ kết|quán triệt)\\s)${lower}(?![\\p{L}])`, 'giu'), name, lower],
  ] as [RegExp, string, string][];
});

export function readableTitle(title: string): string {
  const clean = squash(title);
  if (!isAllCaps(clean)) return clean;
  let out = clean.toLowerCase();
  out = out.charAt(0).toUpperCase() + out.slice(1);
  // Symbols as normalised ("582/QĐ-TTG" → "582/QĐ-TTg").
  const symbols = [...clean.matchAll(SYMBOL)].map((m) => m[0]);
  for (const s of symbols) {
    const normal = normaliseSymbol(s);
    const lower = s.toLowerCase();
    const at = out.indexOf(lower);
    if (normal && at !== -1) out = out.slice(0, at) + (normal.length === s.length ? normal : s) + out.slice(at + lower.length);
  }
  const folded = foldWithOffsets(out).folded;
  for (const [name, key] of PROVINCE_KEYS) if (folded.includes(key)) out = replaceFolded(out, name);
  for (const m of findIssuerMentions(out)) {
    const kind = ISSUER_KINDS.find((k) => k.id === m.issuer.kind);
    if (kind) out = replaceFolded(out, kind.name);
  }
  // These replacements only change the case of a type name, so one lower-cased copy serves them all.
  const lowered = out.toLowerCase();
  for (const [pattern, name, needed] of TYPE_NAMES_NAMING_A_DOCUMENT) if (lowered.includes(needed)) out = out.replace(pattern, name);
  return out.charAt(0).toUpperCase() + out.slice(1);
}
