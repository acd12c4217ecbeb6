import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineLayout } from '../../client/src/layout/timeline.ts';

test('dates run left to right and levels top to bottom', () => {
  const placement = timelineLayout([
    { id: '24-NQ/TW', band: 'CENTRAL', date: '2013-06-03' },
    { id: '19-CT/TU', band: 'PROVINCE', date: '2017-07-04' },
    { id: '629/LĐLĐ', band: 'PROVINCE', date: '2017-07-21' },
    { id: 'undated', band: 'PROVINCE', date: null },
  ]);
  const at = (id: string) => placement.positions.get(id)!;
  assert.ok(at('24-NQ/TW').x < at('19-CT/TU').x);
  assert.ok(at('19-CT/TU').x < at('629/LĐLĐ').x);
  assert.ok(at('24-NQ/TW').y < at('19-CT/TU').y);
  assert.ok(at('undated').x < at('24-NQ/TW').x, 'undated documents wait left of the axis');
  assert.deepEqual(placement.ticks.map((tick) => tick.year).slice(0, 2), [2013, 2014]);
});

test('documents of one level close in time are stacked instead of overlapping', () => {
  const placement = timelineLayout([
    { id: 'a', band: 'PROVINCE', date: '2017-07-04' },
    { id: 'b', band: 'PROVINCE', date: '2017-07-05' },
    { id: 'c', band: 'PROVINCE', date: '2024-01-01' },
  ]);
  const a = placement.positions.get('a')!;
  const b = placement.positions.get('b')!;
  assert.notEqual(a.y, b.y);
  assert.equal(placement.positions.get('c')!.y, a.y);
});
