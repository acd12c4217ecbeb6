// Bulk runs save records in groups (one store commit per group), each text still all or
// nothing; what each file reports — ingested, duplicate, failed and why — is the same as
// file by file. And `--force` re-reads an unchanged file after an extractor upgrade.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GraphStore } from '../../server/src/store/port.ts';
import { withTemporaryStore } from './stores.ts';
import { ingestPaths, type IngestEvent, type IngestOptions } from '../../server/src/ingest/index.ts';
import type { ExtractionResult } from '../../server/src/domain/types.ts';
import { docxOf } from './fixtures.ts';
import { fakeExtract } from './fake-extractor.ts';

const dispatch = (number: number, cited: string): string => `Số: ${number}/LĐLĐ
Cao Bằng, ngày 21 tháng 7 năm 2017
Thực hiện Chỉ thị số 19-CT/TU ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng về bảo vệ môi trường.
Căn cứ Nghị quyết số ${cited} của Ban Chấp hành Trung ương.`;

const withStore = <T>(work: (store: GraphStore, dir: string) => Promise<T>): Promise<T> => withTemporaryStore('ingest-groups-', work);

/** A batch with good files, a .docx twin of a .txt (a duplicate in the same group) and bad files. */
function writeBatch(batch: string): void {
  mkdirSync(batch, { recursive: true });
  for (let n = 600; n < 612; n++) writeFileSync(join(batch, `cv-${n}.txt`), dispatch(n, n % 2 ? '24-NQ/TW' : '41-NQ/TW'));
  writeFileSync(join(batch, 'cv-601.docx'), docxOf(dispatch(601, '24-NQ/TW').split('\n')));
  writeFileSync(join(batch, 'cv-605-empty.txt'), '');
  writeFileSync(join(batch, 'cv-607.xlsx'), 'PK');
}

async function run(perCommit: number, options: Partial<IngestOptions> = {}) {
  return withStore(async (store, dir) => {
    const batch = join(dir, 'batch');
    writeBatch(batch);
    const events: string[] = [];
    const onEvent = (event: IngestEvent): void => {
      if (event.kind === 'file') events.push(`${event.done}/${event.total} ${relative(batch, event.report.path)} ${event.report.status}`);
    };
    const summary = await ingestPaths(store, [batch], { extractor: fakeExtract, progress: 'none', recordsPerCommit: perCommit, onEvent, ...options });
    const files = summary.files.map((file) =>
      [relative(batch, file.path), file.status, file.key ?? null, file.error?.code ?? null, file.duplicateOf ? relative(batch, file.duplicateOf) : null]);
    const whole = await store.wholeGraph(10_000);
    const graph = { nodes: whole.nodes.map((node) => node.key).sort(), edges: whole.edges.map((edge) => `${edge.from} ${edge.kind} ${edge.to}`).sort() };
    assert.deepEqual(await store.checkConsistency(), []);
    return { events, files, graph, counts: [summary.ingested, summary.duplicates, summary.failed] };
  });
}

test('grouped commits report every file, in walk order, exactly as file-by-file commits do', async () => {
  const oneByOne = await run(1);
  assert.deepEqual(oneByOne.counts, [12, 1, 2]);
  // The .docx comes first in walk order: the .txt with the same dispatch is its duplicate.
  assert.ok(oneByOne.files.some(([name, status, , , original]) => name === 'cv-601.txt' && status === 'duplicate' && original === 'cv-601.docx'));
  for (const perCommit of [5, 200]) {
    const grouped = await run(perCommit);
    assert.deepEqual(grouped.files, oneByOne.files, `${perCommit} records per commit`);
    assert.deepEqual(grouped.events, oneByOne.events, `${perCommit} records per commit: one progress event per file`);
    assert.deepEqual(grouped.graph, oneByOne.graph);
  }
});

test('a dry run in groups still reports the duplicate within a group, and writes nothing', async () => {
  const dry = await run(200, { dryRun: true });
  assert.deepEqual(dry.counts, [12, 1, 2]);
  assert.deepEqual(dry.graph, { nodes: [], edges: [] });
});

test('--force re-reads an unchanged file: what an upgraded extractor finds replaces the old reading', async () => {
  await withStore(async (store, dir) => {
    const file = join(dir, 'cv-629.txt');
    writeFileSync(file, dispatch(629, '24-NQ/TW'));
    // The extractor before its upgrade missed the "Căn cứ" line.
    const older = (text: string): ExtractionResult => {
      const result = fakeExtract(text);
      return { ...result, references: result.references.filter((reference) => !reference.number?.includes('NQ')) };
    };
    const first = await ingestPaths(store, [file], { extractor: older, progress: 'none' });
    const key = first.files[0]!.key!;
    const cited = async (): Promise<string[]> => (await store.edgesOf([key], 'out')).map((edge) => edge.surface).sort();
    assert.deepEqual(await cited(), ['số 19-CT/TU']);

    const plain = await ingestPaths(store, [file], { extractor: fakeExtract, progress: 'none' });
    assert.deepEqual([plain.unchanged, plain.updated], [1, 0], 'without --force an unchanged file is skipped');
    assert.deepEqual(await cited(), ['số 19-CT/TU']);

    for (const recordsPerCommit of [1, 200]) {
      const forced = await ingestPaths(store, [file], { extractor: fakeExtract, progress: 'none', force: true, recordsPerCommit });
      assert.deepEqual([forced.unchanged, forced.updated, forced.failed], [0, 1, 0]);
      assert.deepEqual(await cited(), ['số 19-CT/TU', 'số 24-NQ/TW']);
    }
    assert.deepEqual(await store.checkConsistency(), []);
  });
});
