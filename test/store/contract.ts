// The contract every GraphStore adapter passes: the same examples run against SQLite
// always and against Neo4j when one is configured (see sqlite.test.ts, neo4j.test.ts).
import { describe, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphStore } from '../../server/src/store/port.ts';
import { describeResolutionContract } from './contract-resolution.ts';
import { describeReadContract } from './contract-reads.ts';
import { describeForcedSaveContract } from './contract-forced.ts';
import { describeHistoryContract } from './contract-histories.ts';
import { describeDateAgreementContract } from './contract-dates.ts';
import { describeLineageContract } from './contract-lineage.ts';
import { KEYS, chiThi19, congVan629, graphOf } from './fixtures.ts';

/** Creates an empty, initialised store; the suite closes it. */
export type StoreFactory = () => Promise<GraphStore>;

export interface ContractOptions {
  skip?: string | false;
  /** Random histories checked against a fresh build (fewer against a remote server). */
  historyRuns?: number;
}

/** Runs `body` with a fresh store and always closes it. */
export function withStore(makeStore: StoreFactory, body: (store: GraphStore, t: TestContext) => Promise<void>) {
  return async (t: TestContext): Promise<void> => {
    const store = await makeStore();
    try {
      await body(store, t);
      assert.deepEqual(await store.checkConsistency(), [], 'the graph keeps its invariants');
    } finally {
      await store.close();
    }
  };
}

