// The documents governing a local one: chains up to the documents at the top, central
// ones first, each with its path.
import type { EdgeKind } from '../../../store/port.ts';
import { governingChains, type GoverningChain } from '../../domain/governing.ts';
import { relationsOrAll, requireDocument, requireRange } from '../arguments.ts';
import { bareDocument, documentsByKey, type ApiContext } from '../context.ts';
import type { PathValue } from './paths.ts';

export const typeDefs = /* GraphQL */ `
  type GoverningChain {
    "The document at the top of the chain (no further document above it in the graph)."
    top: Document!
    reachesCentral: Boolean!
    "True when every hop is IMPLEMENTS."
    implementsAllTheWay: Boolean!
    "From the local document up to \`top\`."
    path: DocumentPath!
  }

  type GoverningDocuments {
    document: Document!
    "Central chains first, then those implementing all the way, then shorter ones."
    chains: [GoverningChain!]!
    truncated: Boolean!
  }

  extend type Query {
    governingDocuments(key: ID!, depth: Int = 8, relations: [Relation!]): GoverningDocuments!
  }
`;

export const resolvers = {
  Query: {
    async governingDocuments(_: unknown, args: { key: string; depth: number; relations?: EdgeKind[] | null }, context: ApiContext) {
      requireRange('depth', args.depth, 1, context.limits.maxLineageDepth);
      const document = await requireDocument(context, args.key);
      const upward = await context.store.lineage({
        key: args.key,
        direction: 'UP',
        depth: args.depth,
        relations: relationsOrAll(args.relations),
        limit: context.limits.maxLineageNodes,
      });
      for (const node of upward.nodes) context.loaders.document.prime(node.key, node);
      const levels = await documentsByKey(context, upward.nodes.map((node) => node.key));
      return { document, chains: governingChains(args.key, upward, levels), truncated: upward.truncated };
    },
  },
  GoverningChain: {
    top: async (chain: GoverningChain, _: unknown, context: ApiContext) => (await context.loaders.document.load(chain.top)) ?? bareDocument(chain.top),
    path: (chain: GoverningChain): PathValue => ({
      from: chain.edges[0]?.from ?? chain.top,
      to: chain.top,
      edges: chain.edges,
    }),
  },
};
