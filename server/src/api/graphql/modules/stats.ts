// Counts over the whole graph, and the documents implemented most often.
import type { ApiContext } from '../context.ts';

export const typeDefs = /* GraphQL */ `
  type ValueCount {
    value: String!
    count: Int!
  }

  type RelationCount {
    relation: Relation!
    count: Int!
  }

  type ImplementedDocument {
    document: Document!
    "Documents implementing it directly."
    count: Int!
  }

  type Stats {
    "Documents we hold the text of."
    documents: Int!
    "Documents only cited."
    placeholders: Int!
    edges: [RelationCount!]!
    byType: [ValueCount!]!
    byLevel: [ValueCount!]!
    byProvince: [ValueCount!]!
    byYear: [ValueCount!]!
    mostImplemented: [ImplementedDocument!]!
  }

  extend type Query {
    stats: Stats!
  }
`;

export const resolvers = {
  Query: {
    async stats(_: unknown, __: unknown, context: ApiContext) {
      const stats = await context.store.stats();
      for (const { document } of stats.mostImplemented) context.loaders.document.prime(document.key, document);
      return { ...stats, edges: stats.edges.map((edge) => ({ relation: edge.kind, count: edge.count })) };
    },
  },
};
