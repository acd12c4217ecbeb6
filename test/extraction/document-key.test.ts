// Keys as patterns: "?" leaves a field open, and a scope may be known in part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPartialKey, keyMatches } from '../../server/src/domain/document-key.ts';

test('an unknown field matches any value; a known one only itself', () => {
  assert.ok(keyMatches('party:TU:?:CT:19:2015', 'party:TU:cao-bang:CT:19:2015'));
  assert.ok(!keyMatches('party:TU:?:CT:19:2015', 'party:TU:cao-bang:CT:19:2010'));
});

test('a district of an unnamed province matches that district in any province, and no other district', () => {
  assert.ok(isPartialKey('party:HU:?.lam-my:CT:2:2000'));
  assert.ok(keyMatches('party:HU:?.lam-my:CT:2:2000', 'party:HU:dien-bien.lam-my:CT:2:2000'));
  assert.ok(!keyMatches('party:HU:?.lam-my:CT:2:2000', 'party:HU:dien-bien.khanh-nghia:CT:2:2000'));
  assert.ok(!keyMatches('party:HU:?.lam-my:CT:2:2000', 'party:HU:dien-bien:CT:2:2000'));
  assert.ok(!isPartialKey('party:HU:dien-bien.lam-my:CT:2:2000'));
});
