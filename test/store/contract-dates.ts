// A partial key lands on a known document only when what the reference wrote agrees with
// it: the same date, a period the date can fall in. Checked in every order of ingestion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../server/src/store/port.ts';
import type { StoreFactory } from './contract.ts';
import { KEYS, chiThi19, graphOf, identity, permutations, record, reference } from './fixtures.ts';

const DA_NANG_2001 = 'party:TU:da-nang:KH:2:2000';
const DA_NANG_CONGRESS_YEAR = 'party:TU:da-nang:KH:2:?';

/** Kế hoạch 02-KH/TU of Thành ủy Đà Nẵng, 06/08/2001 (term from 2000). */
function keHoach02Of2001(): DocumentRecord {
  return record(
    DA_NANG_2001,
    identity({ type: 'Kế hoạch', number: '02-KH/TU', issuer: 'Thành ủy Đà Nẵng', date: '2001-08-06', place: 'Đà Nẵng', title: 'Thực hiện Nghị quyết Đại hội IX của Đảng', level: 'province', province: 'Đà Nẵng', system: 'party' }),
    [],
  );
}

/** A ward committee's report citing 02-KH/TU of 27/10/2010: a congress year, so the term is unknown. */
function baoCaoCiting02Of2010(): DocumentRecord {
  return record(
    'party:ĐU:da-nang:BC:15:2010',
    identity({ type: 'Báo cáo', number: '15-BC/ĐU', issuer: 'Đảng ủy phường Hòa Khánh', date: '2010-12-20', level: 'commune', province: 'Đà Nẵng', system: 'party' }),
    [reference(DA_NANG_CONGRESS_YEAR, {
      type: 'Kế hoạch', number: '02-KH/TU', issuer: 'Thành ủy', date: '2010-10-27', relation: 'implements', cue: 'thực hiện',
      surface: 'Kế hoạch số 02-KH/TU', evidence: 'Thực hiện Kế hoạch số 02-KH/TU, ngày 27/10/2010 của Thành ủy Đà Nẵng về triển khai Nghị quyết Đại hội Đảng bộ thành phố.',
    })],
  );
}

function keHoachCiting19(date: string): DocumentRecord {
  return record(
    'mass:LĐLĐ:?:KH:45:2017',
    identity({ type: 'Kế hoạch', number: '45/KH-LĐLĐ', issuer: 'Liên đoàn Lao động huyện', date: '2017-08-10', level: 'district', system: 'mass' }),
    [reference(KEYS.chiThi19Unknown, {
      type: 'Chỉ thị', number: '19-CT/TU', issuer: 'Tỉnh ủy', date, relation: 'implements', cue: 'thực hiện',
      surface: 'Chỉ thị số 19-CT/TU', evidence: `Kế hoạch thực hiện Chỉ thị số 19-CT/TU, ngày ${date} của Tỉnh ủy.`,
    })],
  );
}

/** Chỉ thị 19-CT/TU of Yên Bái issued on another day than the one the citation writes. */
function chiThi19YenBaiOf2016(): DocumentRecord {
  const text = chiThi19(KEYS.chiThi19YenBai, 'Yên Bái', 'Về công tác dân vận');
  text.identity = { ...text.identity, date: '2016-03-01' };
  return text;
}

/** A union dispatch naming Yên Bái's 19-CT/TU, with the date it writes (if any). */
function congVanCitingYenBai(number: string, date: string | null): DocumentRecord {
  const written = date ? `, ngày ${date}` : '';
  return record(
    `mass:LĐLĐ:yen-bai:CV:${number}:2017`,
    identity({ type: 'Công văn', number: `${number}/LĐLĐ`, issuer: 'Liên đoàn Lao động tỉnh Yên Bái', date: '2017-09-01', level: 'province', province: 'Yên Bái', system: 'mass' }),
    [reference(KEYS.chiThi19YenBai, { type: 'Chỉ thị', number: '19-CT/TU', issuer: 'Tỉnh ủy', date, relation: 'cites', surface: 'Chỉ thị số 19-CT/TU', evidence: `Căn cứ Chỉ thị số 19-CT/TU${written} của Tỉnh ủy Yên Bái.` })],
  );
}

