// Reading the files offices hold: plain text in any encoding, Word, PDF with a text
// layer, web pages. Fixtures are built here, at test time, from Vietnamese sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentTextFromBytes, readDocumentText, FileRefusedError } from '../../server/src/ingest/formats/index.ts';
import { encodeTcvn3, encodeVni } from '../../server/src/extraction/decode/index.ts';

const BODY = 'Thực hiện Chỉ thị số 19-CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng.\nBan Thường vụ hướng dẫn như sau:';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function refusal(promise: Promise<unknown>): Promise<FileRefusedError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FileRefusedError, `expected a FileRefusedError, got ${String(error)}`);
    return error;
  }
  assert.fail('the file was accepted');
}

test('a .txt in UTF-8, TCVN3 or VNI reads as the same Vietnamese text', async () => {
  assert.deepEqual(await documentTextFromBytes(utf8(BODY), 'cv-629.txt'), { text: BODY, format: 'txt', encoding: 'utf-8' });
  const vni = await documentTextFromBytes(encodeVni(BODY), 'cv-629.txt');
  assert.deepEqual(vni, { text: BODY, format: 'txt', encoding: 'vni' });
  const tcvn3 = await documentTextFromBytes(encodeTcvn3(BODY.toLowerCase()), 'CV-629.TXT');
  assert.deepEqual(tcvn3, { text: BODY.toLowerCase(), format: 'txt', encoding: 'tcvn3' });
});

test('a file on disk is read by its path, and the path names it in every refusal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'formats-'));
  try {
    const good = join(dir, 'ke-hoach.txt');
    writeFileSync(good, BODY);
    assert.equal((await readDocumentText(good)).text, BODY);

    const empty = join(dir, 'rong.txt');
    writeFileSync(empty, '');
    const emptyError = await refusal(readDocumentText(empty));
    assert.equal(emptyError.code, 'FILE_EMPTY');
    assert.match(emptyError.message, /rong\.txt: is empty/);

    const blank = join(dir, 'trang.txt');
    writeFileSync(blank, ' \r\n\t\n');
    assert.equal((await refusal(readDocumentText(blank))).code, 'FILE_EMPTY');

    const binary = join(dir, 'anh.txt');
    writeFileSync(binary, Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
    const binaryError = await refusal(readDocumentText(binary));
    assert.equal(binaryError.code, 'FILE_BINARY');
    assert.match(binaryError.message, /anh\.txt/);

    const unknown = join(dir, 'bang-tinh.xlsx');
    writeFileSync(unknown, 'x');
    const unknownError = await refusal(readDocumentText(unknown));
    assert.equal(unknownError.code, 'UNSUPPORTED_TYPE');
    assert.match(unknownError.message, /bang-tinh\.xlsx: has an unsupported type \.xlsx/);

    const large = join(dir, 'lon.txt');
    writeFileSync(large, BODY.repeat(100));
    const largeError = await refusal(readDocumentText(large, { maxBytes: 1000 }));
    assert.equal(largeError.code, 'FILE_TOO_LARGE');
    assert.match(largeError.message, /lon\.txt: is .* MB, over the 0\.0 MB limit/);

    assert.equal((await refusal(readDocumentText(join(dir, 'khong-co.txt')))).code, 'FILE_NOT_FOUND');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
