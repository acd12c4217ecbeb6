import { test } from 'node:test';
import assert from 'node:assert/strict';
import { moveSelection } from '../../client/src/graph/keyboard.ts';
import { fitViewport } from '../../client/src/graph/backdrop.ts';
import { bandLayout } from '../../client/src/layout/bands.ts';

// The resolution on top, the directive below it, two dispatches side by side at the bottom.
const points = [
  { id: 'resolution', x: 0, y: 0 },
  { id: 'directive', x: 10, y: 100 },
  { id: 'dispatch-left', x: -120, y: 200 },
  { id: 'dispatch-right', x: 130, y: 200 },
];

test('arrow keys move the selection to the nearest document in that direction', () => {
  assert.equal(moveSelection(points, 'directive', 'ArrowUp'), 'resolution');
  assert.equal(moveSelection(points, 'resolution', 'ArrowDown'), 'directive');
  assert.equal(moveSelection(points, 'dispatch-left', 'ArrowRight'), 'dispatch-right');
  assert.equal(moveSelection(points, 'resolution', 'ArrowUp'), null, 'nothing above the top');
  assert.equal(moveSelection(points, null, 'ArrowDown'), 'resolution', 'with nothing selected, start at the top');
});

test('the first viewport shows the whole drawing, band labels included', () => {
  const placement = bandLayout(
    [{ id: 'a', band: 'CENTRAL' }, { id: 'b', band: 'PROVINCE' }, { id: 'c', band: 'PROVINCE' }],
    [{ source: 'b', target: 'a' }, { source: 'c', target: 'a' }],
  );
  const width = 800;
  const height = 600;
  const { zoom, pan } = fitViewport(placement, [], width, height);
  for (const { x, y } of placement.positions.values()) {
    const screen = { x: x * zoom + pan.x, y: y * zoom + pan.y };
    assert.ok(screen.x > 0 && screen.x < width && screen.y > 0 && screen.y < height, `node at ${JSON.stringify(screen)} is on screen`);
  }
  const bottom = placement.bands.at(-1)!.bottom * zoom + pan.y;
  assert.ok(bottom <= height, 'the last band ends on screen');
});