/** A commune committee's plan citing "Chỉ thị 01-CT/HU … của Huyện ủy <district>" without a province. */
function keHoachCitingDistrict(number: number, district: string, date: string | null, key = 'party:HU:?:CT:1:2000', citingDate = '2001-09-23'): DocumentRecord {
  return record(
    `party:ĐU:?:KH:${number}:${citingDate.slice(0, 4) < '2005' ? '2000' : '2010'}`,
    identity({ type: 'Kế hoạch', number: `${number}-KH/ĐU`, issuer: 'Đảng ủy xã Minh An', date: citingDate, level: 'commune', system: 'party' }),
    [reference(key, {
      type: 'Chỉ thị', number: '01-CT/HU', issuer: `Huyện ủy ${district}`, date, relation: 'implements', cue: 'thực hiện',
      surface: 'Chỉ thị số 01-CT/HU', evidence: `Thực hiện Chỉ thị số 01-CT/HU của Huyện ủy ${district} về chuyển đổi số.`,
    })],
  );
}

function chiThi01Of(scope: string, district: string): DocumentRecord {
  return record(
    `party:HU:${scope}:CT:1:2000`,
    identity({ type: 'Chỉ thị', number: '01-CT/HU', issuer: `Huyện ủy ${district}`, date: '2001-09-08', level: 'district', province: 'Cao Bằng', system: 'party' }),
    [],
  );
}

