// The compact subgraph the graph view draws: documents up and/or down from one, with keys
// on the edges, capped in size (`truncated` says when the cap was reached).
import type { Direction, EdgeKind, StoredEdge } from '../../../store/port.ts';
import { relationsOrAll, requireDocument, requireRange } from '../arguments.ts';
import type { ApiContext } from '../context.ts';

export const typeDefs = /* GraphQL */ `
  "A compact subgraph for the graph view: keys only on edges."
  type Lineage {
    nodes: [Document!]!
    edges: [LineageEdge!]!
    "True when the node limit left documents out."
    truncated: Boolean!
  }

  type LineageEdge {
    id: ID!
    from: ID!
    to: ID!
    relation: Relation!
    assertedBy: ID!
    cue: String
    sentence: String!
  }

  extend type Query {
    "UP: what it implements or cites, transitively; DOWN: what implements or cites it. depth ≤ 10; limit capped at 2000."
    lineage(key: ID!, direction: Direction = BOTH, depth: Int = 3, relations: [Relation!], limit: Int = 500): Lineage!
  }
`;

interface LineageArgs {
  key: string;
  direction: Direction;
  depth: number;
  relations?: EdgeKind[] | null;
  limit: number;
}

export const resolvers = {
  Query: {
    async lineage(_: unknown, args: LineageArgs, context: ApiContext) {
      requireRange('depth', args.depth, 0, context.limits.maxLineageDepth);
      requireRange('limit', args.limit, 1, Number.MAX_SAFE_INTEGER);
      const subgraph = await context.store.lineage({
        key: args.key,
        direction: args.direction,
        depth: args.depth,
        relations: relationsOrAll(args.relations),
        limit: Math.min(args.limit, context.limits.maxLineageNodes),
      });
      // The document itself is the nearest node of its lineage: when the store holds it, it
      // comes first, and a look-up beforehand would only repeat that read. Otherwise the
      // look-up says why (no key given, or no such document).
      if (subgraph.nodes[0]?.key !== args.key) await requireDocument(context, args.key);
      for (const node of subgraph.nodes) context.loaders.document.prime(node.key, node);
      return subgraph;
    },
  },
  LineageEdge: {
    relation: (edge: StoredEdge) => edge.kind,
  },
};
