// The bounded memory the readers share: each string is read once while kept, never more
// than the bound is kept, and long strings are read every time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remembered } from '../../server/src/domain/remembered.ts';

test('a string is read once while it is kept; null answers are kept too', () => {
  const reads: string[] = [];
  const issuerOf = remembered((name: string) => { reads.push(name); return name.startsWith('Tỉnh ủy') ? name : null; }, 10);
  assert.equal(issuerOf('Tỉnh ủy Cao Bằng'), 'Tỉnh ủy Cao Bằng');
  assert.equal(issuerOf('Tỉnh ủy Cao Bằng'), 'Tỉnh ủy Cao Bằng');
  assert.equal(issuerOf('ngày 04/7/2017'), null);
  assert.equal(issuerOf('ngày 04/7/2017'), null);
  assert.deepEqual(reads, ['Tỉnh ủy Cao Bằng', 'ngày 04/7/2017']);
});

test('when full it starts afresh, and strings over the length bound are never kept', () => {
  let reads = 0;
  const lengthOf = remembered((line: string) => { reads++; return line.length; }, 2, 5);
  for (const line of ['a', 'b', 'c', 'a']) lengthOf(line);
  assert.equal(reads, 4, '"a" was let go when the third string came');
  lengthOf('KẾ HOẠCH');
  lengthOf('KẾ HOẠCH');
  assert.equal(reads, 6);
});
