// The ingest command as an operator runs it: progress and a summary, a non-zero exit
// code when a file failed, --dry-run writing nothing, --json for scripts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/src/config.ts';
import { openStore } from '../../server/src/store/open-store.ts';
import { runIngest } from './run-cli.ts';

const DIRECTIVE = `TỈNH ỦY CAO BẰNG
Số 19-CT/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Cao Bằng, ngày 04 tháng 7 năm 2017
CHỈ THỊ
về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường
Thực hiện Nghị quyết số 24-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XI), Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt.`;

const DISPATCH = `LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG
Số: 629/LĐLĐ
V/v thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy
Cao Bằng, ngày 21 tháng 7 năm 2017
Thực hiện Chỉ thị số 19-CT/TU ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng, Ban Thường vụ LĐLĐ tỉnh hướng dẫn các cấp công đoàn.`;

function workspace(): { dir: string; docs: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  const docs = join(dir, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'ct-19.txt'), DIRECTIVE);
  writeFileSync(join(docs, 'cv-629.txt'), DISPATCH);
  return { dir, docs, data: join(dir, 'data') };
}

async function documentCount(data: string): Promise<number> {
  const store = await openStore(readConfig({ DATA_DIR: data }));
  try {
    const stats = await store.stats();
    return stats.documents;
  } finally {
    await store.close();
  }
}

test('a batch with bad files: the good ones go in, each failure is named, the exit code is non-zero', async () => {
  const { dir, docs, data } = workspace();
  try {
    writeFileSync(join(docs, 'empty.txt'), '');
    writeFileSync(join(docs, 'sheet.xlsx'), 'PK');
    const run = runIngest(data, [docs]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /Ingested 2, updated 0, unchanged 0, duplicates 0, failed 2/);
    assert.match(run.stdout, /FILE_EMPTY +.*empty\.txt: is empty/);
    assert.match(run.stdout, /UNSUPPORTED_TYPE +.*sheet\.xlsx: has an unsupported type \.xlsx/);
    // Not a terminal: one progress line per file on stderr.
    assert.match(run.stderr, /\[1\/4\] ingested +.*ct-19\.txt/);
    assert.match(run.stderr, /\[3\/4\] failed +FILE_EMPTY/);
    assert.equal(await documentCount(data), 2);

    const again = runIngest(data, [join(docs, 'ct-19.txt'), join(docs, 'cv-629.txt')]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /Ingested 0, updated 0, unchanged 2, duplicates 0, failed 0/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--json prints the whole report on stdout, and nothing else', () => {
  const { dir, docs, data } = workspace();
  try {
    writeFileSync(join(docs, 'scan.pdf'), '%PDF-1.4 not really');
    const run = runIngest(data, ['--json', docs]);
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as Record<string, unknown> & { files: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(report).sort(), ['dryRun', 'duplicates', 'failed', 'files', 'ingested', 'interrupted', 'seconds', 'unchanged', 'updated']);
    assert.deepEqual([report['ingested'], report['failed'], report['dryRun']], [2, 1, false]);
    assert.equal(typeof report['seconds'], 'number');
    const [directive, dispatch, scan] = report.files;
    assert.equal(directive?.['status'], 'ingested');
    assert.equal(typeof directive?.['key'], 'string');
    assert.ok((directive?.['references'] as number) >= 1);
    assert.deepEqual([dispatch?.['format'], dispatch?.['encoding']], ['txt', 'utf-8']);
    assert.equal(scan?.['status'], 'failed');
    assert.deepEqual(Object.keys(scan?.['error'] as object).sort(), ['code', 'message']);
    assert.equal((scan?.['error'] as { code: string }).code, 'DOCUMENT_DAMAGED');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--dry-run extracts and reports, and the store stays empty', async () => {
  const { dir, docs, data } = workspace();
  try {
    const run = runIngest(data, ['--dry-run', '--json', '--progress', 'none', docs]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr.includes('['), false, 'no progress lines with --progress none');
    const report = JSON.parse(run.stdout) as { dryRun: boolean; ingested: number };
    assert.deepEqual([report.dryRun, report.ingested], [true, 2]);
    assert.equal(await documentCount(data), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a wrong option is refused with a usage message', () => {
  const run = runIngest(join(tmpdir(), 'never-created'), ['--progress', 'fancy', 'x']);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /--progress.*use one of auto, bar, lines, none/);
});

test('a store that cannot be opened stops the run with exit code 2 and says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  try {
    const notADirectory = join(dir, 'data');
    writeFileSync(notADirectory, 'a file where the data directory should be');
    const run = runIngest(notADirectory, [dir]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Cannot open the SQLite store/);
    assert.equal(run.stdout, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
