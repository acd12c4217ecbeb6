// Resolution rules, each checked by ingesting the same texts in every order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../server/src/store/port.ts';
import type { StoreFactory } from './contract.ts';
import { withStore } from './contract.ts';
import { KEYS, chiThi19, graphOf, identity, nghiQuyet41DoanhNhan, nghiQuyet41MoiTruong, permutations, record, reference } from './fixtures.ts';

/** A district union's plan citing "Chỉ thị số 19-CT/TU" without saying which province. */
function keHoachCitingUnknownProvince(): DocumentRecord {
  return record(
    'mass:LĐLĐ:?:KH:45:2017',
    identity({ type: 'Kế hoạch', number: '45/KH-LĐLĐ', issuer: 'Liên đoàn Lao động huyện', date: '2017-08-10', title: 'Kế hoạch thực hiện Chỉ thị số 19-CT/TU', level: 'district', system: 'mass' }),
    [
      reference(KEYS.chiThi19Unknown, {
        type: 'Chỉ thị', number: '19-CT/TU', issuer: 'Tỉnh ủy', date: '2017-07-04', relation: 'implements', cue: 'thực hiện',
        surface: 'Chỉ thị số 19-CT/TU', evidence: 'Kế hoạch thực hiện Chỉ thị số 19-CT/TU, ngày 04/7/2017 của Tỉnh ủy về bảo vệ môi trường.',
      }),
    ],
  );
}

function citing24(key: string, number: string, issuerWritten: string, surface: string): DocumentRecord {
  return record(
    key,
    identity({ type: 'Kế hoạch', number, issuer: 'Ủy ban nhân dân tỉnh Cao Bằng', date: '2014-03-01', title: 'Kế hoạch thực hiện Nghị quyết 24-NQ/TW', level: 'province', province: 'Cao Bằng', system: 'state' }),
    [reference(KEYS.nghiQuyet24, { type: 'Nghị quyết', number: '24-NQ/TW', issuer: issuerWritten, date: '2013-06-03', relation: 'implements', cue: 'thực hiện', surface, evidence: `Kế hoạch thực hiện ${surface} của ${issuerWritten}.` })],
  );
}

