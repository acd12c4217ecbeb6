// The read queries over real HTTP, as researchers, propaganda departments and journalists
// use them. Run against each store backend by the *.test.ts files beside this one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphStore } from '../../server/src/store/port.ts';
import { KEY } from './corpus.ts';
import { errorCodes, graphql, loadCorpus, startApi, type Backend, type RunningApi } from './harness.ts';

export function describeQuerySuite(backend: Backend): void {
  describe(`GraphQL queries over HTTP (${backend.name})`, { skip: backend.skipReason ?? false }, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    let api: RunningApi;

    before(async () => {
      ({ store, cleanup } = await backend.open());
      await loadCorpus(store);
      api = await startApi(store);
    });
    after(async () => {
      await api?.close();
      await cleanup?.();
    });

    const keysOf = (hits: { document: { key: string } }[]): string[] => hits.map((hit) => hit.document.key);

    test('search "629" finds Công văn 629/LĐLĐ, and its lineage up reaches Chỉ thị 19-CT/TU', async () => {
      const found = await graphql(api, '{ search(query: "629") { totalCount hits { document { key type number } } } }');
      assert.equal(found.errors, undefined);
      const congVan = found.data!.search.hits.find((hit: any) => hit.document.number === '629/LĐLĐ');
      assert.ok(congVan, `629/LĐLĐ not among ${JSON.stringify(found.data)}`);
      assert.equal(congVan.document.type, 'Công văn');
      const lineage = await graphql(api, 'query($key: ID!) { lineage(key: $key, direction: UP, depth: 2) { nodes { number province placeholder } edges { from to relation } truncated } }', { key: congVan.document.key });
      const numbers = lineage.data!.lineage.nodes.map((node: any) => node.number);
      assert.ok(numbers.includes('19-CT/TU'), `lineage up: ${numbers.join(', ')}`);
      const chiThi = lineage.data!.lineage.nodes.find((node: any) => node.number === '19-CT/TU');
      assert.equal(chiThi.province, 'Cao Bằng', 'a cited Tỉnh ủy directive belongs to the citing province');
      assert.equal(lineage.data!.lineage.truncated, false);
    });

    test('search finds Nghị quyết 24-NQ/TW however its number is typed', async () => {
      for (const typed of ['24-NQ/TW', '24 NQ/TW', '24/NQ-TW', 'nq 24', 'NQ24/TW', 'nghị quyết 24 2013', 'Nghi quyet so 24']) {
        const answer = await graphql(api, 'query($q: String!) { search(query: $q, first: 5) { hits { document { key } } } }', { q: typed });
        assert.equal(answer.data!.search.hits[0]?.document.key, KEY.nq24, `typed "${typed}": ${JSON.stringify(answer.data ?? answer.errors)}`);
      }
    });

    test('search is diacritic-insensitive and ranks, with filters on level and province', async () => {
      const plain = await graphql(api, '{ search(query: "ung pho bien doi khi hau", first: 10) { totalCount hits { document { key level } } } }');
      assert.ok(keysOf(plain.data!.search.hits).includes(KEY.nq24));
      const provincial = await graphql(api, '{ search(query: "ung pho bien doi khi hau", filter: { levels: [PROVINCE], provinces: ["hai-phong"] }) { hits { document { key province } } } }');
      assert.deepEqual(keysOf(provincial.data!.search.hits), [KEY.kh9237HaiPhong]);
    });

    test('search pages with cursors and a total count, and refuses a cursor from another search', async () => {
      const query = 'query($after: String) { search(query: "Nghị quyết số 24-NQ/TW", first: 2, after: $after) { totalCount endCursor hasNextPage hits { cursor document { key } } } }';
      const first = (await graphql(api, query)).data!.search;
      assert.equal(first.hits.length, 2);
      assert.ok(first.totalCount >= 4);
      assert.equal(first.hasNextPage, true);
      const second = (await graphql(api, query, { after: first.endCursor })).data!.search;
      assert.equal(second.totalCount, first.totalCount);
      assert.deepEqual(keysOf(second.hits).filter((key) => keysOf(first.hits).includes(key)), [], 'pages do not overlap');
      const foreign = await graphql(api, '{ search(query: "629", after: "' + first.endCursor + '") { totalCount } }');
      assert.deepEqual(errorCodes(foreign), ['BAD_USER_INPUT']);
    });

    test('document(key) gives metadata and both directions of edges with their evidence', async () => {
      const answer = await graphql(api, `query($key: ID!) { document(key: $key) {
        key type number issuer date level province system placeholder label
        references { relation cue sentence to { number } assertedBy { key } }
        referencedBy { relation sentence quote from { number level } }
      } }`, { key: KEY.kh9237HaiPhong });
      const document = answer.data!.document;
      assert.equal(document.number, '9237/KH-UBND');
      assert.equal(document.level, 'PROVINCE');
      assert.equal(document.system, 'STATE');
      assert.equal(document.placeholder, false);
      assert.deepEqual(document.references.map((edge: any) => [edge.relation, edge.to.number]), [['IMPLEMENTS', '24-NQ/TW']]);
      assert.equal(document.references[0].assertedBy.key, KEY.kh9237HaiPhong);
      assert.match(document.references[0].sentence, /Thực hiện Nghị quyết số 24-NQ\/TW/u);
      const referrer = document.referencedBy.find((edge: any) => edge.from.number === '1123/UBND-TNMT');
      assert.ok(referrer);
      assert.equal(referrer.from.level, 'DISTRICT');
      assert.match(referrer.quote, /^Công văn 1123\/UBND-TNMT \(Ủy ban nhân dân huyện Thủy Nguyên, 20\/1\/2015\) thực hiện Kế hoạch 9237\/KH-UBND .*«Thực hiện Kế hoạch số 9237/u);
      const missing = await graphql(api, '{ document(key: "party:TW:-:NQ:99:XI") { key } }');
      assert.equal(missing.data!.document, null);
    });

    test('documentByNumber accepts the number as typed and narrows by year and issuer', async () => {
      const query = 'query($n: String!, $y: Int, $i: String) { documentByNumber(number: $n, year: $y, issuer: $i) { key } }';
      assert.deepEqual((await graphql(api, query, { n: '24-NQ/TW' })).data!.documentByNumber.map((d: any) => d.key), [KEY.nq24]);
      assert.deepEqual((await graphql(api, query, { n: '24 NQ/TW', y: 2013 })).data!.documentByNumber.map((d: any) => d.key), [KEY.nq24]);
      assert.deepEqual((await graphql(api, query, { n: 'NQ24/TW' })).data!.documentByNumber.map((d: any) => d.key), [KEY.nq24]);
      assert.deepEqual((await graphql(api, query, { n: '24-NQ/TW', y: 2004 })).data!.documentByNumber, []);
      assert.deepEqual((await graphql(api, query, { n: '9237/KH-UBND', i: 'hai phong' })).data!.documentByNumber.map((d: any) => d.key), [KEY.kh9237HaiPhong]);
      assert.deepEqual(errorCodes(await graphql(api, query, { n: '  ' })), ['BAD_USER_INPUT']);
    });

    test('lineage down from 24-NQ/TW reaches the district dispatch, and a small limit says truncated', async () => {
      const query = 'query($limit: Int) { lineage(key: "' + KEY.nq24 + '", direction: DOWN, depth: 2, relations: [IMPLEMENTS], limit: $limit) { truncated nodes { key } edges { from to relation assertedBy } } }';
      const full = (await graphql(api, query, { limit: 100 })).data!.lineage;
      const keys = full.nodes.map((node: any) => node.key);
      for (const key of [KEY.ctr39CaoBang, KEY.kh55BinhPhuoc, KEY.kh9237HaiPhong, KEY.cv1123ThuyNguyen, KEY.kl56]) assert.ok(keys.includes(key), key);
      assert.ok(full.edges.every((edge: any) => edge.relation === 'IMPLEMENTS'));
      assert.equal(full.truncated, false);
      const capped = (await graphql(api, query, { limit: 2 })).data!.lineage;
      assert.equal(capped.truncated, true);
      assert.ok(capped.nodes.length <= 2);
      assert.deepEqual(errorCodes(await graphql(api, '{ lineage(key: "' + KEY.nq24 + '", depth: 11) { truncated } }')), ['BAD_USER_INPUT']);
      assert.deepEqual(errorCodes(await graphql(api, '{ lineage(key: "party:TW:-:NQ:99:XI") { truncated } }')), ['NOT_FOUND']);
      assert.deepEqual(errorCodes(await graphql(api, '{ lineage(key: " ") { truncated } }')), ['BAD_USER_INPUT']);
    });

    test('a lineage starts from the document itself, with a limit of one and at depth 0', async () => {
      const query = 'query($depth: Int, $limit: Int) { lineage(key: "' + KEY.nq24 + '", direction: DOWN, depth: $depth, limit: $limit) { truncated nodes { key number } edges { from } } }';
      const alone = (await graphql(api, query, { depth: 0, limit: 500 })).data!.lineage;
      assert.deepEqual(alone.nodes, [{ key: KEY.nq24, number: '24-NQ/TW' }]);
      assert.deepEqual(alone.edges, []);
      assert.equal(alone.truncated, false);
      const first = (await graphql(api, query, { depth: 2, limit: 1 })).data!.lineage;
      assert.deepEqual(first.nodes.map((node: any) => node.key), [KEY.nq24]);
      assert.equal(first.truncated, true);
    });

    test('governingDocuments leads a district dispatch up to the central resolution, with its path', async () => {
      const answer = await graphql(api, `{ governingDocuments(key: "${KEY.cv1123ThuyNguyen}") {
        truncated chains { reachesCentral implementsAllTheWay top { number } path { length quote hops { to { number } } } }
      } }`);
      const [chain] = answer.data!.governingDocuments.chains;
      assert.equal(chain.top.number, '24-NQ/TW');
      assert.equal(chain.reachesCentral, true);
      assert.equal(chain.implementsAllTheWay, true);
      assert.deepEqual(chain.path.hops.map((hop: any) => hop.to.number), ['9237/KH-UBND', '24-NQ/TW']);
      assert.match(chain.path.quote, /Kế hoạch 9237\/KH-UBND \(Ủy ban nhân dân thành phố Hải Phòng, 5\/12\/2014\) thực hiện Nghị quyết 24-NQ\/TW/u);
    });

    test('path between two documents reads hop by hop, quotable, in either order of asking', async () => {
      const query = 'query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length from { number } to { number } quote hops { relation cue sentence } } }';
      const [forward] = (await graphql(api, query, { from: KEY.cv1123ThuyNguyen, to: KEY.nq24 })).data!.path;
      assert.equal(forward.length, 2);
      assert.deepEqual([forward.from.number, forward.to.number], ['1123/UBND-TNMT', '24-NQ/TW']);
      assert.match(forward.quote, /^Công văn 1123\/UBND-TNMT .* thực hiện Kế hoạch 9237\/KH-UBND .* — «Thực hiện Kế hoạch số 9237\/KH-UBND, ngày 05\/12\/2014 .*»; Kế hoạch 9237\/KH-UBND .* thực hiện Nghị quyết 24-NQ\/TW/u);
      const [reversed] = (await graphql(api, query, { from: KEY.nq24, to: KEY.cv1123ThuyNguyen })).data!.path;
      assert.equal(reversed.from.number, '1123/UBND-TNMT', 'asked the other way round, the edges still read downwards-up');
      assert.deepEqual((await graphql(api, query, { from: KEY.kh55BinhPhuoc, to: KEY.ctr39CaoBang })).data!.path, []);
      assert.deepEqual(errorCodes(await graphql(api, query, { from: KEY.nq24, to: KEY.nq24 })), ['BAD_USER_INPUT']);
    });

    test('coverage of 24-NQ/TW: three provinces, the first document and lag of each, and 60 without', async () => {
      const answer = await graphql(api, `{ coverage(key: "${KEY.nq24}") {
        knownProvinceCount missingProvinces truncated
        provinces { province direct documents first { lagDays hops document { number } } units { issuer documents } }
        unitsWithoutProvince { issuer first { document { number } lagDays } }
      } }`);
      const coverage = answer.data!.coverage;
      assert.equal(coverage.knownProvinceCount, 63);
      const byName = Object.fromEntries(coverage.provinces.map((p: any) => [p.province, p]));
      assert.equal(byName['Cao Bằng'].first.document.number, '39-CTr/TU');
      assert.equal(byName['Cao Bằng'].first.lagDays, 84);
      assert.equal(byName['Bình Phước'].first.lagDays, 120);
      assert.equal(byName['Hải Phòng'].first.document.number, '9237/KH-UBND');
      assert.equal(byName['Hải Phòng'].documents, 2);
      assert.deepEqual(byName['Hải Phòng'].units.map((unit: any) => unit.issuer).sort(), ['Ủy ban nhân dân huyện Thủy Nguyên', 'Ủy ban nhân dân thành phố Hải Phòng']);
      assert.ok(coverage.missingProvinces.includes('Hà Giang'));
      assert.ok(!coverage.missingProvinces.includes('Hải Phòng'));
      assert.equal(coverage.missingProvinces.length, 63 - coverage.provinces.length);
      assert.deepEqual(coverage.unitsWithoutProvince.map((unit: any) => [unit.issuer, unit.first.document.number]), [['Bộ Chính trị', '56-KL/TW']]);
    });

    test('timeline of 24-NQ/TW lists what followed it, oldest first, with lags in days', async () => {
      const answer = await graphql(api, `{ timeline(key: "${KEY.nq24}", relations: [IMPLEMENTS]) { entries { date lagDays hops document { number } via { relation } } } }`);
      // The seed texts may add followers of their own; the fixture ones must come in this order.
      const ours = new Set(['39-CTr/TU', '55-KH/TU', '9237/KH-UBND', '1123/UBND-TNMT', '56-KL/TW']);
      const entries = answer.data!.timeline.entries.filter((entry: any) => ours.has(entry.document.number));
      assert.deepEqual(entries.map((entry: any) => entry.document.number), ['39-CTr/TU', '55-KH/TU', '9237/KH-UBND', '1123/UBND-TNMT', '56-KL/TW']);
      assert.deepEqual(entries.map((entry: any) => entry.lagDays), [84, 120, 550, 596, 3733]);
      assert.equal(entries[3].hops, 2);
      const dates = answer.data!.timeline.entries.map((entry: any) => entry.date).filter(Boolean);
      assert.deepEqual(dates, [...dates].sort(), 'oldest first');
    });

    test('stats count by type, level, province and year, and name the most implemented documents', async () => {
      const stats = (await graphql(api, '{ stats { documents placeholders edges { relation count } byType { value count } byLevel { value count } byProvince { value count } byYear { value count } mostImplemented { count document { number } } } }')).data!.stats;
      assert.ok(stats.documents >= 10, `documents: ${stats.documents}`);
      assert.ok(stats.byType.some((row: any) => row.value === 'Kế hoạch' && row.count >= 2));
      assert.ok(stats.byYear.some((row: any) => row.value === '2013'));
      assert.equal(stats.mostImplemented[0].document.number, '24-NQ/TW');
      assert.ok(stats.mostImplemented[0].count >= 4);
    });
  });
}
