// Documents and the edges between them: lookup by key or by number as typed, and each
// document's references and referrers with their evidence.
import type { EdgeKind, StoredDocument, StoredEdge } from '../../../store/port.ts';
import { normaliseSymbol } from '../../../extraction/symbols.ts';
import { parseIdentifierQuery } from '../../../extraction/identifier-query.ts';
import { foldVietnamese } from '../../../domain/fold.ts';
import { yearOf } from '../../domain/dates.ts';
import { describeDocument, quoteHop } from '../../domain/quote.ts';
import { provinceOfDocument } from '../../domain/provinces-match.ts';
import { bareDocument, documentsByKey, type ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';

export const typeDefs = /* GraphQL */ `
  """
  A document of the graph: one we hold the text of, or a placeholder for one only cited.
  """
  type Document {
    "Canonical key system:issuer:scope:type:number:period ('?' unknown, '-' not applicable)."
    key: ID!
    "Vietnamese type name: 'Chỉ thị', 'Công văn', 'Kế hoạch'."
    type: String
    "Number and symbol, normalised: '19-CT/TU', '629/LĐLĐ', '08/2022/NĐ-CP'."
    number: String
    issuer: String
    "ISO date YYYY-MM-DD."
    date: String
    place: String
    title: String
    level: Level
    """
    Province the document was issued in ('Cao Bằng'): as its text names it, or for a placeholder
    as its key's scope names it; null for central documents.
    """
    province: String
    system: IssuerSystem
    term: String
    placeholder: Boolean!
    "For an unresolved placeholder: the documents it could be."
    candidates: [Document!]!
    source: String
    "The original text, for documents we hold."
    text: String
    "Documents this one implements or cites, with evidence."
    references: [Edge!]!
    "Documents that implement or cite this one, with evidence."
    referencedBy: [Edge!]!
    "How a reader names it: 'Công văn 629/LĐLĐ (LĐLĐ tỉnh Cao Bằng, 21/7/2017)'."
    label: String!
  }

  enum Level {
    CENTRAL
    PROVINCE
    DISTRICT
    COMMUNE
  }

  enum IssuerSystem {
    PARTY
    STATE
    MASS
  }

  enum Relation {
    IMPLEMENTS
    CITES
  }

  enum Direction {
    UP
    DOWN
    BOTH
  }

  """
  A directed edge: \`from\` implements or cites \`to\`, as stated by \`assertedBy\`'s text.
  """
  type Edge {
    id: ID!
    from: Document!
    to: Document!
    relation: Relation!
    assertedBy: Document!
    cue: String
    sentence: String!
    surface: String!
    start: Int!
    end: Int!
    "The edge in words that can be quoted, with its evidence sentence."
    quote: String!
  }

  type Query {
    document(key: ID!): Document
    "Documents by number as typed ('41-NQ/TW', '41 NQ/TW'), optionally narrowed by year and issuer."
    documentByNumber(number: String!, year: Int, issuer: String): [Document!]!
  }
`;

function byNumberFilter(year: number | null | undefined, issuer: string | null | undefined) {
  const wantedIssuer = issuer ? foldVietnamese(issuer) : null;
  return (document: StoredDocument): boolean =>
    (year == null || yearOf(document.date) === year || document.key.endsWith(`:${year}`)) &&
    (wantedIssuer === null || foldVietnamese(document.issuer ?? '').includes(wantedIssuer) || foldVietnamese(document.key).includes(wantedIssuer));
}

/**
 * "NQ41/TW" and "ct 19 tu" read as "41-NQ/TW" and "19-CT/TU"; anything else goes to the
 * store as typed, where it is compacted.
 */
function numberAsWritten(typed: string): string {
  const symbol = normaliseSymbol(typed);
  if (symbol) return symbol;
  const parsed = parseIdentifierQuery(typed);
  return parsed?.typeCode && parsed.issuerCode ? `${parsed.number}-${parsed.typeCode}/${parsed.issuerCode}` : typed.trim();
}

async function edgeQuote(edge: StoredEdge, _args: unknown, context: ApiContext): Promise<string> {
  return quoteHop(edge, await documentsByKey(context, [edge.from, edge.to, edge.assertedBy]));
}

export const resolvers = {
  Level: { CENTRAL: 'central', PROVINCE: 'province', DISTRICT: 'district', COMMUNE: 'commune' },
  IssuerSystem: { PARTY: 'party', STATE: 'state', MASS: 'mass' },
  Relation: { IMPLEMENTS: 'IMPLEMENTS', CITES: 'CITES' } satisfies Record<EdgeKind, EdgeKind>,
  Query: {
    document: (_: unknown, { key }: { key: string }, context: ApiContext) => context.loaders.document.load(key),
    async documentByNumber(
      _: unknown,
      { number, year, issuer }: { number: string; year?: number | null; issuer?: string | null },
      context: ApiContext,
    ) {
      if (number.trim() === '') throw badInput('A document number is needed, for example "41-NQ/TW".');
      const found = await context.store.findByNumber(numberAsWritten(number));
      for (const document of found) context.loaders.document.prime(document.key, document);
      return found.filter(byNumberFilter(year, issuer));
    },
  },
  Document: {
    candidates: async (document: StoredDocument, _: unknown, context: ApiContext) =>
      [...(await documentsByKey(context, document.candidates)).values()],
    text: (document: StoredDocument, _: unknown, context: ApiContext) =>
      document.placeholder ? null : context.loaders.text.load(document.key),
    references: (document: StoredDocument, _: unknown, context: ApiContext) => context.loaders.outgoing.load(document.key),
    referencedBy: (document: StoredDocument, _: unknown, context: ApiContext) => context.loaders.incoming.load(document.key),
    label: (document: StoredDocument) => describeDocument(document),
    province: (document: StoredDocument) => provinceOfDocument(document.key, document.province),
  },
  Edge: {
    from: async (edge: StoredEdge, _: unknown, context: ApiContext) => (await context.loaders.document.load(edge.from)) ?? bareDocument(edge.from),
    to: async (edge: StoredEdge, _: unknown, context: ApiContext) => (await context.loaders.document.load(edge.to)) ?? bareDocument(edge.to),
    assertedBy: async (edge: StoredEdge, _: unknown, context: ApiContext) =>
      (await context.loaders.document.load(edge.assertedBy)) ?? bareDocument(edge.assertedBy),
    relation: (edge: StoredEdge) => edge.kind,
    quote: edgeQuote,
  },
};
