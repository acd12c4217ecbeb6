// Directed paths between two documents, each hop with its relation and evidence, told in
// words a journalist can quote.
import type { StoredEdge } from '../../../store/port.ts';
import { orderPath } from '../../domain/graph-walk.ts';
import { quoteChain } from '../../domain/quote.ts';
import { requireDocument, requireRange } from '../arguments.ts';
import { bareDocument, documentsByKey, type ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';

export const typeDefs = /* GraphQL */ `
  "A chain of edges from one document to another, following the direction of the edges."
  type DocumentPath {
    from: Document!
    to: Document!
    "Number of hops."
    length: Int!
    hops: [Edge!]!
    "The whole path in words that can be quoted, hop after hop, each with its evidence."
    quote: String!
  }

  extend type Query {
    """
    Directed paths from \`from\` to \`to\` (from implements or cites … to), shortest first.
    When there is none that way, the paths from \`to\` to \`from\`.
    """
    path(from: ID!, to: ID!, maxDepth: Int = 6, limit: Int = 5): [DocumentPath!]!
  }
`;

/** What a DocumentPath resolves from: its end keys and its edges in order. */
export interface PathValue {
  from: string;
  to: string;
  edges: StoredEdge[];
}

async function directedPaths(context: ApiContext, from: string, to: string, maxDepth: number, limit: number): Promise<PathValue[]> {
  const found = await context.store.paths(from, to, maxDepth, limit);
  return found.flatMap((subgraph) => {
    const edges = orderPath(subgraph.edges, from, to);
    return edges ? [{ from, to, edges }] : [];
  });
}

export const resolvers = {
  Query: {
    async path(_: unknown, args: { from: string; to: string; maxDepth: number; limit: number }, context: ApiContext) {
      requireRange('maxDepth', args.maxDepth, 1, context.limits.maxLineageDepth);
      requireRange('limit', args.limit, 1, 20);
      if (args.from === args.to) throw badInput('"from" and "to" are the same document.');
      await Promise.all([requireDocument(context, args.from), requireDocument(context, args.to)]);
      const forward = await directedPaths(context, args.from, args.to, args.maxDepth, args.limit);
      return forward.length > 0 ? forward : directedPaths(context, args.to, args.from, args.maxDepth, args.limit);
    },
  },
  DocumentPath: {
    from: async (path: PathValue, _: unknown, context: ApiContext) => (await context.loaders.document.load(path.from)) ?? bareDocument(path.from),
    to: async (path: PathValue, _: unknown, context: ApiContext) => (await context.loaders.document.load(path.to)) ?? bareDocument(path.to),
    length: (path: PathValue) => path.edges.length,
    hops: (path: PathValue) => path.edges,
    async quote(path: PathValue, _: unknown, context: ApiContext) {
      const keys = path.edges.flatMap((edge) => [edge.from, edge.to, edge.assertedBy]);
      return quoteChain(path.edges, await documentsByKey(context, keys));
    },
  },
};
