// The documents downstream of a source in the order they were issued, with lags.
import type { EdgeKind } from '../../../store/port.ts';
import { buildTimeline, type TimelineEntry } from '../../domain/timeline.ts';
import { relationsOrAll, requireDocument, requireRange } from '../arguments.ts';
import { bareDocument, downstreamOf, type ApiContext } from '../context.ts';

export const typeDefs = /* GraphQL */ `
  type TimelineEntry {
    document: Document!
    date: String
    "Days after the source; null when either is undated."
    lagDays: Int
    "Hops from the source (1 = implements or cites it directly)."
    hops: Int!
    "The edge by which this document joins: it implements or cites the document above it."
    via: Edge!
  }

  type Timeline {
    source: Document!
    "Oldest first; undated documents last."
    entries: [TimelineEntry!]!
    truncated: Boolean!
  }

  extend type Query {
    timeline(key: ID!, relations: [Relation!], depth: Int = 6): Timeline!
  }
`;

export const resolvers = {
  Query: {
    async timeline(_: unknown, args: { key: string; relations?: EdgeKind[] | null; depth: number }, context: ApiContext) {
      requireRange('depth', args.depth, 1, context.limits.maxLineageDepth);
      const source = await requireDocument(context, args.key);
      const { lineage: downward, documents } = await downstreamOf(context, args.key, relationsOrAll(args.relations), args.depth);
      return { source, entries: buildTimeline(args.key, downward, documents), truncated: downward.truncated };
    },
  },
  TimelineEntry: {
    document: async (entry: TimelineEntry, _: unknown, context: ApiContext) =>
      (await context.loaders.document.load(entry.key)) ?? bareDocument(entry.key),
  },
};
