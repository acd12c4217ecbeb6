// ingestText and ingestBytes: one document in, through the same reading, refusals and key
// rules as a file ingested from disk (they serve the API's writes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphStore } from '../../server/src/store/port.ts';
import { withStoreIn, withTemporaryStore } from './stores.ts';
import { ingestBytes, ingestPaths, ingestText, isFileRefused } from '../../server/src/ingest/index.ts';
import { encodeTcvn3 } from '../../server/src/extraction/decode/index.ts';
import { fakeExtract } from './fake-extractor.ts';

const PLAN = `TỈNH ỦY YÊN BÁI
Số 15-KH/TU
Yên Bái, ngày 10 tháng 3 năm 2019
KẾ HOẠCH thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương (khóa XII)
Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.`;

const withStore = (work: (store: GraphStore, dir: string) => Promise<void>): Promise<void> => withTemporaryStore('ingest-single-', work);

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    assert.ok(isFileRefused(error), String(error));
    return `${error.code} ${error.message}`;
  }
  assert.fail('the text was stored');
}

test('bytes in a legacy encoding are read as from disk, and stored under the same key', async () => {
  await withStore(async (store, dir) => {
    const bytes = encodeTcvn3(PLAN);
    const outcome = await ingestBytes(store, bytes, 'kh-15.txt', { source: 'upload:kh-15.txt', extractor: fakeExtract });
    assert.equal(outcome.status, 'created');
    assert.equal(outcome.references, 2);
    // TCVN3 has no capital letters with diacritics: the decoded text is compared on its lowercase lines.
    assert.match((await store.getText(outcome.key)) ?? '', /thực hiện Nghị quyết số 36-NQ\/TW ngày 22\/10\/2018 của Ban Chấp hành Trung ương/);

    writeFileSync(join(dir, 'kh-15.txt'), bytes);
    const fromDisk = await withStoreOf(dir, (other) => ingestPaths(other, [join(dir, 'kh-15.txt')], { extractor: fakeExtract, progress: 'none' }));
    assert.equal(fromDisk.files[0]!.key, outcome.key, 'the CLI keys the same bytes alike');

    const again = await ingestBytes(store, bytes, 'kh-15.txt', { source: 'upload:kh-15.txt', extractor: fakeExtract });
    assert.equal(again.status, 'unchanged');
    const forced = await ingestBytes(store, bytes, 'kh-15.txt', { source: 'upload:kh-15.txt', extractor: fakeExtract, force: true });
    assert.equal(forced.status, 'updated');
  });
});

const withStoreOf = <T>(dir: string, work: (store: GraphStore) => Promise<T>): Promise<T> => withStoreIn(join(dir, 'other'), work);

test('the refusals of a file on disk: empty, binary, unsupported, and a document already held from another file', async () => {
  await withStore(async (store, dir) => {
    assert.match(await refusal(ingestText(store, '  \n', 'rong.txt', { extractor: fakeExtract })), /^FILE_EMPTY rong\.txt: /);
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    assert.match(await refusal(ingestBytes(store, binary, 'anh.txt', { extractor: fakeExtract })), /^FILE_BINARY anh\.txt: /);
    assert.match(await refusal(ingestBytes(store, Buffer.from('PK'), 'bang.xlsx', { extractor: fakeExtract })), /^UNSUPPORTED_TYPE bang\.xlsx: /);

    writeFileSync(join(dir, 'kh-15.txt'), PLAN);
    await ingestPaths(store, [join(dir, 'kh-15.txt')], { extractor: fakeExtract, progress: 'none' });
    const duplicate = await refusal(ingestText(store, PLAN, 'ke-hoach-15.txt', { source: 'upload:ke-hoach-15.txt', extractor: fakeExtract }));
    assert.match(duplicate, /^DUPLICATE_DOCUMENT ke-hoach-15\.txt: .*already held from .*kh-15\.txt/);
    assert.equal((await store.stats()).documents, 1, 'nothing else was stored');
  });
});
