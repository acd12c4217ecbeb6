// Province filters know the 2025 merger: documents keep the province they were issued
// under, so filtering by a province formed on 1 July 2025 ("Đồng Nai") also finds those
// issued under the provinces it was formed from ("Bình Phước"). Names are compared by
// their match key, so "Cao Bang", "tỉnh Cao Bằng" and "Cao Bằng" are one province.
import { findProvince, formedFrom, provinceMatchKey, PROVINCES_FROM_2025, type Province } from '../../domain/provinces.ts';

/** The value stored next to a document's province for filtering. */
export function provinceKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = provinceMatchKey(name);
  return key === '' ? null : key;
}

function namesOf(province: Province): string[] {
  return [province.name, ...province.variants].map(provinceMatchKey);
}

/** Every province key a filter value stands for. */
export function provinceFilterKeys(wanted: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const value of wanted) {
    const key = provinceMatchKey(value);
    if (key === '') continue;
    keys.add(key);
    const before = findProvince(value);
    if (before) namesOf(before).forEach((name) => keys.add(name));
    const merged = PROVINCES_FROM_2025.find((province) => namesOf(province).includes(key));
    if (merged) for (const part of formedFrom(merged.slug)) namesOf(part).forEach((name) => keys.add(name));
  }
  return [...keys];
}
