// Whatever the history of saves, re-saves and deletions, the graph is the one the held
// texts alone would give: resolution never depends on the order things happened in.
// fast-check generates the histories; a failure prints the shortest one it finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DocumentRecord } from '../../server/src/store/port.ts';
import type { StoreFactory } from './contract.ts';
import { KEYS, chiThi19, congVan629, graphOf, identity, record, reference } from './fixtures.ts';

function citing(key: string, number: string, cited: string, citedNumber: string): DocumentRecord {
  return record(
    key,
    identity({ type: 'Công văn', number, issuer: 'Liên đoàn Lao động tỉnh', date: '2017-08-01', title: `V/v thực hiện Chỉ thị số ${citedNumber}`, level: 'province', system: 'mass' }),
    [reference(cited, { type: 'Chỉ thị', number: citedNumber, issuer: 'Tỉnh ủy', relation: 'implements', cue: 'thực hiện', surface: `Chỉ thị số ${citedNumber}`, evidence: `Thực hiện Chỉ thị số ${citedNumber} của Tỉnh ủy.` })],
  );
}

/** Texts whose keys overlap in every way the resolution rules care about. */
function universe(): DocumentRecord[] {
  const shorter = congVan629();
  shorter.references = shorter.references.slice(0, 2);
  shorter.contentHash = 'second-version';
  const heldUnderPartialKey = chiThi19(KEYS.chiThi19Unknown, 'không rõ', 'Chỉ thị không rõ tỉnh');
  heldUnderPartialKey.source = 'corpus/chi-thi-19-khong-ro-tinh.txt';
  return [
    congVan629(),
    shorter,
    citing('mass:LĐLĐ:?:KH:45:2017', '45/KH-LĐLĐ', KEYS.chiThi19Unknown, '19-CT/TU'),
    chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về bảo vệ môi trường'),
    chiThi19(KEYS.chiThi19YenBai, 'Yên Bái', 'Về công tác dân vận'),
    citing('mass:LĐLĐ:yen-bai:CV:12:2017', '12/LĐLĐ', KEYS.chiThi19YenBai, '19-CT/TU'),
    heldUnderPartialKey,
  ];
}

type Step = { save: number } | { remove: number };

export function describeHistoryContract(makeStore: StoreFactory, runs: number): void {
  test('any history of saves and deletions ends in the graph of the texts still held', async () => {
    const texts = universe();
    const step = fc.oneof(
      fc.record({ save: fc.integer({ min: 0, max: texts.length - 1 }) }),
      fc.record({ remove: fc.integer({ min: 0, max: texts.length - 1 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (history: Step[]) => {
        const held = new Map<string, DocumentRecord>();
        const store = await makeStore();
        let actual;
        try {
          for (const item of history) {
            if ('save' in item) {
              const text = texts[item.save]!;
              for (const [source, other] of held) if (other.key === text.key) held.delete(source);
              held.set(text.source, text);
              await store.saveDocument(text);
            } else {
              const key = texts[item.remove]!.key;
              for (const [source, other] of held) if (other.key === key) held.delete(source);
              await store.deleteDocument(key);
            }
          }
          actual = await graphOf(store);
          assert.deepEqual(await store.checkConsistency(), []);
        } finally {
          await store.close();
        }
        const fresh = await makeStore();
        try {
          for (const text of held.values()) await fresh.saveDocument(text);
          assert.deepEqual(actual, await graphOf(fresh));
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: runs },
    );
  });
}
