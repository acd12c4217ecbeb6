// Ingestion into the embedded store: a batch in every format with bad files among good
// ones, re-ingests that change nothing or replace what a file asserted, and dry runs.
// A small stand-in extractor keeps these about ingestion, not extraction quality; the
// command-line and durability tests run the product's own extractor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GraphStore } from '../../server/src/store/port.ts';
import { withTemporaryStore } from './stores.ts';
import { ingestPaths, type IngestSummary } from '../../server/src/ingest/index.ts';
import { contentHashOf } from '../../server/src/ingest/record.ts';
import { encodeTcvn3, encodeVni } from '../../server/src/extraction/decode/index.ts';
import { docxOf, scannedPdf, textPdfOf } from './fixtures.ts';
import { fakeExtract } from './fake-extractor.ts';

const DISPATCH = `Số: 629/LĐLĐ
V/v thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cao Bằng, ngày 21 tháng 7 năm 2017
Kính gửi: Liên đoàn Lao động các huyện, thành phố.
Thực hiện Chỉ thị số 19-CT/TU ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường.
Căn cứ Nghị quyết số 24-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI) về chủ động ứng phó với biến đổi khí hậu.`;

const PLAN = `TỈNH ỦY YÊN BÁI
Số 15-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Yên Bái, ngày 10 tháng 3 năm 2019
KẾ HOẠCH
thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương (khóa XII)
Căn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.`;

const withStore = (work: (store: GraphStore, dir: string) => Promise<void>): Promise<void> => withTemporaryStore('ingest-', work);

function byName(summary: IngestSummary, name: string) {
  const report = summary.files.find((file) => file.path.endsWith(name));
  assert.ok(report, `${name} is in the report`);
  return report;
}

