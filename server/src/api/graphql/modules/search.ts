// Search by number however it was typed, or by words with or without diacritics: the
// store reads typed identifiers ("nq 41", "NQ41/TW", "nghị quyết 41 2004") itself, ranks
// and filters; this module pages with opaque cursors.
import type { SearchFilter } from '../../../store/port.ts';
import { decodeCursor, encodeCursor } from '../../domain/cursor.ts';
import { requireRange } from '../arguments.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';

export const typeDefs = /* GraphQL */ `
  input SearchFilter {
    "Vietnamese type names: 'Chỉ thị', 'Nghị quyết'."
    types: [String!]
    levels: [Level!]
    "Province slugs ('cao-bang') or names ('Cao Bằng')."
    provinces: [String!]
    issuer: String
    yearFrom: Int
    yearTo: Int
    includePlaceholders: Boolean
  }

  type SearchHit {
    document: Document!
    score: Float!
    cursor: String!
  }

  type SearchConnection {
    hits: [SearchHit!]!
    totalCount: Int!
    endCursor: String
    hasNextPage: Boolean!
  }

  extend type Query {
    """
    Identifier-aware ('41-NQ/TW', '41/NQ-TW', 'nq 41', 'NQ41/TW', 'nghị quyết 41 2004') and
    diacritic-insensitive full-text search ('nghi quyet bao ve moi truong'),
    ranked. Page with \`first\` (at most 100) and \`after\` (a hit's cursor).
    """
    search(query: String!, filter: SearchFilter, first: Int = 20, after: String): SearchConnection!
  }
`;

interface SearchArgs {
  query: string;
  filter?: SearchFilter | null;
  first: number;
  after?: string | null;
}

function checkFilter(filter: SearchFilter | null | undefined): void {
  if (filter?.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
    throw badInput(`"yearFrom" (${filter.yearFrom}) is after "yearTo" (${filter.yearTo}).`);
  }
}

export const resolvers = {
  Query: {
    async search(_: unknown, { query, filter, first, after }: SearchArgs, context: ApiContext) {
      requireRange('first', first, 1, context.limits.maxPageSize);
      checkFilter(filter);
      const offset = after ? decodeCursor(after, query, filter) : 0;
      if (offset === null) throw badInput('"after" is not a cursor of this search: start again without it.');
      const page = await context.store.search({ text: query, filter: filter ?? undefined, first, offset });
      const hits = page.items.map((item, index) => {
        context.loaders.document.prime(item.document.key, item.document);
        return { document: item.document, score: item.score, cursor: encodeCursor(offset + index + 1, query, filter) };
      });
      return {
        hits,
        totalCount: page.totalCount,
        endCursor: hits.at(-1)?.cursor ?? null,
        hasNextPage: offset + hits.length < page.totalCount,
      };
    },
  },
};
