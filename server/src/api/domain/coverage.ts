// How far a central or provincial document reached: which provinces (and which units in
// them) have a document implementing it, directly or through a chain, how soon the first
// one came, and which known provinces show none.
import type { StoredDocument, StoredEdge, Subgraph } from '../../store/port.ts';
import { compareDates, lagInDays } from './dates.ts';
import { walk } from './graph-walk.ts';
import { provinceOfDocument, type ProvinceMap } from './provinces-match.ts';

export interface Follower {
  key: string;
  /** Edges from the follower up to the source, in reading order (follower first). */
  chain: StoredEdge[];
  date: string | null;
  lagDays: number | null;
}

export interface UnitCoverage {
  issuer: string;
  first: Follower;
  documents: number;
}

export interface ProvinceCoverage {
  /** The province as the known list names it, or as the documents name it when not listed. */
  province: string;
  first: Follower;
  direct: boolean;
  documents: number;
  units: UnitCoverage[];
}

export interface Coverage {
  provinces: ProvinceCoverage[];
  /** Known provinces with no implementing document in the graph. */
  missing: string[];
  /** Followers with no province (central agencies, units): grouped by issuer. */
  unitsWithoutProvince: UnitCoverage[];
}

type Described = Pick<StoredDocument, 'date' | 'province' | 'issuer'>;

function earliest(a: Follower, b: Follower): Follower {
  return compareDates(a.date, b.date) < 0 || (compareDates(a.date, b.date) === 0 && a.chain.length < b.chain.length)
    ? a
    : b;
}

function byIssuer(followers: Follower[], documents: ReadonlyMap<string, Described | null>): UnitCoverage[] {
  const units = new Map<string, UnitCoverage>();
  for (const follower of followers) {
    const issuer = documents.get(follower.key)?.issuer ?? 'không rõ cơ quan ban hành';
    const unit = units.get(issuer);
    units.set(issuer, unit ? { issuer, first: earliest(unit.first, follower), documents: unit.documents + 1 } : { issuer, first: follower, documents: 1 });
  }
  return [...units.values()].sort((a, b) => compareDates(a.first.date, b.first.date));
}

export function computeCoverage(
  source: string,
  downward: Pick<Subgraph, 'edges'>,
  documents: ReadonlyMap<string, Described | null>,
  provinces: ProvinceMap,
): Coverage {
  const sourceDate = documents.get(source)?.date ?? null;
  const groups = new Map<string, { name: string; followers: Follower[] }>();
  const withoutProvince: Follower[] = [];

  for (const reached of walk(downward, source, 'DOWN')) {
    const document = documents.get(reached.key);
    const date = document?.date ?? null;
    const follower = { key: reached.key, chain: [...reached.chain].reverse(), date, lagDays: lagInDays(sourceDate, date) };
    const written = provinceOfDocument(reached.key, document?.province);
    if (!written) {
      withoutProvince.push(follower);
      continue;
    }
    const province = provinces.provinceOf(written);
    const slug = province?.slug ?? written;
    const group = groups.get(slug) ?? { name: province?.name ?? written, followers: [] };
    group.followers.push(follower);
    groups.set(slug, group);
  }

  const covered = [...groups.values()].map(({ name, followers }) => {
    const first = followers.reduce(earliest);
    return {
      province: name,
      first,
      direct: followers.some((follower) => follower.chain.length === 1),
      documents: followers.length,
      units: byIssuer(followers, documents),
    };
  });
  covered.sort((a, b) => compareDates(a.first.date, b.first.date) || a.province.localeCompare(b.province, 'vi'));
  const missing = provinces.known.filter((province) => !groups.has(province.slug)).map((province) => province.name);
  return { provinces: covered, missing, unitsWithoutProvince: byIssuer(withoutProvince, documents) };
}
