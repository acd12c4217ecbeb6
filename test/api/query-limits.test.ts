// Depth and cost limits refuse a query before it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getIntrospectionQuery, parse, validate } from 'graphql';
import { buildSchema } from '../../server/src/api/graphql/schema.ts';
import { queryLimitsRule } from '../../server/src/api/graphql/query-limits.ts';

const schema = buildSchema();
const rule = queryLimitsRule({ maxDepth: 6, maxCost: 2_000, maxPageSize: 100, maxListSize: 2_000 });
const problems = (query: string): string[] => validate(schema, parse(query), [rule]).map((error) => String(error.extensions['code']));

test('a search page with references is within the limits', () => {
  assert.deepEqual(problems('{ search(query: "629", first: 20) { hits { document { key references { to { key } } } } } }'), []);
});

test('nesting references seven levels deep is refused as too complex', () => {
  const deep = '{ document(key: "x") { references { to { references { to { references { to { key } } } } } } } }';
  assert.deepEqual(problems(deep), ['QUERY_TOO_COMPLEX']);
});

test('depth hidden in fragments is still counted', () => {
  const query = `
    query { document(key: "x") { ...up } }
    fragment up on Document { references { to { references { to { references { to { key } } } } } } }`;
  assert.deepEqual(problems(query), ['QUERY_TOO_COMPLEX']);
});

test('a shallow query that fans out over large pages is refused by cost', () => {
  const wide = '{ search(query: "nghị quyết", first: 100) { hits { document { references { from { key } to { key } } referencedBy { from { key } } } } } }';
  assert.deepEqual(problems(wide), ['QUERY_TOO_COMPLEX']);
});

test('a page size given as a variable is costed at the largest page', () => {
  const query = 'query($n: Int) { search(query: "x", first: $n) { hits { document { references { to { referencedBy { from { key } } } } } } } }';
  assert.deepEqual(problems(query), ['QUERY_TOO_COMPLEX']);
});

test('the standard introspection query of GraphQL tools passes the default limits, a cyclic one does not', () => {
  const defaults = queryLimitsRule({ maxDepth: 12, maxCost: 100_000, maxPageSize: 100, maxListSize: 2_000 });
  const check = (query: string) => validate(schema, parse(query), [defaults]).map((error) => String(error.extensions['code']));
  assert.deepEqual(check(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })), []);
  const cyclic = '{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } }';
  assert.deepEqual(check(cyclic), ['QUERY_TOO_COMPLEX']);
});
