// No Neo4j server runs here, so every statement the adapter can send is checked with
// Neo4j's own Cypher parser, and the generated text is pinned by a snapshot.
// After an intended change: UPDATE_SNAPSHOTS=1 npm test -- test/store/cypher-lint.test.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { allStatements, GRAPH_SCHEMA, search } from '../../server/src/store/neo4j/cypher.ts';
import { nodeProperties } from '../../server/src/store/neo4j/properties.ts';
import { propertiesFromKey } from '../../server/src/store/resolution/plan.ts';

const SNAPSHOT = fileURLToPath(new URL('./cypher-statements.snapshot.txt', import.meta.url));

/**
 * Parser and semantic errors, and warnings (a label, relationship type or property outside
 * the adapter's schema is a typo). Undeclared $parameters are expected: values are bound at run time.
 */
function cypherErrors(statement: string): string[] {
  return lintCypherQuery(statement, GRAPH_SCHEMA)
    .diagnostics.map((diagnostic) => ({ ...diagnostic, message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value }))
    .filter((diagnostic) => isNotParamError(diagnostic) && (diagnostic.severity ?? 1) <= 2)
    .map((diagnostic) => `${diagnostic.message} at "${statement.slice(diagnostic.offsets.start, diagnostic.offsets.end + 20)}"`);
}

test('the linter itself rejects broken Cypher (so a passing lint means something)', () => {
  assert.notDeepEqual(cypherErrors('MATCH (d:Document {key: $key} RETURN d'), []);
  assert.notDeepEqual(cypherErrors(search({ fullText: true, identifier: true, keyFields: true, mode: 'page' }).replace('WITH d, sum(score)', 'WITH d sum(score)')), []);
  assert.deepEqual(cypherErrors('MATCH (d:Document {key: $key}) RETURN d.key'), []);
  assert.notDeepEqual(cypherErrors('MATCH (d:Document {key: $key}) RETURN d.numberCompcat'), [], 'a misspelt property');
  assert.notDeepEqual(cypherErrors('MATCH (d:Document)-[:IMPLEMENT]->(x:Document) RETURN x.key'), [], 'a misspelt relationship type');
});

test('the schema the linter checks against lists every property the adapter writes on a document', () => {
  const written = Object.keys({ ...nodeProperties('party:TW:-:NQ:41:IX', { type: null, number: null, issuer: null, date: null, place: null, title: null, province: null, term: null, ...propertiesFromKey('party:TW:-:NQ:41:IX') }, null), candidates: [] });
  assert.deepEqual(written.filter((name) => !GRAPH_SCHEMA.propertyKeys.includes(name)), []);
});

for (const [name, statement] of Object.entries(allStatements())) {
  test(`Cypher ${name} parses`, () => {
    assert.deepEqual(cypherErrors(statement), []);
  });
}

test('every statement binds values as parameters, never as literals built from input', () => {
  for (const [name, statement] of Object.entries(allStatements())) {
    assert.doesNotMatch(statement, /\$\{|undefined|NaN/, name);
  }
});

test('the generated Cypher matches the committed snapshot', () => {
  const current = Object.entries(allStatements())
    .map(([name, statement]) => `// ${name}\n${statement}\n`)
    .join('\n');
  if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(SNAPSHOT)) {
    assert.ok(!process.env.CI, 'the snapshot must be committed; CI never writes it');
    writeFileSync(SNAPSHOT, current);
  }
  assert.equal(current, readFileSync(SNAPSHOT, 'utf8'));
});
