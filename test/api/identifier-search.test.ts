// A document's number however a reader types it — "41-NQ/TW", "nq 41", "NQ41/TW",
// "41/NQ-TW", "nghị quyết 41 2004", "ct 19 tu" — finds the same document through the API.
// Two documents share each symbol here (41-NQ/TW of 2004 and of 2023; 19-CT/TU of Cao Bằng
// and of Yên Bái), so a year or province, typed or filtered, must tell them apart.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphStore } from '../../server/src/store/port.ts';
import { KEYS, chiThi19, nghiQuyet41DoanhNhan, nghiQuyet41MoiTruong } from '../store/fixtures.ts';
import { embedded, graphql, startApi, type RunningApi } from './harness.ts';

const SEARCH = 'query($q: String!, $filter: SearchFilter) { search(query: $q, filter: $filter, first: 5) { hits { document { key } } } }';
const BY_NUMBER = 'query($n: String!, $y: Int) { documentByNumber(number: $n, year: $y) { key } }';

describe('typed identifiers through the API', () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let api: RunningApi;

  before(async () => {
    ({ store, cleanup } = await embedded.open());
    await store.saveDocument(nghiQuyet41MoiTruong());
    await store.saveDocument(nghiQuyet41DoanhNhan());
    await store.saveDocument(chiThi19(KEYS.chiThi19CaoBang, 'Cao Bằng', 'Về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường'));
    await store.saveDocument(chiThi19(KEYS.chiThi19YenBai, 'Yên Bái', 'Về đẩy mạnh phát triển kinh tế tập thể'));
    api = await startApi(store);
  });
  after(async () => {
    await api?.close();
    await cleanup?.();
  });

  const topKeys = async (q: string, count: number, filter?: Record<string, unknown>): Promise<string[]> => {
    const answer = await graphql(api, SEARCH, { q, filter });
    assert.equal(answer.errors, undefined, `typed "${q}": ${JSON.stringify(answer.errors)}`);
    return answer.data!.search.hits.slice(0, count).map((hit: { document: { key: string } }) => hit.document.key);
  };

  const nghiQuyet41Forms = ['41-NQ/TW', 'nq 41', 'NQ41/TW', '41/NQ-TW', 'nghị quyết 41', 'Nghi quyet so 41'];

  test('every way of typing 41-NQ/TW finds both documents of that number first', async () => {
    for (const typed of nghiQuyet41Forms) {
      assert.deepEqual((await topKeys(typed, 2)).sort(), [KEYS.nghiQuyet41Moi, KEYS.nghiQuyet41DoanhNhan].sort(), typed);
    }
  });

  test('a year, typed or filtered, picks Nghị quyết 41-NQ/TW of 2004 on the environment', async () => {
    for (const typed of ['nghị quyết 41 2004', 'Nghi quyet so 41 nam 2004', 'NQ 41 2004']) {
      assert.deepEqual(await topKeys(typed, 1), [KEYS.nghiQuyet41Moi], typed);
    }
    for (const typed of nghiQuyet41Forms) {
      assert.deepEqual(await topKeys(typed, 1, { yearFrom: 2004, yearTo: 2004 }), [KEYS.nghiQuyet41Moi], typed);
    }
    assert.deepEqual(await topKeys('nghi quyet 41 2023', 1), [KEYS.nghiQuyet41DoanhNhan]);
  });

  test('"ct 19 tu" and its other spellings find Chỉ thị 19-CT/TU, the province telling the two apart', async () => {
    for (const typed of ['ct 19 tu', '19-CT/TU', 'CT19/TU', '19/CT-TU', 'chỉ thị 19 TU']) {
      assert.deepEqual((await topKeys(typed, 2)).sort(), [KEYS.chiThi19CaoBang, KEYS.chiThi19YenBai].sort(), typed);
      assert.deepEqual(await topKeys(typed, 1, { provinces: ['cao-bang'] }), [KEYS.chiThi19CaoBang], typed);
    }
  });

  test('documentByNumber reads the same spellings, and its year argument narrows', async () => {
    for (const typed of ['41-NQ/TW', 'NQ41/TW', '41/NQ-TW', 'nq 41 tw', 'nghị quyết 41 TW']) {
      const answer = await graphql(api, BY_NUMBER, { n: typed });
      assert.deepEqual(answer.data!.documentByNumber.map((d: { key: string }) => d.key).sort(), [KEYS.nghiQuyet41Moi, KEYS.nghiQuyet41DoanhNhan].sort(), typed);
      const narrowed = await graphql(api, BY_NUMBER, { n: typed, y: 2004 });
      assert.deepEqual(narrowed.data!.documentByNumber.map((d: { key: string }) => d.key), [KEYS.nghiQuyet41Moi], typed);
    }
    const chiThi = await graphql(api, BY_NUMBER, { n: 'ct 19 tu' });
    assert.deepEqual(chiThi.data!.documentByNumber.map((d: { key: string }) => d.key).sort(), [KEYS.chiThi19CaoBang, KEYS.chiThi19YenBai].sort());
  });
});
