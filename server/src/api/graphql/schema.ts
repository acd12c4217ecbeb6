// The executable schema: one module per domain entity, each with its type definitions
// and the resolvers that translate between GraphQL and the domain.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { printSchema, type GraphQLSchema } from 'graphql';
import * as documents from './modules/documents.ts';
import * as search from './modules/search.ts';
import * as lineage from './modules/lineage.ts';
import * as paths from './modules/paths.ts';
import * as governing from './modules/governing.ts';
import * as coverage from './modules/coverage.ts';
import * as timeline from './modules/timeline.ts';
import * as stats from './modules/stats.ts';
import * as ingest from './modules/ingest.ts';

const modules = [documents, search, lineage, paths, governing, coverage, timeline, stats, ingest];

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: modules.map((module) => module.typeDefs),
    resolvers: modules.map((module) => module.resolvers),
  });
}

/** The schema as committed in server/schema.graphql (the web client codes against it). */
export function printedSchema(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(schema)}\n`;
}
