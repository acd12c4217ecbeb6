import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIdentifierQuery } from '../../server/src/extraction/identifier-query.ts';

const q = (number: string, typeCode: string | null, issuerCode: string | null, year: number | null = null) => ({ number, typeCode, issuerCode, year });

test('a Party symbol however it is typed', () => {
  assert.deepEqual(parseIdentifierQuery('41-NQ/TW'), q('41', 'NQ', 'TW'));
  assert.deepEqual(parseIdentifierQuery('41/NQ-TW'), q('41', 'NQ', 'TW'));
  assert.deepEqual(parseIdentifierQuery('NQ41/TW'), q('41', 'NQ', 'TW'));
  assert.deepEqual(parseIdentifierQuery('41-nq/tw'), q('41', 'NQ', 'TW'));
  assert.deepEqual(parseIdentifierQuery('19- CT/TU'), q('19', 'CT', 'TU'));
  assert.deepEqual(parseIdentifierQuery('18-ctr/tu'), q('18', 'CTr', 'TU'));
  assert.deepEqual(parseIdentifierQuery('02-KL/TW'), q('2', 'KL', 'TW'));
});

test('a type code or name with a number, in any order, with or without diacritics', () => {
  assert.deepEqual(parseIdentifierQuery('nq 41'), q('41', 'NQ', null));
  assert.deepEqual(parseIdentifierQuery('nghị quyết 41'), q('41', 'NQ', null));
  assert.deepEqual(parseIdentifierQuery('nghi quyet 41'), q('41', 'NQ', null));
  assert.deepEqual(parseIdentifierQuery('Nghị quyết số 41 năm 2004'), q('41', 'NQ', null, 2004));
  assert.deepEqual(parseIdentifierQuery('nghị quyết 41 2004'), q('41', 'NQ', null, 2004));
  assert.deepEqual(parseIdentifierQuery('ct 19 tu'), q('19', 'CT', 'TU'));
  assert.deepEqual(parseIdentifierQuery('chi thi 19 tu'), q('19', 'CT', 'TU'));
  assert.deepEqual(parseIdentifierQuery('kế hoạch 9237'), q('9237', 'KH', null));
  assert.deepEqual(parseIdentifierQuery('qđ 582'), q('582', 'QĐ', null));
});

test('State symbols and dispatches', () => {
  assert.deepEqual(parseIdentifierQuery('9237/KH-UBND'), q('9237', 'KH', 'UBND'));
  assert.deepEqual(parseIdentifierQuery('9237/kh-ubnd'), q('9237', 'KH', 'UBND'));
  assert.deepEqual(parseIdentifierQuery('629/LĐLĐ'), q('629', null, 'LĐLĐ'));
  assert.deepEqual(parseIdentifierQuery('629/ldld'), q('629', null, 'LĐLĐ'));
  assert.deepEqual(parseIdentifierQuery('582/QĐ-TTg'), q('582', 'QĐ', 'TTg'));
  assert.deepEqual(parseIdentifierQuery('08/2022/NĐ-CP'), q('8', 'NĐ', 'CP', 2022));
  assert.deepEqual(parseIdentifierQuery('Quyết định 582/QĐ-TTg năm 2013'), q('582', 'QĐ', 'TTg', 2013));
});

test('a bare number is a number; text without one is not an identifier', () => {
  assert.deepEqual(parseIdentifierQuery('629'), q('629', null, null));
  assert.equal(parseIdentifierQuery('bảo vệ môi trường'), null);
  assert.equal(parseIdentifierQuery('môi trường 2014'), null);
  assert.equal(parseIdentifierQuery(''), null);
  assert.equal(parseIdentifierQuery('   '), null);
  assert.equal(parseIdentifierQuery('nghị quyết'), null);
});
