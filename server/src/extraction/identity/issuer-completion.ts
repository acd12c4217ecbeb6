// Filling in what one source of the issuer leaves out: the body only says "Ban Thường vụ
// Tỉnh ủy", the symbol only says "LĐLĐ"; the place ("Đồng Xoài" is in Bình Phước), the
// header or another mention says which province.

import { findProvince, type Province } from '../../domain/provinces.ts';
import { inProvince, type Issuer, type IssuerMention } from '../issuers.ts';
import type { ParsedSymbol } from '../symbols.ts';
import { ISSUER_KINDS } from './issuer-catalogue.ts';

// The body a bare code stands for when several share it.
const PREFERRED_KIND: Readonly<Record<string, string>> = {
  TW: 'central-committee', TU: 'provincial-committee', HU: 'district-committee', UBND: 'peoples-committee', MTTQ: 'front',
};

/** The issuer a symbol's issuer code names ("629/LĐLĐ" → Liên đoàn Lao động), without its place. */
export function issuerForCode(symbol: ParsedSymbol): Issuer | null {
  const code = (symbol.issuerCode ?? '').split('-')[0] ?? '';
  if (code === '') return null;
  const preferred = PREFERRED_KIND[code];
  const kind = ISSUER_KINDS.find((k) => k.id === preferred) ?? ISSUER_KINDS.find((k) => k.code === code);
  if (!kind) return null;
  return { name: kind.name, code: kind.code, level: kind.level, system: kind.system, province: null, term: null, kind: kind.id };
}

/** The issuer placed in the province, when it is a local body that did not name one. */
export function completeIssuer(issuer: Issuer, province: Province | null): Issuer {
  if (!province || issuer.level === 'central' || issuer.province) return issuer;
  if (issuer.level === 'district' || issuer.level === 'commune') return { ...issuer, province: province.name };
  return inProvince(issuer, province);
}

/** The one province that the text's local issuers name, when they name exactly one. */
export function soleProvinceNamed(mentions: readonly IssuerMention[]): Province | null {
  const named = new Set<string>();
  for (const m of mentions) {
    if (m.issuer.level !== 'central' && m.issuer.province) named.add(m.issuer.province);
  }
  if (named.size !== 1) return null;
  return findProvince([...named][0]!);
}
