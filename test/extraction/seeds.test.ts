// The seed documents through the command-line contract: `npm run --silent extract -- FILE`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractionResult, Reference } from '../../server/src/domain/types.ts';

function runExtract(file: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', file], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function extractFile(file: string): ExtractionResult {
  const run = runExtract(file);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as ExtractionResult;
}

const find = (result: ExtractionResult, number: string, subject = 'self'): Reference => {
  const found = result.references.find((r) => r.number === number && r.subject === subject);
  assert.ok(found, `${number} (subject ${subject}) among ${result.references.map((r) => r.number).join(', ')}`);
  return found;
};

test('seed 000: Công văn 629/LĐLĐ implements Chỉ thị 19-CT/TU and cites 24-NQ/TW and 39-CTr/TU', () => {
  const result = extractFile('seeds/000_38f5011b746948cb.txt');
  assert.equal(result.document.number, '629/LĐLĐ');
  assert.equal(result.document.date, '2017-07-21');
  const directive = find(result, '19-CT/TU');
  assert.deepEqual([directive.type, directive.date, directive.relation], ['Chỉ thị', '2017-07-04', 'implements']);
  assert.match(directive.cue ?? '', /thực hiện/iu);
  const resolution = find(result, '24-NQ/TW');
  assert.deepEqual([resolution.date, resolution.issuer, resolution.term, resolution.relation], ['2013-06-03', 'Ban Chấp hành Trung ương', 'XI', 'cites']);
  const programme = find(result, '39-CTr/TU');
  assert.deepEqual([programme.date, programme.issuer, programme.relation], ['2013-08-26', 'Tỉnh ủy', 'cites']);
  const stated = find(result, '25-NQ/TW', '39-CTr/TU');
  assert.equal(stated.relation, 'implements');
  assert.equal(stated.subjectKey, programme.key);
  assert.equal(result.references.length, 4);
});

test('seed 004: implements 02-KL/TW, cites 41-NQ/TW of 2004; "Công văn này" is itself', () => {
  const result = extractFile('seeds/004_c8f307f4c47bace7.txt');
  const conclusion = find(result, '02-KL/TW');
  assert.deepEqual([conclusion.issuer, conclusion.term, conclusion.date, conclusion.relation], ['Ban Bí thư', 'XII', '2016-04-26', 'implements']);
  const resolution = find(result, '41-NQ/TW');
  assert.deepEqual([resolution.date, resolution.issuer, resolution.term, resolution.relation], ['2004-11-15', 'Bộ Chính trị', 'IX', 'cites']);
  assert.equal(resolution.key, 'party:TW:-:NQ:41:IX');
  assert.ok(!result.references.some((r) => r.type === 'Công văn'), 'the dispatch itself is not a reference');
});

test('every span is a slice of the file, and a missing file is a clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  try {
    const file = join(dir, 'crlf.txt');
    const text = 'Số: 12/UBND-VP\r\nThực hiện Chỉ thị số 19- CT/TU, ngày 04/7/2017 của Tỉnh ủy Cao Bằng.\r\n';
    writeFileSync(file, text);
    const result = extractFile(file);
    for (const ref of result.references) assert.equal(text.slice(ref.start, ref.end), ref.surface);
    assert.equal(result.references[0]?.number, '19-CT/TU');
    const missing = runExtract(join(dir, 'missing.txt'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /missing\.txt/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
