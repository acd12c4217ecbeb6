// Provinces (from the domain module, before and after the 2025 merger) and the districts
// and communes under them. District and commune names are made up from common Vietnamese
// place-name syllables, deterministically per province, and never equal a province name
// or town, so that no made-up place can be mistaken for a real province.

import {
  PROVINCES_BEFORE_2025,
  PROVINCES_FROM_2025,
  findProvince,
  type Province,
} from '../../server/src/domain/provinces.ts';
import { Random } from './random.ts';

export { PROVINCES_BEFORE_2025, PROVINCES_FROM_2025, type Province };

const SYLLABLES = [
  'An', 'Bình', 'Phú', 'Hòa', 'Tân', 'Thạnh', 'Đông', 'Tây', 'Long', 'Hưng', 'Thuận', 'Lộc',
  'Phước', 'Mỹ', 'Xuân', 'Lâm', 'Trung', 'Quang', 'Vĩnh', 'Thạch', 'Kim', 'Ngọc', 'Hải', 'Hồng',
  'Thanh', 'Đức', 'Minh', 'Nghĩa', 'Thái', 'Định', 'Cát', 'Thọ', 'Lợi', 'Phong', 'Khánh', 'Tiến',
];

export interface District {
  name: string;
  /** "huyện" or "quận". */
  kind: string;
  communes: string[];
}

export interface Locality {
  province: Province;
  /** True for the 34 provinces formed on 1 July 2025. */
  merged: boolean;
  /** Ordinal of the province's 2000 Party congress, so each province counts its own terms. */
  firstCongress: number;
  districts: District[];
  /** Communes and wards directly under a merged province (no districts after 2025). */
  communes: string[];
}

function placeName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = `${random.pick(SYLLABLES)} ${random.pick(SYLLABLES)}`;
    const [first, second] = name.split(' ');
    if (first === second || taken.has(name) || findProvince(name) !== null) continue;
    taken.add(name);
    return name;
  }
}

function buildLocality(province: Province, merged: boolean, seed: string): Locality {
  const random = new Random(`${seed}:${merged ? 'after' : 'before'}:${province.slug}`);
  const taken = new Set<string>();
  const districts: District[] = [];
  if (!merged) {
    const count = random.int(5, 9);
    for (let i = 0; i < count; i++) {
      // Centrally-run cities have urban districts (quận, Quận ủy "QU"); provinces have huyện.
      const kind = province.kind === 'thành phố' && random.chance(0.6) ? 'quận' : 'huyện';
      const communes = Array.from({ length: random.int(3, 6) }, () => placeName(random, taken));
      districts.push({ name: placeName(random, taken), kind, communes });
    }
  }
  const communes = merged ? Array.from({ length: random.int(8, 14) }, () => placeName(random, taken)) : [];
  return { province, merged, firstCongress: random.int(14, 17), districts, communes };
}

/** Every province with its made-up districts and communes, for one seed. */
export function buildGeography(seed: string): { before: Locality[]; after: Locality[] } {
  return {
    before: PROVINCES_BEFORE_2025.map((p) => buildLocality(p, false, seed)),
    after: PROVINCES_FROM_2025.map((p) => buildLocality(p, true, seed)),
  };
}

/** "tỉnh Cao Bằng", "thành phố Hải Phòng". */
export function provincePhrase(province: Province): string {
  return `${province.kind} ${province.name}`;
}
