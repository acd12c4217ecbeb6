// A forced save: after an extractor upgrade the same file (same hash, same key) yields other
// references, and `ingest --force` must replace what the old reading asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../server/src/store/port.ts';
import type { StoreFactory } from './contract.ts';
import { withStore } from './contract.ts';
import { KEYS, congVan629 } from './fixtures.ts';

/** Công văn 629/LĐLĐ as an older extractor read it: only the Chỉ thị it implements, none of the history. */
function congVan629ReadByOldExtractor(): DocumentRecord {
  const full = congVan629();
  return { ...full, references: full.references.filter((reference) => reference.number === '19-CT/TU') };
}

const outgoing = async (store: Awaited<ReturnType<StoreFactory>>): Promise<string[]> =>
  (await store.edgesOf([KEYS.congVan629], 'out')).map((edge) => `${edge.kind} ${edge.to}`).sort();

export function describeForcedSaveContract(makeStore: StoreFactory): void {
  test('a forced save of the same text replaces what an older extractor asserted; an ordinary one is a no-op', withStore(makeStore, async (store) => {
    assert.equal((await store.saveDocument(congVan629ReadByOldExtractor())).status, 'created');
    assert.deepEqual(await outgoing(store), [`IMPLEMENTS ${KEYS.chiThi19CaoBang}`]);

    const unforced = await store.saveDocument(congVan629());
    assert.deepEqual(unforced, { key: KEYS.congVan629, status: 'unchanged', filledPlaceholder: false, edges: 1 }, 'same hash and key: nothing is rewritten');

    const forced = await store.saveDocument(congVan629(), { force: true });
    assert.deepEqual(forced, { key: KEYS.congVan629, status: 'updated', filledPlaceholder: false, edges: 4 });
    assert.deepEqual((await outgoing(store)).length, 3, 'the Chỉ thị, 24-NQ/TW and 39-CTr/TU');
    const [nghiQuyet25] = await store.getDocuments([KEYS.nghiQuyet25]);
    assert.equal(nghiQuyet25?.placeholder, true, 'the relation it states between two others is written too');
  }));

  test('a forced batch save rewrites each text, and drops what the new reading no longer cites', withStore(makeStore, async (store) => {
    await store.saveDocument(congVan629());
    const [result] = await store.saveDocuments([congVan629ReadByOldExtractor()], { force: true });
    assert.ok(result?.ok);
    assert.equal(result.outcome.status, 'updated');
    assert.equal(result.outcome.edges, 1);
    assert.deepEqual(await outgoing(store), [`IMPLEMENTS ${KEYS.chiThi19CaoBang}`]);
    const [nghiQuyet24, nghiQuyet25] = await store.getDocuments([KEYS.nghiQuyet24, KEYS.nghiQuyet25]);
    assert.deepEqual([nghiQuyet24, nghiQuyet25], [null, null], 'placeholders no edge names any more are gone');
    const [unforced] = await store.saveDocuments([congVan629ReadByOldExtractor()]);
    assert.equal(unforced?.ok && unforced.outcome.status, 'unchanged');
  }));
}