export function describeGraphStoreContract(name: string, makeStore: StoreFactory, options: ContractOptions = {}): void {
  describe(`GraphStore contract: ${name}`, { skip: options.skip ?? false }, () => {
    test('Công văn 629/LĐLĐ is stored with its edges, evidence and placeholders for what it cites', withStore(makeStore, async (store) => {
      const outcome = await store.saveDocument(congVan629());
      assert.deepEqual(outcome, { key: KEYS.congVan629, status: 'created', filledPlaceholder: false, edges: 4 });

      const [congVan, chiThi, nghiQuyet25] = await store.getDocuments([KEYS.congVan629, KEYS.chiThi19CaoBang, KEYS.nghiQuyet25]);
      assert.equal(congVan?.placeholder, false);
      assert.equal(congVan?.number, '629/LĐLĐ');
      assert.equal(congVan?.issuer, 'Liên đoàn Lao động tỉnh Cao Bằng');
      assert.equal(congVan?.province, 'Cao Bằng');
      assert.equal(congVan?.source, congVan629().source);
      assert.equal(chiThi?.placeholder, true);
      assert.equal(chiThi?.number, '19-CT/TU');
      assert.equal(chiThi?.date, '2017-07-04');
      assert.equal(nghiQuyet25?.placeholder, true);
      assert.equal(nghiQuyet25?.level, 'central');

      const out = await store.edgesOf([KEYS.congVan629], 'out');
      const implementsEdge = out.find((edge) => edge.to === KEYS.chiThi19CaoBang)!;
      assert.equal(implementsEdge.kind, 'IMPLEMENTS');
      assert.equal(implementsEdge.assertedBy, KEYS.congVan629);
      assert.equal(implementsEdge.cue, 'Thực hiện');
      assert.equal(implementsEdge.surface, 'Chỉ thị số 19-CT/TU');
      assert.deepEqual([implementsEdge.start, implementsEdge.end], [120, 139]);
      assert.match(implementsEdge.sentence, /^Thực hiện Chỉ thị số 19-CT\/TU/);

      // The stated relation starts from 39-CTr/TU, asserted by 629/LĐLĐ.
      const stated = await store.edgesOf([KEYS.chuongTrinh39], 'out');
      assert.equal(stated.length, 1);
      assert.equal(stated[0]!.to, KEYS.nghiQuyet25);
      assert.equal(stated[0]!.kind, 'IMPLEMENTS');
      assert.equal(stated[0]!.assertedBy, KEYS.congVan629);
      assert.equal(await store.getText(KEYS.congVan629), congVan629().text);
      assert.equal(await store.getText(KEYS.chiThi19CaoBang), null);
      assert.equal(await store.contentHashOf(congVan629().source), congVan629().contentHash);
    }));

    test('re-saving the same text is a no-op; a changed text replaces what it asserted', withStore(makeStore, async (store) => {
      await store.saveDocument(congVan629());
      const again = await store.saveDocument(congVan629());
      assert.equal(again.status, 'unchanged');

      const changed = congVan629();
      changed.references = changed.references.filter((reference) => reference.number === '19-CT/TU');
      changed.contentHash = 'changed-hash';
      const outcome = await store.saveDocument(changed);
      assert.equal(outcome.status, 'updated');
      assert.equal(outcome.edges, 1);
      const [nghiQuyet24, chuongTrinh39, nghiQuyet25] = await store.getDocuments([KEYS.nghiQuyet24, KEYS.chuongTrinh39, KEYS.nghiQuyet25]);
      assert.deepEqual([nghiQuyet24, chuongTrinh39, nghiQuyet25], [null, null, null], 'placeholders nobody cites any more are gone');
      assert.equal(await store.contentHashOf(changed.source), 'changed-hash');
      assert.deepEqual((await store.edgesOf([KEYS.congVan629], 'out')).map((edge) => edge.to), [KEYS.chiThi19CaoBang]);
    }));

    test('a placeholder becomes the full document in place, in either order, with its edges kept', withStore(makeStore, async (store) => {
      await store.saveDocument(congVan629());
      const outcome = await store.saveDocument(chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về tăng cường bảo vệ môi trường'));
      assert.equal(outcome.filledPlaceholder, true);
      assert.equal(outcome.status, 'created');
      const [chiThi] = await store.getDocuments([KEYS.chiThi19CaoBang]);
      assert.equal(chiThi?.placeholder, false);
      assert.equal(chiThi?.issuer, 'Tỉnh ủy Cao Bằng');
      assert.deepEqual((await store.edgesOf([KEYS.chiThi19CaoBang], 'in')).map((edge) => edge.from), [KEYS.congVan629]);
      assert.deepEqual((await store.edgesOf([KEYS.chiThi19CaoBang], 'out')).map((edge) => edge.to), [KEYS.nghiQuyet24]);
      const forward = await graphOf(store);

      const other = await makeStore();
      try {
        await other.saveDocument(chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về tăng cường bảo vệ môi trường'));
        await other.saveDocument(congVan629());
        assert.deepEqual(await graphOf(other), forward);
      } finally {
        await other.close();
      }
    }));

    test('deleting a held document leaves a placeholder while others cite it, and nothing when none do', withStore(makeStore, async (store) => {
      await store.saveDocument(congVan629());
      await store.saveDocument(chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường'));
      assert.equal(await store.deleteDocument(KEYS.chiThi19CaoBang), true);
      const [chiThi] = await store.getDocuments([KEYS.chiThi19CaoBang]);
      assert.equal(chiThi?.placeholder, true);
      assert.equal(await store.getText(KEYS.chiThi19CaoBang), null);
      assert.deepEqual(await store.edgesOf([KEYS.chiThi19CaoBang], 'out'), []);
      assert.equal((await store.edgesOf([KEYS.chiThi19CaoBang], 'in')).length, 1);

      assert.equal(await store.deleteDocument(KEYS.congVan629), true);
      assert.deepEqual(await graphOf(store), { nodes: [], edges: [] });
      assert.equal(await store.deleteDocument(KEYS.congVan629), false);
      assert.equal(await store.contentHashOf(congVan629().source), null);
    }));

    test('a batch stores each text on its own: a refused one is reported and the rest go in', withStore(makeStore, async (store) => {
      const broken = chiThi19(KEYS.chiThi19YenBai, 'Yên Bái', 'Về công tác dân vận');
      broken.references[0] = { ...broken.references[0]!, key: 'not a key' };
      const good = chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường');
      const results = await store.saveDocuments([congVan629(), broken, good, congVan629()]);
      assert.deepEqual(results.map((result) => result.ok), [true, false, true, true]);
      assert.equal(results[1]!.source, broken.source);
      assert.match(results[1]!.ok ? '' : results[1]!.error.message, /malformed key "not a key"/);
      assert.deepEqual(results.map((result) => (result.ok ? result.outcome.status : null)), ['created', null, 'created', 'unchanged']);
      assert.equal(results[2]!.ok && results[2]!.outcome.filledPlaceholder, true);

      const [yenBai] = await store.getDocuments([KEYS.chiThi19YenBai]);
      assert.equal(yenBai, null);
      const batched = await graphOf(store);
      const other = await makeStore();
      try {
        await other.saveDocument(congVan629());
        await other.saveDocument(good);
        assert.deepEqual(await graphOf(other), batched);
      } finally {
        await other.close();
      }
    }));

    describeResolutionContract(makeStore);
    describeDateAgreementContract(makeStore);
    describeReadContract(makeStore);
    describeForcedSaveContract(makeStore);
    describeLineageContract(makeStore);
    describeHistoryContract(makeStore, Number(process.env.STORE_HISTORY_RUNS) || (options.historyRuns ?? 100));
  });
}
