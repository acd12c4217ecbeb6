import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseLayout, LIMITS } from '../../client/src/layout/choose.ts';
import { bandLayout, rowCapacity } from '../../client/src/layout/bands.ts';
import { dagreLayout } from '../../client/src/layout/dagre.ts';
import { snapToBands, type Placement } from '../../client/src/layout/geometry.ts';
import type { Band } from '../../client/src/levels.ts';

test('small neighbourhoods get dagre, medium graphs bands refined by ELK, big ones bands on WebGL', () => {
  assert.deepEqual(chooseLayout(20, 25), { kind: 'draw', first: 'dagre', refine: null, webgl: false, elements: 45 });
  assert.deepEqual(chooseLayout(600, 700), { kind: 'draw', first: 'bands', refine: 'elk', webgl: false, elements: 1300 });
  assert.deepEqual(chooseLayout(4000, 5000), { kind: 'draw', first: 'bands', refine: null, webgl: true, elements: 9000 });
  assert.equal((chooseLayout(4000, 5000, false) as { webgl: boolean }).webgl, false, 'no WebGL in the browser: canvas');
});

test('past the cap the graph is refused, saying how big it was', () => {
  assert.deepEqual(chooseLayout(15000, 9000), { kind: 'refuse', elements: 24000, cap: LIMITS.maxElements });
  assert.equal(chooseLayout(LIMITS.maxElements / 2, LIMITS.maxElements / 2).kind, 'draw');
});

// A central resolution, a provincial directive implementing it, a provincial plan implementing
// the directive, and two district dispatches implementing the plan.
const nodes: { id: string; band: Band }[] = [
  { id: 'dispatch-a', band: 'DISTRICT' },
  { id: 'plan', band: 'PROVINCE' },
  { id: 'resolution', band: 'CENTRAL' },
  { id: 'dispatch-b', band: 'DISTRICT' },
  { id: 'directive', band: 'PROVINCE' },
];
const edges = [
  { source: 'directive', target: 'resolution' },
  { source: 'plan', target: 'directive' },
  { source: 'dispatch-a', target: 'plan' },
  { source: 'dispatch-b', target: 'plan' },
];

function assertBanded(placement: Placement): void {
  const y = (id: string): number => placement.positions.get(id)!.y;
  const box = (band: Band) => placement.bands.find((b) => b.band === band)!;
  assert.deepEqual(placement.bands.map((b) => b.band), ['CENTRAL', 'PROVINCE', 'DISTRICT']);
  for (const node of nodes) {
    assert.ok(y(node.id) > box(node.band).top && y(node.id) < box(node.band).bottom, `${node.id} inside its band`);
  }
  assert.ok(y('resolution') < y('directive'), 'central on top');
  assert.ok(y('directive') < y('plan'), 'the plan goes below the directive it implements, in the same band');
  assert.ok(y('plan') < y('dispatch-a'));
  assert.equal(y('dispatch-a'), y('dispatch-b'));
  assert.notEqual(placement.positions.get('dispatch-a')!.x, placement.positions.get('dispatch-b')!.x);
}

test('the band layout puts each document in its band, governing documents above', () => {
  assertBanded(bandLayout(nodes, edges));
});

test('dagre results are snapped into the same bands', () => {
  assertBanded(dagreLayout(nodes, edges));
});

test('a cycle inside a band does not stop the band layout', () => {
  const placement = bandLayout([{ id: 'a', band: 'PROVINCE' }, { id: 'b', band: 'PROVINCE' }], [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }]);
  assert.equal(placement.positions.size, 2);
});

test('wide rows wrap, so 10,000 documents of one level do not make one endless line', () => {
  const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, band: 'COMMUNE' as Band }));
  const placement = bandLayout(many, []);
  const rows = new Set([...placement.positions.values()].map((p) => p.y));
  assert.equal(rows.size, Math.ceil(10_000 / rowCapacity(10_000)));
  const xs = [...placement.positions.values()].map((p) => p.x);
  assert.ok(Math.max(...xs) - Math.min(...xs) < rowCapacity(10_000) * 200);
});

test('snapping keeps the left-to-right order of a layout', () => {
  const placement = snapToBands([{ id: 'a', band: 'CENTRAL' }, { id: 'b', band: 'CENTRAL' }], new Map([['a', { x: 300, y: 17 }], ['b', { x: -40, y: 17 }]]));
  assert.ok(placement.positions.get('b')!.x < placement.positions.get('a')!.x);
  assert.equal(placement.positions.get('a')!.y, placement.positions.get('b')!.y);
});
