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

test('fragments spread within fragments are measured once, so validation stays fast', () => {
  const levels = 40;
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment f${i} on Document { key }` : `fragment f${i} on Document { ...f${i + 1} ...f${i + 1} }`);
  const started = performance.now();
  const found = problems(`{ document(key: "x") { ...f0 } } ${fragments.join(' ')}`);
  assert.ok(performance.now() - started < 5_000, 'a 2^40 expansion would never finish');
  assert.deepEqual(found, ['QUERY_TOO_COMPLEX'], 'its cost is still counted in full');
});
