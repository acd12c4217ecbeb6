import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSymbol, normaliseSymbol } from '../../server/src/extraction/symbols.ts';

test('Party symbols: number, type code, issuer code', () => {
  const symbol = parseSymbol('19-CT/TU');
  assert.equal(symbol?.form, 'party');
  assert.equal(symbol?.typeCode, 'CT');
  assert.equal(symbol?.issuerCode, 'TU');
  assert.equal(normaliseSymbol('39-CTr/TU'), '39-CTr/TU');
});

test('malformed Party symbols are read as what they mean', () => {
  assert.equal(normaliseSymbol('19- CT/TU'), '19-CT/TU');
  assert.equal(normaliseSymbol('24/NQ/TW'), '24-NQ/TW');
  assert.equal(normaliseSymbol('18-CTR/TU'), '18-CTr/TU');
  assert.equal(normaliseSymbol('100 - KL/TW'), '100-KL/TW');
  assert.equal(normaliseSymbol('12-KH/TƯ'), '12-KH/TU');
  assert.equal(normaliseSymbol('115- HD/BTGW'), '115-HD/BTGTW');
});

test('State administrative symbols, dispatches and normative symbols', () => {
  assert.deepEqual(
    { ...parseSymbol('9237/KH-UBND') },
    { written: '9237/KH-UBND', normalised: '9237/KH-UBND', number: '9237', year: null, typeCode: 'KH', issuerCode: 'UBND', unit: null, form: 'administrative', system: 'state' },
  );
  assert.equal(parseSymbol('629/LĐLĐ')?.form, 'dispatch');
  assert.equal(parseSymbol('629/LĐLĐ')?.system, 'mass');
  assert.equal(parseSymbol('789/UBND-KT')?.unit, 'KT');
  assert.equal(parseSymbol('1789/STNMT-BVMT')?.issuerCode, 'STNMT');
  assert.equal(normaliseSymbol('1206 /QĐ-HVTC'), '1206/QĐ-HVTC');
  assert.equal(normaliseSymbol('582/QĐ-TTG'), '582/QĐ-TTg');
  assert.equal(parseSymbol('08/2022/NĐ-CP')?.year, '2022');
  assert.equal(parseSymbol('72/2020/QH14')?.issuerCode, 'QH14');
  assert.equal(normaliseSymbol('19/2008/NQLT/CP-UBTUMTTQVN'), '19/2008/NQLT/CP-UBTUMTTQVN');
  assert.equal(normaliseSymbol('01/QCPH/UBND-UBMTTQ'), '01/QCPH/UBND-UBMTTQ');
});

test('numbers keep their leading zero as written', () => {
  assert.equal(normaliseSymbol('02-KL/TW'), '02-KL/TW');
});

test('date ranges and plain figures are not symbols', () => {
  assert.equal(parseSymbol('20-26/9/2017'), null);
  assert.equal(parseSymbol('3/4'), null);
  assert.equal(parseSymbol('1.1'), null);
});

test('a Party symbol typed in the State pattern is read as the Party document', () => {
  assert.equal(normaliseSymbol('24/NQ-TW'), '24-NQ/TW');
  assert.equal(parseSymbol('24/NQ-TW')?.system, 'party');
  assert.equal(normaliseSymbol('12/KH-UBND'), '12/KH-UBND');
});

test('a mass organisation\'s central body writes the State pattern and stays itself; joint plans have their code', () => {
  assert.deepEqual([parseSymbol('02/NQ-CCBTW')?.normalised, parseSymbol('02/NQ-CCBTW')?.system], ['02/NQ-CCBTW', 'mass']);
  assert.equal(normaliseSymbol('24/NQ-TW'), '24-NQ/TW');
  assert.equal(parseSymbol('05-KHLT/BDV-MTTQ')?.typeCode, 'KHLT');
});
