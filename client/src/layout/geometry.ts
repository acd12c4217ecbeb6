// Shared measures of the banded drawing: every layout ends with nodes placed in rows
// inside the horizontal band of their level.
import { BANDS, type Band } from '../levels.ts';

export interface Point {
  x: number;
  y: number;
}

export interface BandBox {
  band: Band;
  top: number;
  bottom: number;
}

export interface Placement {
  positions: Map<string, Point>;
  bands: BandBox[];
}

export interface LayoutNode {
  id: string;
  band: Band;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export const GEOMETRY = { nodeGap: 130, rowGap: 90, bandPadding: 55, bandGap: 0 } as const;

/**
 * Stacks the bands that hold nodes, top to bottom, each tall enough for its rows, and
 * returns each band's box and the y of its first row.
 */
export function stackBands(rowsPerBand: Map<Band, number>): { boxes: BandBox[]; firstRowY: Map<Band, number> } {
  const boxes: BandBox[] = [];
  const firstRowY = new Map<Band, number>();
  let top = 0;
  for (const band of BANDS) {
    const rows = rowsPerBand.get(band) ?? 0;
    if (rows === 0) continue;
    const height = GEOMETRY.bandPadding * 2 + (rows - 1) * GEOMETRY.rowGap;
    boxes.push({ band, top, bottom: top + height });
    firstRowY.set(band, top + GEOMETRY.bandPadding);
    top += height + GEOMETRY.bandGap;
  }
  return { boxes, firstRowY };
}

/**
 * Keeps a layout's horizontal order and its top-to-bottom order of rows, but moves every
 * node into the band of its level: dagre and ELK know nothing of bands.
 */
export function snapToBands(nodes: readonly LayoutNode[], positions: Map<string, Point>): Placement {
  const rowYs = new Map<Band, number[]>();
  for (const node of nodes) {
    const y = Math.round(positions.get(node.id)?.y ?? 0);
    const ys = rowYs.get(node.band) ?? [];
    ys.push(y);
    rowYs.set(node.band, ys);
  }
  const rowIndex = new Map<Band, Map<number, number>>();
  const rowsPerBand = new Map<Band, number>();
  for (const [band, ys] of rowYs) {
    const distinct = [...new Set(ys)].sort((a, b) => a - b);
    rowIndex.set(band, new Map(distinct.map((y, index) => [y, index])));
    rowsPerBand.set(band, distinct.length);
  }
  const { boxes, firstRowY } = stackBands(rowsPerBand);
  const snapped = new Map<string, Point>();
  for (const node of nodes) {
    const original = positions.get(node.id) ?? { x: 0, y: 0 };
    const row = rowIndex.get(node.band)?.get(Math.round(original.y)) ?? 0;
    snapped.set(node.id, { x: original.x, y: (firstRowY.get(node.band) ?? 0) + row * GEOMETRY.rowGap });
  }
  return { positions: snapped, bands: boxes };
}

/** Adds `value` to the list kept under `key`. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
