// Limits, errors and access over real HTTP: what a careless or hostile client meets.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphStore } from '../../server/src/store/port.ts';
import { KEY } from './corpus.ts';
import { embedded, errorCodes, graphql, loadCorpus, startApi, type RunningApi } from './harness.ts';

describe('limits and errors over HTTP', () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let api: RunningApi;

  before(async () => {
    ({ store, cleanup } = await embedded.open());
    await loadCorpus(store);
    api = await startApi(store, { limits: { maxQueryDepth: 8, maxBodyBytes: 64 * 1024 } });
  });
  after(async () => {
    await api?.close();
    await cleanup?.();
  });

  test('a query nested too deep is refused with QUERY_TOO_COMPLEX before it runs', async () => {
    const deep = `{ document(key: "${KEY.cv1123ThuyNguyen}") { references { to { references { to { references { to { references { to { key } } } } } } } } } }`;
    const answer = await graphql(api, deep);
    assert.equal(answer.status, 400);
    assert.deepEqual(errorCodes(answer), ['QUERY_TOO_COMPLEX']);
    assert.match(answer.errors![0]!.message, /nests 10 levels deep; at most 8/);
  });

  test('a huge query document is refused by its size in tokens', async () => {
    const query = `{ ${'k '.repeat(21_000)}}`;
    const answer = await graphql(api, query);
    assert.equal(answer.status, 400);
    assert.deepEqual(errorCodes(answer), ['GRAPHQL_PARSE_FAILED']);
    assert.match(answer.errors![0]!.message, /contains more tha[nt] 20000 tokens/);
  });

  test('a query nested thousands of levels deep fails to parse, and the server stays up', async () => {
    const levels = 3_000;
    const answer = await graphql(api, `{${'{ r '.repeat(levels)}${'}'.repeat(levels)}}`);
    assert.equal(answer.status, 400);
    assert.deepEqual(errorCodes(answer), ['GRAPHQL_PARSE_FAILED']);
    assert.equal((await fetch(`${api.url}/healthz`)).status, 200);
  });

  test('a query that fans out over large pages is refused by its cost', async () => {
    const wide = `{ search(query: "nghị quyết", first: 100) { hits { document {
      references { from { referencedBy { from { key label } } } to { referencedBy { from { key label } } candidates { key label } } }
      referencedBy { from { references { to { key label } } candidates { key label } } } } } } }`;
    const answer = await graphql(api, wide);
    assert.deepEqual(errorCodes(answer), ['QUERY_TOO_COMPLEX']);
    assert.match(answer.errors![0]!.message, /at most 100000 are allowed/);
  });

  test('a page larger than 100 is refused with BAD_USER_INPUT naming the argument', async () => {
    const answer = await graphql(api, '{ search(query: "24", first: 101) { totalCount } }');
    assert.deepEqual(errorCodes(answer), ['BAD_USER_INPUT']);
    assert.match(answer.errors![0]!.message, /"first" must be between 1 and 100/);
  });

  test('a wrongly typed argument is refused by GraphQL validation', async () => {
    const answer = await graphql(api, '{ lineage(key: "x", direction: SIDEWAYS) { truncated } }');
    assert.equal(answer.status, 400);
    assert.deepEqual(errorCodes(answer), ['GRAPHQL_VALIDATION_FAILED']);
  });

  test('a request body over the limit gets 413 with a JSON error', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($t: String!) { ingestDocument(text: $t, filename: "big.txt") { key } }', variables: { t: 'Thực hiện '.repeat(10_000) } }),
    });
    assert.equal(response.status, 413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'PAYLOAD_TOO_LARGE');
  });

  test('malformed JSON gets 400, not a stack trace', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    assert.equal(response.status, 400);
    assert.doesNotMatch(await response.text(), /at .*\.ts:\d+/);
  });

  test('an unknown document is NOT_FOUND where a query needs it', async () => {
    for (const field of ['governingDocuments', 'coverage', 'timeline']) {
      const answer = await graphql(api, `{ ${field}(key: "party:TU:ha-giang:CT:99:2015") { truncated } }`);
      assert.deepEqual(errorCodes(answer), ['NOT_FOUND'], field);
      assert.match(answer.errors![0]!.message, /party:TU:ha-giang:CT:99:2015/);
    }
  });

  test('/healthz answers while the process is up; /readyz checks the store', async () => {
    const health = await fetch(`${api.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    assert.equal(ready.status, 200);
  });

  test('every response carries security headers, with a policy that allows only our own scripts', async () => {
    const response = await fetch(`${api.url}/healthz`);
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.match(policy, /script-src 'self'/);
    assert.match(policy, /frame-ancestors 'none'/);
    assert.doesNotMatch(policy, /script-src[^;]*unsafe-inline/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-powered-by'), null);
  });

  test('the GraphQL endpoint has no landing page that would reach the internet, but answers introspection', async () => {
    const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.doesNotMatch(await page.text(), /apollographql|embeddable-sandbox|cdn\./i);
    const introspection = await graphql(api, '{ __schema { queryType { fields { name } } } }');
    const fields = introspection.data!.__schema.queryType.fields.map((field: any) => field.name);
    for (const name of ['document', 'documentByNumber', 'search', 'lineage', 'governingDocuments', 'path', 'coverage', 'timeline', 'stats']) {
      assert.ok(fields.includes(name), name);
    }
  });
});

describe('faults are masked and logged', () => {
  let cleanup: () => Promise<void>;
  let api: RunningApi;

  before(async () => {
    let store: GraphStore;
    ({ store, cleanup } = await embedded.open());
    // A store whose disk fails: the client must learn only that something failed.
    const failing = new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'stats') return () => Promise.reject(new Error('SQLITE_IOERR: disk I/O error in /srv/secret/graph.sqlite'));
        if (property === 'ping') return () => Promise.resolve(false);
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    api = await startApi(failing);
  });
  after(async () => {
    await api?.close();
    await cleanup?.();
  });

  test('an unexpected error reaches the client as INTERNAL_SERVER_ERROR without its details', async () => {
    const answer = await graphql(api, '{ stats { documents } }');
    assert.deepEqual(errorCodes(answer), ['INTERNAL_SERVER_ERROR']);
    assert.doesNotMatch(JSON.stringify(answer.errors), /secret|SQLITE|stacktrace/);
    assert.ok(api.logged.some((line) => line.includes('/srv/secret/graph.sqlite')), 'the details are logged');
  });

  test('/readyz is 503 when the store does not answer, /healthz still 200', async () => {
    assert.equal((await fetch(`${api.url}/readyz`)).status, 503);
    assert.equal((await fetch(`${api.url}/healthz`)).status, 200);
  });
});
