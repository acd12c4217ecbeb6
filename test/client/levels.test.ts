import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandOf, BANDS } from '../../client/src/levels.ts';

test('bands run from the centre down to the communes', () => {
  assert.deepEqual(BANDS.slice(0, 4), ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE']);
});

test('a stated level wins over what the key suggests', () => {
  assert.equal(bandOf({ key: 'party:TW:-:NQ:24:XI', level: 'PROVINCE' }), 'PROVINCE');
});

test('without a level, the issuer code and scope in the key place a document', () => {
  assert.equal(bandOf({ key: 'party:TW:-:NQ:41:IX', level: null }), 'CENTRAL');
  assert.equal(bandOf({ key: 'state:CP:-:NĐ:08:2022', level: null }), 'CENTRAL');
  assert.equal(bandOf({ key: 'party:TU:cao-bang:CT:19:2015', level: null }), 'PROVINCE');
  assert.equal(bandOf({ key: 'party:TU:?:CT:19:?', level: null }), 'PROVINCE');
  assert.equal(bandOf({ key: 'party:HU:binh-phuoc:KH:12:2018', level: null }), 'DISTRICT');
  assert.equal(bandOf({ key: 'party:ĐU:binh-phuoc:NQ:3:2019', level: null }), 'COMMUNE');
  assert.equal(bandOf({ key: 'state:UBND:hai-phong:KH:9237:2014', level: null }), 'PROVINCE');
  assert.equal(bandOf({ key: 'state:?:?:QĐ:1206:?', level: null }), 'UNKNOWN');
  assert.equal(bandOf({ key: 'not a key', level: null }), 'UNKNOWN');
});
