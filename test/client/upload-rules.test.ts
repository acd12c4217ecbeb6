import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkUpload, errorMessage } from '../../client/src/upload-rules.ts';
import { exportUrl } from '../../client/src/export-links.ts';

test('text, Word, PDF and HTML files are sent; other files are refused with a reason', () => {
  assert.deepEqual(checkUpload('629-LDLD.txt', 4_000), { ok: true });
  assert.deepEqual(checkUpload('Chỉ thị 19.DOCX', 40_000), { ok: true });
  assert.deepEqual(checkUpload('anh-chup.jpg', 4_000), { ok: false, reason: 'type' });
  assert.deepEqual(checkUpload('bao-cao.pdf', 50 * 1024 * 1024), { ok: false, reason: 'size' });
});

test('the server\'s refusal is shown in its own words, whatever its shape', () => {
  assert.equal(errorMessage({ error: { message: 'bad.txt: empty file' } }, 400), 'bad.txt: empty file');
  assert.equal(errorMessage({ errors: [{ message: 'no token' }] }, 401), 'no token');
  assert.equal(errorMessage({ ingested: 0, refused: 1, files: [{ filename: 'x.txt', ok: false, error: { code: 'FILE_EMPTY', message: 'x.txt: no content.' } }] }, 400), 'x.txt: no content.');
  assert.equal(errorMessage(null, 502), 'HTTP 502');
});

test('data exports name the lineage in view', () => {
  const lineage = { doc: 'party:TW:-:NQ:24:XI', direction: 'DOWN' as const, depth: 3 };
  assert.equal(exportUrl('graphml', lineage), 'export/lineage.graphml?direction=DOWN&depth=3&key=party%3ATW%3A-%3ANQ%3A24%3AXI');
  assert.equal(exportUrl('csv-edges', lineage), 'export/lineage.csv?direction=DOWN&depth=3&key=party%3ATW%3A-%3ANQ%3A24%3AXI&part=edges');
  assert.equal(exportUrl('csv-nodes', lineage), 'export/lineage.csv?direction=DOWN&depth=3&key=party%3ATW%3A-%3ANQ%3A24%3AXI&part=nodes');
});
