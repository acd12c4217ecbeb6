// Writes: ingest a text, delete a document. Each needs the API token and counts against
// the caller's write allowance.
import { basename } from 'node:path';
import type { ApiContext } from '../context.ts';
import { apiError, badInput } from '../errors.ts';
import { writeRefusal } from '../../http/auth.ts';
import { isFileRefused } from '../../../ingest/index.ts';

export const typeDefs = /* GraphQL */ `
  enum IngestStatus {
    CREATED
    UPDATED
    "The same content was already stored: nothing changed."
    UNCHANGED
  }

  type IngestResult {
    key: ID!
    status: IngestStatus!
    "True when this text filled in a placeholder that others already cited."
    filledPlaceholder: Boolean!
    "Edges written for this document."
    edges: Int!
    "References the extractor found."
    references: Int!
    document: Document
  }

  type Mutation {
    """
    Extracts a document's identity and references from its text and stores them.
    Needs "Authorization: Bearer <API_TOKEN>".
    """
    ingestDocument(text: String!, filename: String!): IngestResult!
    """
    Removes a held document and the edges its text asserted; what others cite of it stays
    as a placeholder. False when no such document was held. Needs the API token.
    """
    deleteDocument(key: ID!): Boolean!
  }
`;

function authorise(context: ApiContext): void {
  context.chargeWrite();
  const refusal = writeRefusal(context.access);
  if (refusal) throw apiError(refusal.code, refusal.message);
}

function sourceName(filename: string): string {
  const name = basename(filename.replace(/\\/g, '/')).trim();
  if (name === '' || name.length > 255) throw badInput('"filename" must be a file name of 1 to 255 characters, e.g. "cv-629-ldld.txt".');
  return name;
}

export const resolvers = {
  IngestStatus: { CREATED: 'created', UPDATED: 'updated', UNCHANGED: 'unchanged' },
  Mutation: {
    async ingestDocument(_: unknown, { text, filename }: { text: string; filename: string }, context: ApiContext) {
      authorise(context);
      const name = sourceName(filename);
      if (text.trim() === '') throw badInput(`${name}: the text is empty.`);
      const outcome = await context.ingestion.ingestText(text, name).catch((error: unknown) => {
        // Refused as a file on disk would be (empty, a duplicate of a held document): the caller's to fix.
        throw isFileRefused(error) ? badInput(error.message, { reason: error.code }) : error;
      });
      return { ...outcome, document: () => context.loaders.document.load(outcome.key) };
    },
    async deleteDocument(_: unknown, { key }: { key: string }, context: ApiContext) {
      authorise(context);
      if (key.trim() === '') throw badInput('A document key is needed.');
      return context.store.deleteDocument(key);
    },
  },
};
