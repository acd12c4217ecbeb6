// Which list of provinces a coverage question is asked against: the 63 provinces for a
// source issued before 1 July 2025, the 34 merged ones from then on. Documents keep the
// province they were issued under, so an older follower counts for the province it became.
import {
  PROVINCES_BEFORE_2025,
  PROVINCES_FROM_2025,
  findProvince,
  MERGER_DATE,
  mergedInto,
  provinceBySlug,
  type Province,
} from '../../domain/provinces.ts';
import { NOT_APPLICABLE, UNKNOWN, parseDocumentKey } from '../../domain/document-key.ts';
import { compareDates } from './dates.ts';

export interface ProvinceName {
  slug: string;
  name: string;
}

export interface ProvinceMap {
  known: readonly ProvinceName[];
  /** The known province a document's province value (slug or name) counts for; null when unknown. */
  provinceOf(value: string): ProvinceName | null;
}

function asName(province: Province): ProvinceName {
  return { slug: province.slug, name: province.name };
}

function recognise(value: string): Province | null {
  return provinceBySlug(value) ?? findProvince(value);
}

export function provinceMapFor(sourceDate: string | null): ProvinceMap {
  const afterMerger = sourceDate !== null && compareDates(sourceDate, MERGER_DATE) >= 0;
  if (!afterMerger) {
    return { known: PROVINCES_BEFORE_2025.map(asName), provinceOf: (value) => { const province = recognise(value); return province ? asName(province) : null; } };
  }
  const after = new Set(PROVINCES_FROM_2025.map((province) => province.slug));
  return {
    known: PROVINCES_FROM_2025.map(asName),
    provinceOf(value) {
      const province = recognise(value);
      if (!province) return null;
      if (after.has(province.slug)) return asName(province);
      const merged = mergedInto(province.slug);
      return merged ? asName(merged) : null;
    },
  };
}

/**
 * The province a document was issued in: as stored, or else named from its key's scope —
 * a placeholder only cited ("Chỉ thị 19-CT/TU của Tỉnh ủy" in a Cao Bằng dispatch) has
 * its province only there.
 */
export function provinceOfDocument(key: string, stored: string | null | undefined): string | null {
  if (stored) return stored;
  const scope = parseDocumentKey(key)?.scope;
  if (!scope || scope === UNKNOWN || scope === NOT_APPLICABLE) return null;
  return provinceBySlug(scope)?.name ?? scope;
}