export function describeResolutionContract(makeStore: StoreFactory): void {
  async function graphAfter(records: DocumentRecord[]) {
    const store = await makeStore();
    try {
      for (const item of records) await store.saveDocument(item);
      return await graphOf(store);
    } finally {
      await store.close();
    }
  }

  async function assertSameGraphInEveryOrder(records: DocumentRecord[]) {
    const graphs = [];
    for (const order of permutations(records)) graphs.push(await graphAfter(order));
    for (const graph of graphs.slice(1)) assert.deepEqual(graph, graphs[0]);
    return graphs[0]!;
  }

  test('two mentions of 24-NQ/TW written differently meet in one node, whatever the order', withStore(makeStore, async (store) => {
    const first = citing24('state:UBND:cao-bang:KH:12:2014', '12/KH-UBND', 'Ban Chấp hành Trung ương Đảng (khóa XI)', 'Nghị quyết số 24-NQ/TW');
    const second = citing24('state:UBND:cao-bang:KH:30:2014', '30/KH-UBND', 'BCH TW', 'NQ 24-NQ/TW');
    const graph = await assertSameGraphInEveryOrder([first, second]);
    assert.equal(graph.nodes.filter((node) => node.startsWith(KEYS.nghiQuyet24)).length, 1);
    assert.equal(graph.edges.filter((edge) => edge.includes(`-> ${KEYS.nghiQuyet24}`)).length, 2);

    await store.saveDocument(second);
    await store.saveDocument(first);
    const [node] = await store.getDocuments([KEYS.nghiQuyet24]);
    assert.equal(node?.issuer, 'Ban Chấp hành Trung ương Đảng (khóa XI)', 'the more informative mention wins');
  }));

  test('41-NQ/TW of 2004 and of 2023 never meet; a citation lands on the one its key names', withStore(makeStore, async (store) => {
    const citing = record(
      'party:TU:binh-phuoc:KH:120:2015',
      identity({ type: 'Kế hoạch', number: '120-KH/TU', issuer: 'Tỉnh ủy Bình Phước', date: '2016-05-10', title: 'Tổng kết 10 năm thực hiện Nghị quyết 41-NQ/TW', level: 'province', province: 'Bình Phước', system: 'party' }),
      [reference(KEYS.nghiQuyet41Moi, { type: 'Nghị quyết', number: '41-NQ/TW', date: '2004-11-15', term: 'IX', relation: 'implements', cue: 'thực hiện', surface: 'Nghị quyết số 41-NQ/TW', evidence: 'Tổng kết 10 năm thực hiện Nghị quyết số 41-NQ/TW ngày 15/11/2004 của Bộ Chính trị (khóa IX).' })],
    );
    const graph = await assertSameGraphInEveryOrder([nghiQuyet41MoiTruong(), nghiQuyet41DoanhNhan(), citing]);
    assert.deepEqual(graph.nodes.filter((node) => node.includes(':NQ:41:')), [`${KEYS.nghiQuyet41Moi} held []`, `${KEYS.nghiQuyet41DoanhNhan} held []`]);
    for (const item of [nghiQuyet41MoiTruong(), nghiQuyet41DoanhNhan(), citing]) await store.saveDocument(item);
    assert.deepEqual((await store.edgesOf([KEYS.nghiQuyet41DoanhNhan], 'in')), []);
    assert.equal((await store.edgesOf([KEYS.nghiQuyet41Moi], 'in')).length, 1);
  }));

  test('19-CT/TU of Cao Bằng and of Yên Bái are two documents', async () => {
    const graph = await assertSameGraphInEveryOrder([
      chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường'),
      chiThi19(KEYS.chiThi19YenBai, 'Yên Bái', 'Về công tác dân vận'),
    ]);
    assert.deepEqual(graph.nodes.filter((node) => node.includes(':CT:19:')), [`${KEYS.chiThi19CaoBang} held []`, `${KEYS.chiThi19YenBai} held []`]);
  });

  test('a reference without its province lands on the only 19-CT/TU known, in both orders', async () => {
    const graph = await assertSameGraphInEveryOrder([keHoachCitingUnknownProvince(), chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường')]);
    assert.ok(graph.edges.includes(`mass:LĐLĐ:?:KH:45:2017 -IMPLEMENTS-> ${KEYS.chiThi19CaoBang} by mass:LĐLĐ:?:KH:45:2017 (thực hiện: Chỉ thị số 19-CT/TU)`));
    assert.ok(!graph.nodes.some((node) => node.startsWith(KEYS.chiThi19Unknown)), 'no unresolved placeholder is left');
  });

  test('with two 19-CT/TU known the reference stays an unresolved placeholder listing both, in every order', async () => {
    const graph = await assertSameGraphInEveryOrder([
      keHoachCitingUnknownProvince(),
      chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường'),
      chiThi19(KEYS.chiThi19YenBai, 'Yên Bái', 'Về công tác dân vận'),
    ]);
    assert.ok(graph.nodes.includes(`${KEYS.chiThi19Unknown} placeholder [${KEYS.chiThi19CaoBang}, ${KEYS.chiThi19YenBai}]`));
    assert.ok(graph.edges.some((edge) => edge.endsWith(`-> ${KEYS.chiThi19Unknown} by mass:LĐLĐ:?:KH:45:2017 (thực hiện: Chỉ thị số 19-CT/TU)`)));
  });

  test('an unresolved placeholder is upgraded when later evidence decides it', withStore(makeStore, async (store) => {
    await store.saveDocument(keHoachCitingUnknownProvince());
    const [alone] = await store.getDocuments([KEYS.chiThi19Unknown]);
    assert.equal(alone?.placeholder, true);
    assert.deepEqual(alone?.candidates, []);

    await store.saveDocument(chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường'));
    await store.saveDocument(chiThi19(KEYS.chiThi19YenBai, 'Yên Bái', 'Về công tác dân vận'));
    const [ambiguous] = await store.getDocuments([KEYS.chiThi19Unknown]);
    assert.deepEqual(ambiguous?.candidates, [KEYS.chiThi19CaoBang, KEYS.chiThi19YenBai]);

    await store.deleteDocument(KEYS.chiThi19YenBai);
    const [gone, yenBai] = await store.getDocuments([KEYS.chiThi19Unknown, KEYS.chiThi19YenBai]);
    assert.equal(gone, null, 'the only candidate left takes the edges');
    assert.equal(yenBai, null);
    const incoming = await store.edgesOf([KEYS.chiThi19CaoBang], 'in');
    assert.deepEqual(incoming.map((edge) => edge.from), ['mass:LĐLĐ:?:KH:45:2017']);
  }));
}
