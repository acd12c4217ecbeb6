// Document type names and their codes in a number-and-symbol, as data.
// Party codes follow Hướng dẫn 36-HD/VPTW; State codes follow Nghị định 30/2020/NĐ-CP.
// The same code can mean different types in the two systems ("TT" is a Party Thông tri
// but a State Thông tư), so lookups by code take the system into account.

import { foldVietnamese } from '../domain/fold.ts';
import { remembered } from '../domain/remembered.ts';

export type TypeSystem = 'party' | 'state' | 'both';

export interface DocumentType {
  /** Name as a reader would say it: "Chỉ thị", "Chương trình hành động". */
  name: string;
  /** Code in a symbol ("CT", "CTr", "QĐi"); null when the type never carries one (Luật). */
  code: string | null;
  system: TypeSystem;
  /** Other written names of the same type (case and tone-mark placement are ignored). */
  aliases?: string[];
}

/** Longest names first where one name starts another ("Nghị quyết liên tịch" before "Nghị quyết"). */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Nghị quyết liên tịch', code: 'NQLT', system: 'state' },
  { name: 'Thông tư liên tịch', code: 'TTLT', system: 'state' },
  { name: 'Nghị quyết', code: 'NQ', system: 'both' },
  { name: 'Chỉ thị', code: 'CT', system: 'both' },
  { name: 'Kết luận', code: 'KL', system: 'party' },
  { name: 'Quyết định', code: 'QĐ', system: 'both' },
  { name: 'Quy định', code: 'QĐi', system: 'party' },
  { name: 'Quy chế phối hợp', code: 'QCPH', system: 'both' },
  { name: 'Quy chế', code: 'QC', system: 'both' },
  { name: 'Hướng dẫn', code: 'HD', system: 'both' },
  { name: 'Thông báo', code: 'TB', system: 'both', aliases: ['Thông báo kết luận'] },
  { name: 'Thông tri', code: 'TT', system: 'party' },
  { name: 'Thông tư', code: 'TT', system: 'state' },
  { name: 'Báo cáo', code: 'BC', system: 'both' },
  { name: 'Kế hoạch liên tịch', code: 'KHLT', system: 'both' },
  { name: 'Kế hoạch', code: 'KH', system: 'both' },
  { name: 'Chương trình hành động', code: 'CTr', system: 'both', aliases: ['Chương trình'] },
  { name: 'Chương trình phối hợp', code: 'CTrPH', system: 'both' },
  { name: 'Tờ trình', code: 'TTr', system: 'both' },
  { name: 'Đề án', code: 'ĐA', system: 'both' },
  { name: 'Dự án', code: 'DA', system: 'state' },
  { name: 'Phương án', code: 'PA', system: 'state' },
  { name: 'Công văn', code: 'CV', system: 'both', aliases: ['Văn bản'] },
  { name: 'Công điện', code: 'CĐ', system: 'state' },
  { name: 'Giấy mời', code: 'GM', system: 'state' },
  { name: 'Biên bản', code: 'BB', system: 'state' },
  { name: 'Nghị định', code: 'NĐ', system: 'state' },
  { name: 'Pháp lệnh', code: 'PL', system: 'state' },
  { name: 'Bộ luật', code: null, system: 'state' },
  { name: 'Luật', code: null, system: 'state' },
  { name: 'Hiến pháp', code: null, system: 'state' },
  { name: 'Điều lệ', code: null, system: 'both' },
];

/** Codes whose canonical spelling is not all capitals. */
const CANONICAL_CODE_CASE: ReadonlyMap<string, string> = new Map(
  DOCUMENT_TYPES.filter((t) => t.code !== null).map((t) => [t.code!.toUpperCase(), t.code!]),
);
/** State code for Quy định (NĐ 30/2020) is "QyĐ"; it shares the name with the Party "QĐi". */
const EXTRA_CODES: ReadonlyMap<string, { code: string; name: string }> = new Map([
  ['QYĐ', { code: 'QyĐ', name: 'Quy định' }],
  ['TC', { code: 'TC', name: 'Thông cáo' }],
  ['CTRPH', { code: 'CTrPH', name: 'Chương trình phối hợp' }],
  ['QCPH', { code: 'QCPH', name: 'Quy chế phối hợp' }],
]);
/** Codes typed without "Đ" (a keyboard or font slip) that cannot mean anything else. */
const UNACCENTED_CODES: ReadonlyMap<string, string> = new Map([['QD', 'QĐ'], ['ND', 'NĐ'], ['QDI', 'QĐi']]);

/** "CTR" → "CTr", "QĐI" → "QĐi", "qđ" → "QĐ"; unknown codes come back in capitals. */
export function canonicalTypeCode(code: string): string {
  const upper = UNACCENTED_CODES.get(code.toUpperCase()) ?? code.toUpperCase();
  return CANONICAL_CODE_CASE.get(upper) ?? EXTRA_CODES.get(upper)?.code ?? upper;
}

export function isKnownTypeCode(code: string): boolean {
  const upper = UNACCENTED_CODES.get(code.toUpperCase()) ?? code.toUpperCase();
  return CANONICAL_CODE_CASE.has(upper) || EXTRA_CODES.has(upper);
}

/** The type name a code stands for in a system ("TT" → "Thông tri" for the Party). */
export function typeNameForCode(code: string, system: 'party' | 'state' | 'mass' | null = null): string | null {
  const canonical = canonicalTypeCode(code);
  const matches = DOCUMENT_TYPES.filter((t) => t.code === canonical);
  const wanted = system === 'party' ? 'party' : system === null ? null : 'state';
  const best = matches.find((t) => wanted !== null && t.system === wanted) ?? matches.find((t) => t.system === 'both') ?? matches[0];
  return best?.name ?? EXTRA_CODES.get(canonical.toUpperCase())?.name ?? null;
}

const BY_FOLDED_NAME: ReadonlyMap<string, DocumentType> = new Map(
  DOCUMENT_TYPES.flatMap((t) => [t.name, ...(t.aliases ?? [])].map((n) => [foldVietnamese(n), t] as const)),
);

// Type names are written a handful of ways per text; each written form is folded once.
/** The type a written name denotes, whatever its case or tone marks ("NGHỊ QUYẾT", "Chỉ Thị"). */
export const documentTypeForName = remembered((written: string): DocumentType | null => BY_FOLDED_NAME.get(foldVietnamese(written)) ?? null, 1000);

/** The code of a written type name ("Chương trình hành động" → "CTr", "Luật" → null). */
export function codeForTypeName(written: string): string | null {
  return documentTypeForName(written)?.code ?? null;
}

/** Every written type name, longest first, for building recognisers. */
export function allTypeNames(): string[] {
  const names = DOCUMENT_TYPES.flatMap((t) => [t.name, ...(t.aliases ?? [])]);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}
