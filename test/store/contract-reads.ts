// Reads: documents in the order asked, edges, lineage, paths, search, statistics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphStore } from '../../server/src/store/port.ts';
import type { StoreFactory } from './contract.ts';
import { withStore } from './contract.ts';
import { KEYS, chiThi19, congVan629, keHoachDatDai, nghiQuyet41DoanhNhan, nghiQuyet41MoiTruong, record, identity, reference } from './fixtures.ts';

async function loadCorpus(store: GraphStore): Promise<void> {
  await store.saveDocument(congVan629());
  await store.saveDocument(chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường'));
  await store.saveDocument(
    record(
      KEYS.nghiQuyet24,
      identity({ type: 'Nghị quyết', number: '24-NQ/TW', issuer: 'Ban Chấp hành Trung ương', date: '2013-06-03', place: 'Hà Nội', title: 'Về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường', level: 'central', system: 'party', term: 'XI' }),
      [],
    ),
  );
  await store.saveDocument(nghiQuyet41MoiTruong());
  await store.saveDocument(nghiQuyet41DoanhNhan());
  await store.saveDocument(keHoachDatDai());
}

const keysOf = (documents: { key: string }[]): string[] => documents.map((document) => document.key).sort();
const topKeys = async (store: GraphStore, text: string, count = 1) =>
  (await store.search({ text, first: count, offset: 0 })).items.map((item) => item.document.key);

export function describeReadContract(makeStore: StoreFactory): void {
  test('documents come back in the order asked, null where none', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    const found = await store.getDocuments([KEYS.nghiQuyet41DoanhNhan, 'party:TW:-:NQ:99:XI', KEYS.congVan629, KEYS.nghiQuyet41DoanhNhan]);
    assert.deepEqual(found.map((document) => document?.key ?? null), [KEYS.nghiQuyet41DoanhNhan, null, KEYS.congVan629, KEYS.nghiQuyet41DoanhNhan]);
    assert.deepEqual(await store.getDocuments([]), []);
  }));

  test('findByNumber matches the number however it is typed, and keeps same-symbol documents apart', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    for (const typed of ['41-NQ/TW', '41-nq/tw', '41 NQ/TW', '41nqtw']) {
      assert.deepEqual(keysOf(await store.findByNumber(typed)), [KEYS.nghiQuyet41Moi, KEYS.nghiQuyet41DoanhNhan].sort(), typed);
    }
    assert.deepEqual(keysOf(await store.findByNumber('629/lđlđ')), [KEYS.congVan629]);
  }));

  test('lineage goes up to the central resolutions and down to the local dispatches, bounded', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    const up1 = await store.lineage({ key: KEYS.congVan629, direction: 'UP', depth: 1, limit: 100 });
    assert.deepEqual(keysOf(up1.nodes), [KEYS.congVan629, KEYS.chiThi19CaoBang, KEYS.nghiQuyet24, KEYS.chuongTrinh39].sort());
    assert.equal(up1.truncated, false);
    const up2 = await store.lineage({ key: KEYS.congVan629, direction: 'UP', depth: 2, limit: 100 });
    assert.ok(keysOf(up2.nodes).includes(KEYS.nghiQuyet25));
    assert.ok(up2.edges.some((edge) => edge.from === KEYS.chuongTrinh39 && edge.to === KEYS.nghiQuyet25));

    const implementsOnly = await store.lineage({ key: KEYS.congVan629, direction: 'UP', depth: 5, relations: ['IMPLEMENTS'], limit: 100 });
    assert.deepEqual(keysOf(implementsOnly.nodes), [KEYS.congVan629, KEYS.chiThi19CaoBang, KEYS.nghiQuyet24].sort());
    assert.ok(implementsOnly.edges.every((edge) => edge.kind === 'IMPLEMENTS'));
    assert.equal(implementsOnly.edges.length, 2);

    const down = await store.lineage({ key: KEYS.nghiQuyet24, direction: 'DOWN', depth: 3, limit: 100 });
    assert.deepEqual(keysOf(down.nodes), [KEYS.nghiQuyet24, KEYS.chiThi19CaoBang, KEYS.congVan629].sort());
    const both = await store.lineage({ key: KEYS.chiThi19CaoBang, direction: 'BOTH', depth: 1, limit: 100 });
    assert.deepEqual(keysOf(both.nodes), [KEYS.chiThi19CaoBang, KEYS.nghiQuyet24, KEYS.congVan629].sort());

    const limited = await store.lineage({ key: KEYS.nghiQuyet24, direction: 'DOWN', depth: 3, limit: 2 });
    assert.equal(limited.nodes.length, 2);
    assert.equal(limited.truncated, true);
    assert.equal(limited.nodes[0]!.key, KEYS.nghiQuyet24, 'the nearest documents are kept');
    assert.deepEqual((await store.lineage({ key: 'party:TW:-:NQ:99:XI', direction: 'UP', depth: 3, limit: 10 })).nodes, []);
  }));

  test('paths follow edge direction, shortest first', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    const paths = await store.paths(KEYS.congVan629, KEYS.nghiQuyet24, 4, 10);
    assert.deepEqual(paths.map((path) => path.nodes.map((node) => node.key)), [
      [KEYS.congVan629, KEYS.nghiQuyet24],
      [KEYS.congVan629, KEYS.chiThi19CaoBang, KEYS.nghiQuyet24],
    ]);
    assert.deepEqual(paths[1]!.edges.map((edge) => `${edge.from}>${edge.to}`), [`${KEYS.congVan629}>${KEYS.chiThi19CaoBang}`, `${KEYS.chiThi19CaoBang}>${KEYS.nghiQuyet24}`]);
    assert.deepEqual(await store.paths(KEYS.nghiQuyet24, KEYS.congVan629, 4, 10), [], 'no path against the flow');
    assert.equal((await store.paths(KEYS.congVan629, KEYS.nghiQuyet24, 1, 10)).length, 1);
  }));

  test('search folds Vietnamese: "dat dai" finds "đất đai", words without marks rank the right resolution first', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    assert.deepEqual(await topKeys(store, 'dat dai'), [KEYS.keHoach9237]);
    assert.deepEqual(await topKeys(store, 'ĐẤT ĐAI'), [KEYS.keHoach9237]);
    assert.deepEqual(await topKeys(store, 'nghi quyet bao ve moi truong'), [KEYS.nghiQuyet41Moi]);
    assert.deepEqual(await topKeys(store, 'doanh nhân'), [KEYS.nghiQuyet41DoanhNhan]);
    assert.deepEqual(await topKeys(store, 'cong nghiep hoa'), [KEYS.nghiQuyet41Moi], 'hoá and hóa are one word');
    assert.deepEqual((await topKeys(store, 'moi tru', 10)).sort(), (await topKeys(store, 'moi truong', 10)).sort(), 'the last word is a prefix');
  }));

  test('search finds a number however it was typed', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    for (const typed of ['41-NQ/TW', '41nqtw', '41 NQ/TW', 'nghị quyết 41-NQ/TW']) {
      assert.deepEqual((await topKeys(store, typed, 2)).sort(), [KEYS.nghiQuyet41Moi, KEYS.nghiQuyet41DoanhNhan].sort(), typed);
    }
    assert.deepEqual(await topKeys(store, '629'), [KEYS.congVan629]);
    assert.deepEqual(await topKeys(store, 'Chỉ thị 19- CT/TU'), [KEYS.chiThi19CaoBang]);
    assert.deepEqual(await topKeys(store, '25-NQ/TW'), [KEYS.nghiQuyet25], 'placeholders are found too');
    assert.deepEqual(await topKeys(store, 'ct 19 tu'), [KEYS.chiThi19CaoBang], 'type and issuer codes typed as words');
    assert.deepEqual(await topKeys(store, 'nghị quyết 41 2004'), [KEYS.nghiQuyet41Moi], 'the year tells the two 41-NQ/TW apart');
    assert.deepEqual(await topKeys(store, 'nghi quyet 41 2023'), [KEYS.nghiQuyet41DoanhNhan]);
    assert.deepEqual(await topKeys(store, 'chỉ thị 19 tu 2015'), [KEYS.chiThi19CaoBang], 'the year of a local Party term is the period of the key');
    assert.deepEqual(await topKeys(store, 'NQ41/TW', 2).then((keys) => keys.sort()), [KEYS.nghiQuyet41Moi, KEYS.nghiQuyet41DoanhNhan].sort());
  }));

  test('a document cited by name alone is found by its name', withStore(makeStore, async (store) => {
    const law = 'state:QH:-:LUAT:bao-ve-moi-truong:2014';
    await store.saveDocument(
      record(
        'party:TU:binh-phuoc:KH:120:2015',
        identity({ type: 'Kế hoạch', number: '120-KH/TU', issuer: 'Tỉnh ủy Bình Phước', date: '2016-05-10', title: 'Tuyên truyền pháp luật về môi trường', level: 'province', province: 'Bình Phước', system: 'party' }),
        [reference(law, { type: 'Luật', number: null, issuer: 'Quốc hội', date: '2014', surface: 'Luật Bảo vệ Môi trường năm 2014', evidence: 'Tuyên truyền Luật Bảo vệ Môi trường năm 2014 đến cán bộ, đảng viên.' })],
      ),
    );
    const [placeholder] = await store.getDocuments([law]);
    assert.equal(placeholder?.title, 'Luật Bảo vệ Môi trường năm 2014');
    assert.deepEqual(await topKeys(store, 'luat bao ve moi truong 2014'), [law]);
  }));

  test('search filters by type, level, province, issuer and years, and pages with a total', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    const resolutions = { includePlaceholders: false, types: ['Nghị quyết'] };
    const all = await store.search({ text: 'nghi quyet', first: 2, offset: 0, filter: resolutions });
    assert.equal(all.totalCount, 3);
    assert.equal(all.items.length, 2);
    const rest = await store.search({ text: 'nghi quyet', first: 2, offset: 2, filter: resolutions });
    assert.equal(rest.totalCount, 3);
    assert.equal(rest.items.length, 1);
    const beyond = await store.search({ text: 'nghi quyet', first: 2, offset: 10, filter: resolutions });
    assert.deepEqual([beyond.items.length, beyond.totalCount], [0, 3]);
    assert.deepEqual(keysOf([...all.items, ...rest.items].map((item) => item.document)), [KEYS.nghiQuyet24, KEYS.nghiQuyet41Moi, KEYS.nghiQuyet41DoanhNhan].sort());

    const recent = await store.search({ text: '41-NQ/TW', first: 10, offset: 0, filter: { yearFrom: 2020 } });
    assert.deepEqual(recent.items.map((item) => item.document.key), [KEYS.nghiQuyet41DoanhNhan]);
    const old = await store.search({ text: '', first: 10, offset: 0, filter: { yearTo: 2010, includePlaceholders: false } });
    assert.deepEqual(old.items.map((item) => item.document.key), [KEYS.nghiQuyet41Moi]);
    const local = await store.search({ text: 'bao ve moi truong', first: 10, offset: 0, filter: { levels: ['province'], provinces: ['Cao Bằng'] } });
    assert.deepEqual(keysOf(local.items.map((item) => item.document)), [KEYS.congVan629, KEYS.chiThi19CaoBang].sort());
    const typed = await store.search({ text: '', first: 10, offset: 0, filter: { types: ['Kế hoạch'] } });
    assert.deepEqual(typed.items.map((item) => item.document.key), [KEYS.keHoach9237]);
    const byIssuer = await store.search({ text: 'nghi quyet', first: 10, offset: 0, filter: { issuer: 'bo chinh tri' } });
    assert.deepEqual(keysOf(byIssuer.items.map((item) => item.document)), [KEYS.nghiQuyet41Moi, KEYS.nghiQuyet41DoanhNhan].sort());
  }));

  test('a province filter knows the 2025 merger and ignores diacritics', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    const binhPhuoc = record(
      'party:TU:binh-phuoc:KH:120:2015',
      identity({ type: 'Kế hoạch', number: '120-KH/TU', issuer: 'Ban Thường vụ Tỉnh ủy Bình Phước', date: '2016-05-10', place: 'Đồng Xoài', title: 'Tổng kết 10 năm thực hiện Nghị quyết 41-NQ/TW về bảo vệ môi trường', level: 'province', province: 'Bình Phước', system: 'party' }),
      [],
    );
    await store.saveDocument(binhPhuoc);
    const inProvince = async (provinces: string[]) =>
      keysOf((await store.search({ text: '', first: 20, offset: 0, filter: { provinces, includePlaceholders: false } })).items.map((item) => item.document));
    assert.deepEqual(await inProvince(['Đồng Nai']), [binhPhuoc.key], 'Bình Phước became part of Đồng Nai on 1 July 2025');
    assert.deepEqual(await inProvince(['Bình Phước']), [binhPhuoc.key]);
    assert.deepEqual(await inProvince(['Cao Bang']), [KEYS.congVan629, KEYS.chiThi19CaoBang].sort());
    assert.deepEqual(await inProvince(['tỉnh Cao Bằng', 'Hải Phòng']), [KEYS.congVan629, KEYS.chiThi19CaoBang, KEYS.keHoach9237].sort());
    assert.deepEqual(await inProvince(['Yên Bái']), []);
  }));

  test('stats count documents, placeholders, edges and the most implemented documents', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    const stats = await store.stats();
    assert.equal(stats.documents, 6);
    assert.equal(stats.placeholders, 2);
    assert.deepEqual(stats.edges, [{ kind: 'CITES', count: 2 }, { kind: 'IMPLEMENTS', count: 3 }]);
    assert.deepEqual(stats.byType.find((entry) => entry.value === 'Nghị quyết'), { value: 'Nghị quyết', count: 3 });
    assert.deepEqual(stats.byLevel.find((entry) => entry.value === 'central'), { value: 'central', count: 3 });
    assert.deepEqual(stats.byProvince.find((entry) => entry.value === 'Cao Bằng'), { value: 'Cao Bằng', count: 2 });
    assert.deepEqual(stats.byYear.find((entry) => entry.value === '2017'), { value: '2017', count: 2 });
    assert.equal(stats.mostImplemented.length, 3);
    assert.deepEqual(stats.mostImplemented.map((entry) => entry.count), [1, 1, 1]);
  }));

  test('the whole graph is exported up to a limit', withStore(makeStore, async (store) => {
    await loadCorpus(store);
    const whole = await store.wholeGraph(100);
    assert.equal(whole.nodes.length, 8);
    assert.equal(whole.edges.length, 5);
    assert.equal(whole.truncated, false);
    const part = await store.wholeGraph(3);
    assert.equal(part.nodes.length, 3);
    assert.equal(part.truncated, true);
    assert.ok(part.edges.every((edge) => part.nodes.some((n) => n.key === edge.from) && part.nodes.some((n) => n.key === edge.to)));
    assert.equal(await store.ping(), true);
  }));
}
