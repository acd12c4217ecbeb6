// Writes over HTTP: the token, the write allowance, ingesting a text or an uploaded file,
// and deleting a document (what others cite of it stays as a placeholder).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphStore } from '../../server/src/store/port.ts';
import { KEY } from './corpus.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR, embedded, errorCodes, graphql, loadCorpus, startApi, type RunningApi } from './harness.ts';

const TOKEN = 'f3c1e0b2-test-token-2f9a';
const BEARER = { authorization: `Bearer ${TOKEN}` };
const DELETE = 'mutation($key: ID!) { deleteDocument(key: $key) }';
const INGEST = 'mutation($text: String!, $filename: String!) { ingestDocument(text: $text, filename: $filename) { key status edges references document { type number issuer date } } }';

const CONG_VAN = `ỦY BAN NHÂN DÂN
HUYỆN BẢO LẠC
Số: 214/UBND-TNMT
V/v thực hiện Kế hoạch số 9237/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Lạc, ngày 12 tháng 3 năm 2015
Kính gửi: Các phòng, ban, ngành huyện.
Thực hiện Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường, Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị triển khai thực hiện.
`;

function uploadForm(files: { name: string; content: string }[]): FormData {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([file.content]), file.name);
  return form;
}

describe('writes over HTTP', () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  let open: RunningApi;
  let guarded: RunningApi;
  let rationed: RunningApi;

  before(async () => {
    ({ store, cleanup } = await embedded.open());
    await loadCorpus(store);
    open = await startApi(store);
    guarded = await startApi(store, { env: { API_TOKEN: TOKEN }, limits: { maxUploadBytes: 64 * 1024, maxUploadRequestBytes: 256 * 1024 } });
    rationed = await startApi(store, { env: { API_TOKEN: TOKEN }, limits: { writesPerWindow: 2 } });
  });
  after(async () => {
    await Promise.all([open, guarded, rationed].map((api) => api?.close()));
    await cleanup?.();
  });

  test('with no API_TOKEN configured, writes are refused with a message saying how to enable them', async () => {
    const answer = await graphql(open, DELETE, { key: KEY.kl56 }, BEARER);
    assert.equal(answer.status, 403);
    assert.deepEqual(errorCodes(answer), ['FORBIDDEN']);
    assert.match(answer.errors![0]!.message, /API_TOKEN=.*Authorization: Bearer/);
    const upload = await fetch(`${open.url}/upload`, { method: 'POST', headers: BEARER, body: uploadForm([{ name: 'cv.txt', content: CONG_VAN }]) });
    assert.equal(upload.status, 403);
  });

  test('a missing or wrong token is UNAUTHENTICATED, and nothing is written', async () => {
    const missing = await graphql(guarded, DELETE, { key: KEY.kl56 });
    assert.equal(missing.status, 401);
    assert.deepEqual(errorCodes(missing), ['UNAUTHENTICATED']);
    const wrong = await graphql(guarded, DELETE, { key: KEY.kl56 }, { authorization: 'Bearer f3c1e0b2-test-token-2f9b' });
    assert.deepEqual(errorCodes(wrong), ['UNAUTHENTICATED']);
    const upload = await fetch(`${guarded.url}/upload`, { method: 'POST', body: uploadForm([{ name: 'cv.txt', content: CONG_VAN }]) });
    assert.equal(upload.status, 401);
    const [stillThere] = await store.getDocuments([KEY.kl56]);
    assert.equal(stillThere?.placeholder, false);
  });

  test('writes beyond the allowance are RATE_LIMITED, with Retry-After on uploads', async () => {
    const attempts = [];
    for (let i = 0; i < 3; i += 1) attempts.push(await graphql(rationed, DELETE, { key: 'party:TW:-:NQ:99:XI' }, BEARER));
    assert.deepEqual(attempts.map((answer) => errorCodes(answer)[0] ?? 'ok'), ['ok', 'ok', 'RATE_LIMITED']);
    assert.equal(attempts[2]!.status, 429);
    const upload = await fetch(`${rationed.url}/upload`, { method: 'POST', headers: BEARER, body: uploadForm([{ name: 'cv.txt', content: CONG_VAN }]) });
    assert.equal(upload.status, 429);
    assert.ok(Number(upload.headers.get('retry-after')) > 0);
    const reads = await graphql(rationed, '{ stats { documents } }');
    assert.equal(reads.errors, undefined, 'reads are not rationed');
  });

  test('behind a trusted proxy, each forwarded client has its own allowance', async () => {
    const proxied = await startApi(store, { env: { API_TOKEN: TOKEN }, limits: { writesPerWindow: 1 }, trustProxy: 'loopback' });
    try {
      const from = (address: string) => graphql(proxied, DELETE, { key: 'party:TW:-:NQ:99:XI' }, { ...BEARER, 'x-forwarded-for': address });
      assert.deepEqual(errorCodes(await from('203.0.113.7')), []);
      assert.deepEqual(errorCodes(await from('203.0.113.7')), ['RATE_LIMITED']);
      assert.deepEqual(errorCodes(await from('198.51.100.23')), [], 'another reader behind the same proxy');
    } finally {
      await proxied.close();
    }
  });

  test('ingestDocument extracts and stores a dispatch sent as text', async () => {
    const answer = await graphql(guarded, INGEST, { text: CONG_VAN, filename: 'C:\\Văn bản\\cv-214-ubnd-bao-lac.txt' }, BEARER);
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    const result = answer.data!.ingestDocument;
    assert.equal(result.status, 'CREATED');
    assert.equal(result.document.number, '214/UBND-TNMT');
    assert.ok(result.references >= 1);
    const again = await graphql(guarded, INGEST, { text: CONG_VAN, filename: 'cv-214-ubnd-bao-lac.txt' }, BEARER);
    assert.equal(again.data!.ingestDocument.status, 'UNCHANGED');
    const lineage = await graphql(guarded, `{ lineage(key: "${result.key}", direction: UP, depth: 1) { nodes { number } } }`);
    assert.ok(lineage.data!.lineage.nodes.some((node: any) => node.number === '19-CT/TU'));
    assert.deepEqual(errorCodes(await graphql(guarded, INGEST, { text: '   ', filename: 'empty.txt' }, BEARER)), ['BAD_USER_INPUT']);
  });

  test('POST /upload ingests each file on its own and names the refused ones', async () => {
    const response = await fetch(`${guarded.url}/upload`, {
      method: 'POST',
      headers: BEARER,
      body: uploadForm([
        { name: 'cong-van-214.txt', content: CONG_VAN.replace('214/UBND-TNMT', '215/UBND-TNMT') },
        { name: 'virus.exe', content: 'MZ\u0000\u0000' },
        { name: 'rong.txt', content: '' },
      ]),
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { ingested: number; files: { filename: string; ok: boolean; error?: { code: string; message: string } }[] };
    assert.equal(body.ingested, 1);
    assert.deepEqual(body.files.map((file) => [file.filename, file.ok, file.error?.code ?? null]), [
      ['cong-van-214.txt', true, null],
      ['virus.exe', false, 'UNSUPPORTED_TYPE'],
      ['rong.txt', false, 'FILE_EMPTY'],
    ]);
    assert.match(body.files[1]!.error!.message, /^virus\.exe: /);
  });

  test('a document already held from another file is refused, by upload and by mutation alike, as the command line does', async () => {
    const seed = readFileSync(join(SEEDS_DIR, readdirSync(SEEDS_DIR).sort()[0]!));
    const response = await fetch(`${guarded.url}/upload`, { method: 'POST', headers: BEARER, body: uploadForm([{ name: 'ban-sao.txt', content: seed.toString('utf8') }]) });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { files: { ok: boolean; error?: { code: string; message: string } }[] };
    assert.equal(body.files[0]!.error?.code, 'DUPLICATE_DOCUMENT');
    assert.match(body.files[0]!.error!.message, /^ban-sao\.txt: .*already held from /);
    const mutation = await graphql(guarded, INGEST, { text: seed.toString('utf8'), filename: 'ban-sao.txt' }, BEARER);
    assert.deepEqual(errorCodes(mutation), ['BAD_USER_INPUT']);
    assert.equal(mutation.errors![0]!.extensions!['reason'], 'DUPLICATE_DOCUMENT');
  });

  test('an upload over the size limit is refused with 413 and nothing stored', async () => {
    const big = `${CONG_VAN}\n${'Bảo vệ môi trường là nhiệm vụ của cả hệ thống chính trị. '.repeat(2_000)}`;
    const response = await fetch(`${guarded.url}/upload`, { method: 'POST', headers: BEARER, body: uploadForm([{ name: 'lon.txt', content: big.replace('214/', '216/') }]) });
    assert.equal(response.status, 413);
    const found = await graphql(guarded, '{ documentByNumber(number: "216/UBND-TNMT") { key } }');
    assert.deepEqual(found.data!.documentByNumber, []);
  });

  test('an upload request over the total limit is refused whole with 413', async () => {
    const part = 'Bảo vệ môi trường. '.repeat(2_000);
    const files = Array.from({ length: 8 }, (_, i) => ({ name: `phan-${i}.txt`, content: part }));
    const response = await fetch(`${guarded.url}/upload`, { method: 'POST', headers: BEARER, body: uploadForm(files) });
    assert.equal(response.status, 413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'PAYLOAD_TOO_LARGE');
  });

  test('deleteDocument removes a held document; what others cite of it stays as a placeholder', async () => {
    const query = `{ document(key: "${KEY.kh9237HaiPhong}") { placeholder references { to { key } } referencedBy { from { number } } } }`;
    const before = await graphql(guarded, query);
    assert.equal(before.data!.document.placeholder, false);
    assert.ok(before.data!.document.references.length > 0);
    const deleted = await graphql(guarded, DELETE, { key: KEY.kh9237HaiPhong }, BEARER);
    assert.equal(deleted.data!.deleteDocument, true);
    const after = await graphql(guarded, query);
    assert.equal(after.data!.document.placeholder, true);
    assert.deepEqual(after.data!.document.references, [], 'the edges its own text asserted are gone');
    const referrers = after.data!.document.referencedBy.map((edge: any) => edge.from.number);
    assert.ok(referrers.includes('1123/UBND-TNMT'), 'Công văn 1123 of Thủy Nguyên still cites it');
    assert.deepEqual(referrers, before.data!.document.referencedBy.map((edge: any) => edge.from.number), 'every citation of it is kept');
    const twice = await graphql(guarded, DELETE, { key: KEY.kh9237HaiPhong }, BEARER);
    assert.equal(twice.data!.deleteDocument, false);
  });
});
