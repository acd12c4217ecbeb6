// server/schema.graphql is what the web client codes against: it must be exactly the
// schema the server builds. After a deliberate change, regenerate it with
//   npx tsx server/src/api/graphql/print-schema.ts --write
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { printedSchema } from '../../server/src/api/graphql/schema.ts';
import { schemaFile } from '../../server/src/api/graphql/print-schema.ts';

test('the committed server/schema.graphql is the schema the server builds', () => {
  assert.equal(
    readFileSync(schemaFile, 'utf8'),
    printedSchema(),
    'server/schema.graphql differs from the code: run `npx tsx server/src/api/graphql/print-schema.ts --write` and review the diff',
  );
});

test('the schema keeps the fields the web client already uses', () => {
  const schema = printedSchema();
  for (const field of [
    'document(key: ID!): Document',
    'documentByNumber(number: String!, year: Int, issuer: String): [Document!]!',
    'search(query: String!, filter: SearchFilter, first: Int = 20, after: String): SearchConnection!',
    'lineage(key: ID!, direction: Direction = BOTH, depth: Int = 3, relations: [Relation!], limit: Int = 500): Lineage!',
  ]) {
    assert.ok(schema.includes(field), `missing: ${field}`);
  }
});