export function describeDateAgreementContract(makeStore: StoreFactory): void {
  async function graphsInEveryOrder(records: DocumentRecord[]) {
    const graphs = [];
    for (const order of permutations(records)) {
      const store = await makeStore();
      try {
        for (const item of order) await store.saveDocument(item);
        graphs.push(await graphOf(store));
      } finally {
        await store.close();
      }
    }
    for (const graph of graphs.slice(1)) assert.deepEqual(graph, graphs[0]);
    return graphs[0]!;
  }

  test('02-KH/TU of 27/10/2010 never lands on 02-KH/TU of 06/08/2001, in both orders', async () => {
    const graph = await graphsInEveryOrder([keHoach02Of2001(), baoCaoCiting02Of2010()]);
    assert.ok(graph.nodes.includes(`${DA_NANG_CONGRESS_YEAR} placeholder []`), 'the 2010 plan stays its own placeholder');
    assert.ok(graph.edges.some((edge) => edge.includes(`-IMPLEMENTS-> ${DA_NANG_CONGRESS_YEAR} by`)));
    assert.ok(!graph.edges.some((edge) => edge.includes(`-> ${DA_NANG_2001}`)));
  });

  test('a plan of the congress year lands on the term it can fall in when its date agrees', async () => {
    const held2010 = record(
      'party:TU:da-nang:KH:2:2010',
      identity({ type: 'Kế hoạch', number: '02-KH/TU', issuer: 'Thành ủy Đà Nẵng', date: '2010-10-27', level: 'province', province: 'Đà Nẵng', system: 'party' }),
      [],
    );
    const graph = await graphsInEveryOrder([keHoach02Of2001(), held2010, baoCaoCiting02Of2010()]);
    assert.ok(graph.edges.some((edge) => edge.includes('-IMPLEMENTS-> party:TU:da-nang:KH:2:2010 by')));
    assert.ok(!graph.nodes.some((node) => node.startsWith(DA_NANG_CONGRESS_YEAR)));
  });

  test('of two 19-CT/TU the one whose date differs from the written date is never a candidate', async () => {
    const graph = await graphsInEveryOrder([keHoachCiting19('2017-07-04'), chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường'), chiThi19YenBaiOf2016()]);
    assert.ok(graph.edges.some((edge) => edge.includes(`-IMPLEMENTS-> ${KEYS.chiThi19CaoBang} by mass:LĐLĐ:?:KH:45:2017`)));
    assert.ok(!graph.nodes.some((node) => node.startsWith(KEYS.chiThi19Unknown)));
  });

  test('a reference whose date agrees with no candidate stays unresolved with none listed', async () => {
    const graph = await graphsInEveryOrder([keHoachCiting19('2018-01-15'), chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường')]);
    assert.ok(graph.nodes.includes(`${KEYS.chiThi19Unknown} placeholder []`));
  });

  test('a cited document whose date is learnt after the reference was resolved lets it go, in every order', async () => {
    const graph = await graphsInEveryOrder([keHoachCiting19('2017-07-04'), congVanCitingYenBai('12', null), congVanCitingYenBai('13', '2016-03-01')]);
    assert.ok(graph.nodes.includes(`${KEYS.chiThi19Unknown} placeholder []`));
  });

  test('a placeholder whose text arrives with another date lets a reference resolved onto it go, in every order', async () => {
    const graph = await graphsInEveryOrder([keHoachCiting19('2017-07-04'), congVanCitingYenBai('12', null), chiThi19YenBaiOf2016()]);
    assert.ok(graph.nodes.includes(`${KEYS.chiThi19Unknown} placeholder []`));
    assert.ok(!graph.edges.some((edge) => edge.includes(`-IMPLEMENTS-> ${KEYS.chiThi19YenBai}`)));
  });

  test('01-CT/HU of Huyện ủy Nghĩa Thái never lands on 01-CT/HU of huyện Thanh Thái, in both orders', async () => {
    const graph = await graphsInEveryOrder([keHoachCitingDistrict(2, 'Nghĩa Thái', '2001-09-08'), chiThi01Of('cao-bang.thanh-thai', 'Thanh Thái')]);
    assert.ok(graph.nodes.includes('party:HU:?:CT:1:2000 placeholder []'));
    const same = await graphsInEveryOrder([keHoachCitingDistrict(2, 'Thanh Thái', '2001-09-08'), chiThi01Of('cao-bang.thanh-thai', 'Thanh Thái')]);
    assert.ok(same.edges.some((edge) => edge.includes('-IMPLEMENTS-> party:HU:cao-bang.thanh-thai:CT:1:2000 by')));
  });

  test('a partial key written with two different dates is two documents: it lands on neither, in every order', async () => {
    const graph = await graphsInEveryOrder([
      keHoachCitingDistrict(2, 'Thanh Thái', '2001-09-08'),
      keHoachCitingDistrict(3, 'Thanh Thái', '2002-03-15'),
      chiThi01Of('cao-bang.thanh-thai', 'Thanh Thái'),
    ]);
    assert.ok(graph.nodes.includes('party:HU:?:CT:1:2000 placeholder []'));
  });

  test('a district named without its province is a pattern of its own: two districts\' 01-CT/HU never share a placeholder', async () => {
    const graph = await graphsInEveryOrder([
      keHoachCitingDistrict(2, 'Nghĩa Thái', '2001-09-08', 'party:HU:?.nghia-thai:CT:1:?'),
      keHoachCitingDistrict(3, 'Thanh Thái', '2001-09-08', 'party:HU:?.thanh-thai:CT:1:?'),
      chiThi01Of('cao-bang.thanh-thai', 'Thanh Thái'),
    ]);
    assert.ok(graph.edges.some((edge) => edge.includes('-IMPLEMENTS-> party:HU:cao-bang.thanh-thai:CT:1:2000 by party:ĐU:?:KH:3:2000')));
    assert.ok(graph.nodes.includes('party:HU:?.nghia-thai:CT:1:? placeholder []'));
    assert.ok(!graph.edges.some((edge) => edge.includes('-> party:HU:cao-bang.thanh-thai:CT:1:2000 by party:ĐU:?:KH:2:2000')));
  });

  test('without its province and without a date, a district\'s 01-CT/HU is never guessed: many provinces have a district of that name', async () => {
    const graph = await graphsInEveryOrder([
      keHoachCitingDistrict(3, 'Thanh Thái', null, 'party:HU:?.thanh-thai:CT:1:?'),
      chiThi01Of('cao-bang.thanh-thai', 'Thanh Thái'),
    ]);
    assert.ok(graph.nodes.includes('party:HU:?.thanh-thai:CT:1:? placeholder [party:HU:cao-bang.thanh-thai:CT:1:2000]'));
  });

  test('an undated reference leaves its period open: it lands on no one term\'s document, whatever the citing text\'s date', async () => {
    for (const citingDate of ['2001-10-02', '2005-11-02', '2011-04-02']) {
      const graph = await graphsInEveryOrder([
        keHoachCitingDistrict(4, 'Thanh Thái', null, 'party:HU:cao-bang.thanh-thai:CT:1:?', citingDate),
        chiThi01Of('cao-bang.thanh-thai', 'Thanh Thái'),
      ]);
      assert.ok(graph.nodes.includes('party:HU:cao-bang.thanh-thai:CT:1:? placeholder [party:HU:cao-bang.thanh-thai:CT:1:2000]'), citingDate);
    }
  });
}
