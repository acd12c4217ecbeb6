// The web client's GraphQL documents must stay valid against the schema the server
// builds, within the server's depth and cost limits: a renamed field breaks this test
// rather than the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, validate, specifiedRules } from 'graphql';
import * as clientQueries from '../../client/src/queries.ts';
import { buildSchema } from '../../server/src/api/graphql/schema.ts';
import { queryLimitsRule } from '../../server/src/api/graphql/query-limits.ts';
import { DEFAULT_LIMITS } from '../../server/src/api/limits.ts';

const schema = buildSchema();
const limits = queryLimitsRule({
  maxDepth: DEFAULT_LIMITS.maxQueryDepth,
  maxCost: DEFAULT_LIMITS.maxQueryCost,
  maxPageSize: DEFAULT_LIMITS.maxPageSize,
  maxListSize: DEFAULT_LIMITS.maxLineageNodes,
});

const documents: [string, string][] = Object.entries(clientQueries as Record<string, unknown>).flatMap(([name, value]) =>
  typeof value === 'string' && /^\s*(query|mutation)\b/.test(value) ? [[name, value] as [string, string]] : [],
);

test('the web client sends GraphQL documents', () => {
  assert.ok(documents.length >= 4, `found ${documents.map(([name]) => name).join(', ')}`);
});

for (const [name, document] of documents) {
  test(`the client's ${name} query is valid against the server's schema and limits`, () => {
    const errors = validate(schema, parse(document), [...specifiedRules, limits]);
    assert.deepEqual(errors.map((error) => error.message), []);
  });
}
