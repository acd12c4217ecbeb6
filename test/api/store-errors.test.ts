// Typed store errors at the API boundary: a store that cannot be reached answers 503 with
// STORE_UNAVAILABLE everywhere (GraphQL, downloads, uploads, /readyz) and never leaks its
// address; input the store refuses is the client's BAD_USER_INPUT, with the reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreInputError, StoreUnavailableError } from '../../server/src/store/errors.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { embedded, errorCodes, graphql, startApi, type RunningApi } from './harness.ts';

const TOKEN = 'c0ffee-store-errors-token';
const BEARER = { authorization: `Bearer ${TOKEN}` };

const CONG_VAN = `ỦY BAN NHÂN DÂN HUYỆN BẢO LẠC
Số: 215/UBND-TNMT
Bảo Lạc, ngày 12 tháng 3 năm 2015
Thực hiện Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng về bảo vệ môi trường, Ủy ban nhân dân huyện yêu cầu các cơ quan triển khai.
`;

/** The store with some methods replaced by failures; the rest answer as usual. */
function failing(store: GraphStore, failures: Partial<Record<keyof GraphStore, () => Error>>): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const fail = failures[property as keyof GraphStore];
      if (fail) return () => Promise.reject(fail());
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const unreachable = (): Error => new StoreUnavailableError('Cannot reach Neo4j at neo4j://secret-host.internal:7687: connection refused');
const everyCall = <T,>(make: () => T) => ({
  ping: make, stats: make, search: make, getDocuments: make, edgesOf: make, lineage: make, wholeGraph: make,
  saveDocument: make, saveDocuments: make, contentHashOf: make, deleteDocument: make, findByNumber: make,
});

describe('a store that cannot be reached', () => {
  let cleanup: () => Promise<void>;
  let api: RunningApi;

  before(async () => {
    let store: GraphStore;
    ({ store, cleanup } = await embedded.open());
    api = await startApi(failing(store, everyCall(unreachable)), { env: { API_TOKEN: TOKEN } });
  });
  after(async () => {
    await api?.close();
    await cleanup?.();
  });

  test('a query answers 503 STORE_UNAVAILABLE without the store address, which is logged', async () => {
    const answer = await graphql(api, '{ stats { documents } }');
    assert.equal(answer.status, 503);
    assert.deepEqual(errorCodes(answer), ['STORE_UNAVAILABLE']);
    assert.match(answer.errors![0]!.message, /unavailable/);
    assert.doesNotMatch(JSON.stringify(answer.errors), /secret-host/);
    assert.ok(api.logged.some((line) => line.includes('secret-host')), 'the details are logged for operators');
  });

  test('a search or a write through GraphQL says the same', async () => {
    const search = await graphql(api, '{ search(query: "41-NQ/TW") { totalCount } }');
    assert.equal(search.status, 503);
    assert.deepEqual(errorCodes(search), ['STORE_UNAVAILABLE']);
    const write = await graphql(api, 'mutation($t: String!) { ingestDocument(text: $t, filename: "cv-215.txt") { key } }', { t: CONG_VAN }, BEARER);
    assert.equal(write.status, 503);
    assert.deepEqual(errorCodes(write), ['STORE_UNAVAILABLE']);
  });

  test('/readyz, downloads and uploads answer 503', async () => {
    assert.equal((await fetch(`${api.url}/readyz`)).status, 503);
    assert.equal((await fetch(`${api.url}/healthz`)).status, 200);
    const download = await fetch(`${api.url}/export/graph.csv?part=nodes`);
    assert.equal(download.status, 503);
    assert.equal(((await download.json()) as any).errors[0].extensions.code, 'STORE_UNAVAILABLE');
    const form = new FormData();
    form.append('files', new Blob([CONG_VAN]), 'cv-215.txt');
    const upload = await fetch(`${api.url}/upload`, { method: 'POST', headers: BEARER, body: form });
    assert.equal(upload.status, 503);
    const body = (await upload.json()) as any;
    assert.equal(body.files[0].error.code, 'STORE_UNAVAILABLE');
    assert.doesNotMatch(JSON.stringify(body), /secret-host/);
  });
});

describe('input the store refuses', () => {
  let cleanup: () => Promise<void>;
  let api: RunningApi;
  const refused = (): Error => new StoreInputError('the search text is longer than 2000 characters');

  before(async () => {
    let store: GraphStore;
    ({ store, cleanup } = await embedded.open());
    api = await startApi(failing(store, { search: refused, wholeGraph: refused }));
  });
  after(async () => {
    await api?.close();
    await cleanup?.();
  });

  test('is BAD_USER_INPUT with the store reason, in GraphQL and as a 400 download', async () => {
    const answer = await graphql(api, '{ search(query: "bảo vệ môi trường") { totalCount } }');
    assert.deepEqual(errorCodes(answer), ['BAD_USER_INPUT']);
    assert.match(answer.errors![0]!.message, /longer than 2000 characters/);
    const download = await fetch(`${api.url}/export/graph.json`);
    assert.equal(download.status, 400);
    assert.equal(((await download.json()) as any).errors[0].extensions.code, 'BAD_USER_INPUT');
  });
});
