// Lineage under a limit: the nearest documents first, each once at the depth it is first
// reached, "truncated" when more were left out; BOTH is an upward and a downward walk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../server/src/store/port.ts';
import type { StoreFactory } from './contract.ts';
import { withStore } from './contract.ts';
import { KEYS, identity, record, reference } from './fixtures.ts';

/** A district plan implementing 24-NQ/TW, and perhaps another plan as well. */
function keHoach(district: string, number: number, alsoImplements?: string): DocumentRecord {
  const implemented = [
    reference(KEYS.nghiQuyet24, { type: 'Nghị quyết', number: '24-NQ/TW', relation: 'implements', cue: 'thực hiện', surface: 'Nghị quyết số 24-NQ/TW', evidence: 'Thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương.' }),
  ];
  if (alsoImplements) {
    implemented.push(reference(alsoImplements, { type: 'Kế hoạch', number: alsoImplements, relation: 'implements', cue: 'thực hiện', surface: `Kế hoạch ${alsoImplements}`, evidence: `Thực hiện Kế hoạch ${alsoImplements} của Huyện ủy.` }));
  }
  return record(
    `party:HU:cao-bang.${district}:KH:${number}:2010`,
    identity({ type: 'Kế hoạch', number: `${number}-KH/HU`, issuer: `Huyện ủy ${district}`, date: '2013-09-01', level: 'district', province: 'Cao Bằng', system: 'party' }),
    implemented,
  );
}

export function describeLineageContract(makeStore: StoreFactory): void {
  test('a limited lineage keeps the nearest documents, each once, and says more were left out', withStore(makeStore, async (store) => {
    const first = keHoach('bao-lac', 1);
    const second = keHoach('ha-quang', 2, first.key);
    const third = keHoach('hoa-an', 3, second.key);
    for (const item of [third, second, first]) await store.saveDocument(item);

    const all = await store.lineage({ key: KEYS.nghiQuyet24, direction: 'DOWN', depth: 3, limit: 100 });
    assert.deepEqual(all.nodes.map((node) => node.key), [KEYS.nghiQuyet24, first.key, second.key, third.key], 'every plan at depth 1, once');
    assert.equal(all.truncated, false);
    assert.equal(all.edges.length, 5);

    const two = await store.lineage({ key: KEYS.nghiQuyet24, direction: 'DOWN', depth: 3, limit: 2 });
    assert.deepEqual(two.nodes.map((node) => node.key), [KEYS.nghiQuyet24, first.key]);
    assert.equal(two.truncated, true);

    const exact = await store.lineage({ key: KEYS.nghiQuyet24, direction: 'DOWN', depth: 3, limit: 4 });
    assert.equal(exact.truncated, false, 'exactly the limit is not truncated');

    const fromFirst = await store.lineage({ key: first.key, direction: 'DOWN', depth: 1, limit: 100 });
    assert.deepEqual(fromFirst.nodes.map((node) => node.key), [first.key, second.key]);
    const deeper = await store.lineage({ key: first.key, direction: 'DOWN', depth: 2, limit: 100 });
    assert.deepEqual(deeper.nodes.map((node) => node.key), [first.key, second.key, third.key]);
  }));

  test('BOTH walks up and down from the document, never turning to its siblings', withStore(makeStore, async (store) => {
    const first = keHoach('bao-lac', 1);
    const second = keHoach('ha-quang', 2);
    const third = keHoach('hoa-an', 3, first.key);
    for (const item of [first, second, third]) await store.saveDocument(item);
    const both = await store.lineage({ key: first.key, direction: 'BOTH', depth: 3, limit: 100 });
    assert.deepEqual(both.nodes.map((node) => node.key).sort(), [first.key, third.key, KEYS.nghiQuyet24].sort());
    assert.ok(!both.nodes.some((node) => node.key === second.key));
  }));
}