test('a mixed batch: good files in every format go in, each bad file is reported by name', async () => {
  await withStore(async (store, dir) => {
    const batch = join(dir, 'batch');
    mkdirSync(join(batch, 'cao-bang'), { recursive: true });
    writeFileSync(join(batch, 'cao-bang', 'cv-629.txt'), DISPATCH);
    writeFileSync(join(batch, 'kh-15-tcvn3.txt'), encodeTcvn3(PLAN));
    writeFileSync(join(batch, 'kh-15-vni.htm'), Buffer.concat([Buffer.from('<html><body><article><p>'), encodeVni(PLAN.replace(/\n/g, '</p><p>')), Buffer.from('</p></article></body></html>')]));
    writeFileSync(join(batch, 'cv-629.docx'), docxOf(DISPATCH.split('\n')));
    writeFileSync(join(batch, 'ascii.pdf'), textPdfOf([['So: 12/UBND-VX', 'Thuc hien Nghi quyet so 24-NQ/TW ngay 03/6/2013']]));
    writeFileSync(join(batch, 'empty.txt'), '');
    writeFileSync(join(batch, 'binary.txt'), Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    writeFileSync(join(batch, 'table.xlsx'), 'PK');
    writeFileSync(join(batch, 'huge.txt'), DISPATCH.repeat(100));
    writeFileSync(join(batch, 'scan.pdf'), scannedPdf());
    writeFileSync(join(batch, '.hidden.txt'), DISPATCH);
    writeFileSync(join(batch, '~$cv-629.docx'), 'lock');
    writeFileSync(join(batch, 'Thumbs.db'), 'cache');

    const summary = await ingestPaths(store, [batch, join(dir, 'missing-folder')], { extractor: fakeExtract, progress: 'none', maxBytes: 32 * 1024 });
    const expectedFailures: Record<string, string> = {
      'empty.txt': 'FILE_EMPTY', 'binary.txt': 'FILE_BINARY', 'table.xlsx': 'UNSUPPORTED_TYPE', 'huge.txt': 'FILE_TOO_LARGE',
      'scan.pdf': 'PDF_WITHOUT_TEXT', 'missing-folder': 'FILE_NOT_FOUND',
    };
    for (const [name, code] of Object.entries(expectedFailures)) {
      const report = byName(summary, name);
      assert.equal(report.status, 'failed', name);
      assert.equal(report.error?.code, code, name);
      assert.ok(report.error?.message.includes(name), `the message names ${name}: ${report.error?.message}`);
    }
    assert.equal(summary.failed, 6);
    for (const skipped of ['.hidden', '~$', 'Thumbs.db']) {
      assert.equal(summary.files.some((file) => file.path.includes(skipped)), false, `${skipped} files are skipped`);
    }
    // Walk order is sorted and stable.
    const walked = summary.files.map((file) => file.path).filter((path) => path.startsWith(batch));
    assert.deepEqual(walked, [...walked].sort());

    for (const name of ['cao-bang/cv-629.txt', 'kh-15-tcvn3.txt', 'kh-15-vni.htm', 'cv-629.docx', 'ascii.pdf']) {
      const report = byName(summary, name);
      assert.notEqual(report.status, 'failed', `${name}: ${report.error?.message}`);
      assert.ok((report.references ?? 0) > 0, `${name} has references`);
      const [stored] = await store.getDocuments([report.key!]);
      assert.ok(stored && !stored.placeholder, `${name} is held in the store as ${report.key}`);
    }
    assert.equal(byName(summary, 'kh-15-tcvn3.txt').encoding, 'tcvn3');
    assert.equal(byName(summary, 'kh-15-vni.htm').encoding, 'vni');
    // The .docx is the dispatch already held from the .txt: reported, not stored twice.
    const docx = byName(summary, 'cv-629.docx');
    assert.equal(docx.status, 'duplicate');
    assert.equal(docx.duplicateOf, resolve(batch, 'cao-bang', 'cv-629.txt'));
    assert.equal(await store.getText(docx.key!), DISPATCH);

    const again = await ingestPaths(store, [batch], { extractor: fakeExtract, progress: 'none', maxBytes: 32 * 1024 });
    // The VNI page is the same plan as the TCVN3 text: a duplicate too.
    assert.equal(summary.duplicates, 2);
    assert.deepEqual([again.ingested, again.updated, again.unchanged, again.duplicates, again.failed], [0, 0, 3, 2, 5], 'a re-run writes nothing');
  });
});

test('re-ingesting an unchanged file is a no-op; a changed file replaces what it asserted', async () => {
  await withStore(async (store, dir) => {
    const file = join(dir, 'cv-629.txt');
    writeFileSync(file, DISPATCH);
    const first = await ingestPaths(store, [file], { extractor: fakeExtract, progress: 'none' });
    assert.equal(first.ingested, 1);
    const key = first.files[0]!.key!;
    const edgesBefore = await store.edgesOf([key], 'out');
    assert.ok(edgesBefore.some((edge) => edge.surface.includes('24-NQ/TW')));

    const again = await ingestPaths(store, [file], { extractor: fakeExtract, progress: 'none' });
    assert.deepEqual([again.ingested, again.updated, again.unchanged, again.failed], [0, 0, 1, 0]);
    assert.deepEqual(await store.edgesOf([key], 'out'), edgesBefore);

    writeFileSync(file, DISPATCH.replace('Căn cứ Nghị quyết số 24-NQ/TW ngày 03/6/2013', 'Căn cứ Nghị quyết số 41-NQ/TW ngày 15/11/2004'));
    const changed = await ingestPaths(store, [file], { extractor: fakeExtract, progress: 'none' });
    assert.equal(changed.updated, 1);
    assert.equal(changed.files[0]!.key, key);
    const edgesAfter = await store.edgesOf([key], 'out');
    assert.ok(edgesAfter.some((edge) => edge.surface.includes('41-NQ/TW')), 'the new reference is stored');
    assert.ok(!edgesAfter.some((edge) => edge.surface.includes('24-NQ/TW')), 'the old reference is gone');
    assert.equal(await store.contentHashOf(resolve(file)), contentHashOf(readFileSync(file)));
  });
});

test('a dry run extracts and reports but writes nothing', async () => {
  await withStore(async (store, dir) => {
    writeFileSync(join(dir, 'kh-15.txt'), PLAN);
    writeFileSync(join(dir, 'empty.txt'), '');
    const summary = await ingestPaths(store, [join(dir, 'kh-15.txt'), join(dir, 'empty.txt')], { extractor: fakeExtract, progress: 'none', dryRun: true });
    assert.equal(summary.dryRun, true);
    assert.equal(summary.ingested, 1);
    assert.equal(summary.failed, 1);
    assert.ok(summary.files[0]!.key);
    const stats = await store.stats();
    assert.equal(stats.documents + stats.placeholders, 0);
    assert.equal(await store.contentHashOf(resolve(dir, 'kh-15.txt')), null);
  });
});

test('a text with no number of its own is keyed by its source, the same on every run', async () => {
  await withStore(async (store, dir) => {
    const page = join(dir, 'tin-tuc.html');
    writeFileSync(page, '<html><head><title>Hội NCT tỉnh Lai Châu</title></head><body><main><p>Ngày đăng: 30/10/2017</p><p>Thực hiện Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư, Hội đã tổ chức hội nghị.</p></main></body></html>');
    const first = await ingestPaths(store, [page], { extractor: fakeExtract, progress: 'none' });
    const key = first.files[0]!.key!;
    assert.match(key, /^unnumbered:-:-:-:[0-9a-f]{16}:-$/);
    writeFileSync(page, '<html><body><main><p>Ngày đăng: 31/10/2017</p><p>Thực hiện Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư.</p></main></body></html>');
    const second = await ingestPaths(store, [page], { extractor: fakeExtract, progress: 'none' });
    assert.equal(second.files[0]!.key, key);
    assert.equal(second.updated, 1);
  });
});

test('progress events count every file, and the summary times the run', async () => {
  await withStore(async (store, dir) => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    writeFileSync(join(batch, 'a.txt'), DISPATCH);
    writeFileSync(join(batch, 'b.txt'), PLAN);
    const events: string[] = [];
    const summary = await ingestPaths(store, [batch], {
      extractor: fakeExtract,
      progress: 'none',
      onEvent: (event) => events.push(event.kind === 'file' ? `file ${event.done}/${event.total} ${event.report.status}` : event.kind),
    });
    assert.deepEqual(events, ['start', 'file 1/2 ingested', 'file 2/2 ingested', 'finish']);
    assert.ok(summary.seconds > 0);
  });
});

test('a run stopped between two files reports what it did, and the next run goes on', async () => {
  await withStore(async (store, dir) => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    writeFileSync(join(batch, 'a.txt'), DISPATCH);
    writeFileSync(join(batch, 'b.txt'), PLAN);
    const stop = new AbortController();
    const first = await ingestPaths(store, [batch], {
      extractor: fakeExtract,
      progress: 'none',
      signal: stop.signal,
      onEvent: (event) => { if (event.kind === 'file') stop.abort(); },
    });
    assert.deepEqual([first.interrupted, first.files.length, first.ingested], [true, 1, 1]);
    const second = await ingestPaths(store, [batch], { extractor: fakeExtract, progress: 'none' });
    assert.deepEqual([second.interrupted, second.unchanged, second.ingested], [false, 1, 1]);
  });
});
