// The HTTP surface besides /graphql: downloads, the explorer page, the web client with
// its route fallback, CORS; and DataLoader batching seen from the store's side.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { GraphStore } from '../../server/src/store/port.ts';
import { KEY } from './corpus.ts';
import { embedded, graphql, loadCorpus, startApi, type RunningApi } from './harness.ts';

describe('downloads, pages and CORS over HTTP', () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let api: RunningApi;
  const calls = new Map<string, number>();
  const clientDir = mkdtempSync(join(tmpdir(), 'client-dist-'));

  before(async () => {
    ({ store, cleanup } = await embedded.open());
    await loadCorpus(store);
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Đồ thị văn bản</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log("client")');
    const counting = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
          return value.apply(target, args);
        };
      },
    });
    api = await startApi(counting, { clientDir, env: { CORS_ORIGINS: 'https://nghiencuu.example.vn' } });
  });
  after(async () => {
    await api?.close();
    await cleanup?.();
    rmSync(clientDir, { recursive: true, force: true });
  });

  test('a page of documents with their references and referrers costs one store round-trip per level', async () => {
    calls.clear();
    const answer = await graphql(api, `{ search(query: "24-NQ/TW", first: 50, filter: { includePlaceholders: true }) {
      hits { document { key references { to { key number } } referencedBy { from { key number } } } } } }`);
    assert.equal(answer.errors, undefined);
    assert.ok(answer.data!.search.hits.length >= 5);
    assert.equal(calls.get('search'), 1);
    assert.equal(calls.get('edgesOf'), 2, 'one call for all references, one for all referrers');
    assert.equal(calls.get('getDocuments'), 1, 'the far ends of every edge in one call');
  });

  test('a lineage downloads as GraphML that parses, with every document and edge', async () => {
    const response = await fetch(`${api.url}/export/lineage.graphml?key=${encodeURIComponent(KEY.nq24)}&direction=DOWN&depth=2&relations=IMPLEMENTS`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /graphml\+xml/);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="?lineage-24-NQ_TW-down\.graphml"?/);
    const xml = await response.text();
    const parsed = new DOMParser().parseFromString(xml, 'text/xml');
    const ids = Array.from({ length: parsed.getElementsByTagName('node').length }, (_, i) => parsed.getElementsByTagName('node').item(i)!.getAttribute('id'));
    assert.ok(ids.includes(KEY.cv1123ThuyNguyen) && ids.includes(KEY.nq24));
    assert.equal(parsed.getElementsByTagName('edge').length, ids.length - 1);
    assert.match(xml, /V\/v triển khai Kế hoạch số 9237\/KH-UBND &quot;về bảo vệ môi trường&quot;, giai đoạn 2014-2020 &amp; &lt;sau 2020&gt;/u);
  });

  test('the whole graph downloads as CSV nodes and edges, quoted where needed', async () => {
    // Read as bytes: fetch's text() would drop the byte-order mark that spreadsheets need.
    const nodes = Buffer.from(await (await fetch(`${api.url}/export/graph.csv?part=nodes`)).arrayBuffer()).toString('utf8');
    assert.ok(nodes.startsWith('\uFEFFkey,label,type,number,issuer,date,place,title,level,province,system,term,placeholder\r\n'));
    assert.match(nodes, /"V\/v triển khai Kế hoạch số 9237\/KH-UBND ""về bảo vệ môi trường"", giai đoạn 2014-2020 & <sau 2020>"/u);
    const edges = await fetch(`${api.url}/export/graph.csv?part=edges`);
    assert.match(edges.headers.get('content-disposition') ?? '', /graph-edges\.csv/);
    assert.match(await edges.text(), /"Thực hiện Kế hoạch số 9237\/KH-UBND, ngày 05\/12\/2014 .*""đơn vị"" triển khai\."/u);
  });

  test('Cytoscape JSON loads as elements with sources and targets', async () => {
    const json = (await (await fetch(`${api.url}/export/graph.json`)).json()) as { elements: { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] } };
    const ids = new Set(json.elements.nodes.map((node) => node.data.id));
    assert.ok(ids.has(KEY.kl56));
    assert.ok(json.elements.edges.every((edge) => ids.has(edge.data.source) && ids.has(edge.data.target)));
  });

  test('a download asked for wrongly names the problem', async () => {
    const missingKey = await fetch(`${api.url}/export/lineage.json`);
    assert.equal(missingKey.status, 400);
    const problem = (await missingKey.json()) as { errors: { message: string; extensions: { code: string } }[] };
    assert.deepEqual([problem.errors[0]!.extensions.code, problem.errors[0]!.message], ['BAD_USER_INPUT', '"key" (a document key) is needed.']);
    assert.equal((await fetch(`${api.url}/export/lineage.csv?key=party:TW:-:NQ:99:XI`)).status, 404);
    assert.equal((await fetch(`${api.url}/export/graph.csv?part=everything`)).status, 400);
    assert.equal((await fetch(`${api.url}/export/lineage.graphml?key=${encodeURIComponent(KEY.nq24)}&depth=50`)).status, 400);
  });

  test('the explorer page is served from this server alone, with examples and our own script', async () => {
    const redirect = await fetch(`${api.url}/explorer`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    const page = await fetch(`${api.url}/explorer/`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<script type="module" src="explorer\.js"><\/script>/);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, 'nothing from another host');
    const script = await fetch(`${api.url}/explorer/explorer.js`);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
    const examples = await (await fetch(`${api.url}/explorer/examples.js`)).text();
    assert.match(examples, /mass:LĐLĐ:cao-bang:CV:629:2017/u);
    assert.doesNotMatch(examples + (await script.text()), /https?:\/\//);
  });

  test('the web client is served at / and its routes fall back to index.html; API paths do not', async () => {
    const home = await fetch(`${api.url}/`);
    assert.match(await home.text(), /Đồ thị văn bản/u);
    const route = await fetch(`${api.url}/document/party:TW:-:NQ:24:XI`, { headers: { accept: 'text/html' } });
    assert.equal(route.status, 200);
    assert.match(await route.text(), /Đồ thị văn bản/u);
    const asset = await fetch(`${api.url}/assets/app.js`);
    assert.match(await asset.text(), /client/);
    const unknownExport = await fetch(`${api.url}/export/unknown.xml`, { headers: { accept: 'text/html' } });
    assert.equal(unknownExport.status, 404);
  });

  test('CORS admits the configured origin only', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://nghiencuu.example.vn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://nghiencuu.example.vn');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Authorization/);
    const stranger = await fetch(`${api.url}/healthz`, { headers: { origin: 'https://la.example.com' } });
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
  });
});
