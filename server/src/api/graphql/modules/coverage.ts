// Coverage of a central or provincial document across provinces and units: who
// implemented it, how soon, and which known provinces show nothing yet.
import type { EdgeKind, StoredEdge } from '../../../store/port.ts';
import { computeCoverage, type Follower } from '../../domain/coverage.ts';
import { provinceMapFor } from '../../domain/provinces-match.ts';
import { relationsOrAll, requireDocument, requireRange } from '../arguments.ts';
import { bareDocument, downstreamOf, type ApiContext } from '../context.ts';
import type { PathValue } from './paths.ts';

export const typeDefs = /* GraphQL */ `
  "A document downstream of a source, with the chain that links it to the source."
  type Follower {
    document: Document!
    date: String
    "Days from the source's date to this document's; null when either is undated."
    lagDays: Int
    "1 when it implements the source directly."
    hops: Int!
    "From this document up to the source."
    path: DocumentPath!
  }

  type UnitCoverage {
    issuer: String!
    first: Follower!
    documents: Int!
  }

  type ProvinceCoverage {
    province: String!
    "The earliest document of this province in the chain."
    first: Follower!
    "True when some document of this province implements the source itself."
    direct: Boolean!
    documents: Int!
    units: [UnitCoverage!]!
  }

  type Coverage {
    source: Document!
    "Provinces with an implementing document, earliest first."
    provinces: [ProvinceCoverage!]!
    """
    Known provinces with none: the 63 provinces for a source issued before 1 July 2025,
    the 34 provinces from then on.
    """
    missingProvinces: [String!]!
    knownProvinceCount: Int!
    "Followers without a province (central agencies, units), by issuer."
    unitsWithoutProvince: [UnitCoverage!]!
    truncated: Boolean!
  }

  extend type Query {
    coverage(key: ID!, relations: [Relation!] = [IMPLEMENTS], depth: Int = 8): Coverage!
  }
`;

export const resolvers = {
  Query: {
    async coverage(_: unknown, args: { key: string; relations?: EdgeKind[] | null; depth: number }, context: ApiContext) {
      requireRange('depth', args.depth, 1, context.limits.maxLineageDepth);
      const source = await requireDocument(context, args.key);
      const { lineage: downward, documents } = await downstreamOf(context, args.key, relationsOrAll(args.relations), args.depth);
      const provinces = provinceMapFor(source.date);
      const coverage = computeCoverage(args.key, downward, documents, provinces);
      return {
        source,
        provinces: coverage.provinces,
        missingProvinces: coverage.missing,
        knownProvinceCount: provinces.known.length,
        unitsWithoutProvince: coverage.unitsWithoutProvince,
        truncated: downward.truncated,
      };
    },
  },
  Follower: {
    document: async (follower: Follower, _: unknown, context: ApiContext) =>
      (await context.loaders.document.load(follower.key)) ?? bareDocument(follower.key),
    hops: (follower: Follower) => follower.chain.length,
    path: (follower: Follower): PathValue => ({
      from: follower.key,
      to: (follower.chain.at(-1) as StoredEdge).to,
      edges: follower.chain,
    }),
  },
};
