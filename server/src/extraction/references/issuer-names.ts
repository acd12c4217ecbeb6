// Issuer names as written ("của Ban Bí thư", "Tỉnh ủy Cao Bằng", "UBND tỉnh") mapped to
// the code that issuer uses in its symbols, its system and the province it names.
// Matching is on folded text, so tone-mark placement and case do not matter.

import { foldVietnamese } from '../../domain/fold.ts';

export interface NamedIssuer {
  code: string;
  system: 'party' | 'state' | 'mass';
  level: 'central' | 'province' | 'district' | 'commune';
  /** Province named inside the issuer ("Tỉnh ủy Cao Bằng" → "Cao Bằng"), else null. */
  province: string | null;
}

type Rule = readonly [RegExp, string, NamedIssuer['system'], NamedIssuer['level']];

// First match wins: specific boards before the committees they belong to.
const RULES: readonly Rule[] = [
  [/ban tuyen giao (?:trung uong|tw)/, 'BTGTW', 'party', 'central'],
  [/van phong (?:trung uong|tw) dang/, 'VPTW', 'party', 'central'],
  [/ban to chuc (?:trung uong|tw)/, 'BTCTW', 'party', 'central'],
  [/ban dan van (?:trung uong|tw)/, 'BDVTW', 'party', 'central'],
  [/uy ban kiem tra (?:trung uong|tw)/, 'UBKTTW', 'party', 'central'],
  [/ban tuyen giao (?:tinh|thanh) uy/, 'BTGTU', 'party', 'province'],
  [/(?:uy ban )?(?:trung uong|tw) mat tran/, 'UBTUMTTQVN', 'mass', 'central'],
  [/tong lien doan lao dong/, 'TLĐ', 'mass', 'central'],
  [/bo chinh tri|ban bi thu|ban chap hanh trung uong|bch (?:trung uong|tw)|hoi nghi (?:lan thu \S+ )?(?:ban chap hanh )?trung uong|^trung uong/, 'TW', 'party', 'central'],
  [/(?:tinh|thanh) uy/, 'TU', 'party', 'province'],
  [/(?:huyen|quan|thi) uy/, 'HU', 'party', 'district'],
  [/dang uy/, 'ĐU', 'party', 'commune'],
  [/thu tuong/, 'TTg', 'state', 'central'],
  [/chinh phu/, 'CP', 'state', 'central'],
  [/quoc hoi/, 'QH', 'state', 'central'],
  [/bo tai nguyen va moi truong|bo tn ?& ?mt/, 'BTNMT', 'state', 'central'],
  [/so tai nguyen va moi truong|so tn ?& ?mt/, 'STNMT', 'state', 'province'],
  [/uy ban nhan dan|ubnd/, 'UBND', 'state', 'province'],
  [/hoi dong nhan dan|hdnd/, 'HĐND', 'state', 'province'],
  [/lien doan lao dong|ldld/, 'LĐLĐ', 'mass', 'province'],
  [/mat tran to quoc|mttq/, 'MTTQ', 'mass', 'province'],
];

const PROVINCE_AFTER = /(?:[Tt]ỉnh(?: [uủ][ỷy])?|[Tt]hành phố|[Tt]hành [uủ][ỷy]|TP\.?)\s+((?:\p{Lu}\p{Ll}*)(?:\s\p{Lu}\p{Ll}*){0,3})/u;

/** The province a name mentions ("Ban Thường vụ Tỉnh ủy Bắc Kạn" → "Bắc Kạn"). */
export function provinceNamedIn(name: string): string | null {
  const match = PROVINCE_AFTER.exec(name.normalize('NFC'));
  const province = match?.[1]?.trim() ?? null;
  return province && !/^(?:Ủy|Uỷ|Khóa|Khoá|Lần)/u.test(province) ? province : null;
}

export function issuerFromName(name: string): NamedIssuer | null {
  const folded = foldVietnamese(name);
  for (const [pattern, code, system, level] of RULES) {
    if (pattern.test(folded)) {
      const province = level === 'central' ? null : provinceNamedIn(name);
      return { code, system, level, province };
    }
  }
  return null;
}
