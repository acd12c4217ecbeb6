// The documents downstream of a source in the order they were issued, with lags.
import type { EdgeKind } from '../../../store/port.ts';
import { buildTimeline, type TimelineEntry } from '../../domain/timeline.ts';
import { relationsOrAll, requireDocument, requireRange } from '../arguments.ts';
import { bareDocument, documentsByKey, type ApiContext } from '../context.ts';

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
      const downward = await context.store.lineage({
        key: args.key,
        direction: 'DOWN',
        depth: args.depth,
        relations: relationsOrAll(args.relations),
        limit: context.limits.maxLineageNodes,
      });
      for (const node of downward.nodes) context.loaders.document.prime(node.key, node);
      const documents = await documentsByKey(context, [args.key, ...downward.nodes.map((node) => node.key)]);
      return { source, entries: buildTimeline(args.key, downward, documents), truncated: downward.truncated };
    },
  },
  TimelineEntry: {
    document: async (entry: TimelineEntry, _: unknown, context: ApiContext) =>
      (await context.loaders.document.load(entry.key)) ?? bareDocument(entry.key),
  },
};
