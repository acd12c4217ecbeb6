// What the graph view draws besides documents: the level bands, the year ticks of the
// timeline, and the first viewport, computed from our own positions.
import type { ElementDefinition } from 'cytoscape';
import type { YearTick } from '../layout/timeline.ts';
import type { BandBox, Placement } from '../layout/geometry.ts';
import type { Band } from '../levels.ts';

const BAND_MARGIN = 160;
/** Room for a band's name, drawn to the left of the band. */
const BAND_LABEL_WIDTH = 150;
/** From this many elements the drawing trades finish for speed (see graphStyle). */
export const LARGE_FROM = 1000;

export function backgroundElements(placement: Placement, bandLabel: (band: Band) => string, ticks: YearTick[]): ElementDefinition[] {
  const xs = [...placement.positions.values()].map((p) => p.x);
  const minX = Math.min(...xs, ...ticks.map((tick) => tick.x)) - BAND_MARGIN;
  const maxX = Math.max(...xs, ...ticks.map((tick) => tick.x)) + BAND_MARGIN;
  const bands = placement.bands.map((box: BandBox) => ({
    group: 'nodes' as const,
    data: { id: `band:${box.band}`, label: bandLabel(box.band), width: maxX - minX, height: box.bottom - box.top },
    position: { x: (minX + maxX) / 2, y: (box.top + box.bottom) / 2 },
    classes: `band band-${box.band}`,
    selectable: false,
    grabbable: false,
    locked: true,
  }));
  const top = Math.min(0, ...placement.bands.map((box) => box.top));
  const bottom = Math.max(0, ...placement.bands.map((box) => box.bottom));
  const tickNodes = ticks.map((tick) => ({
    group: 'nodes' as const,
    data: { id: `tick:${tick.year}`, label: String(tick.year), height: bottom - top },
    position: { x: tick.x, y: (top + bottom) / 2 },
    classes: 'tick',
    selectable: false,
    grabbable: false,
    locked: true,
  }));
  return [...bands, ...tickNodes];
}

/** Zoom and pan that show the whole drawing, band labels included, with a margin. */
export function fitViewport(placement: Placement, ticks: YearTick[], width: number, height: number): { zoom: number; pan: { x: number; y: number } } {
  if (width <= 0 || height <= 0 || placement.positions.size === 0) return { zoom: 1, pan: { x: 0, y: 0 } };
  const xs = [...placement.positions.values()].map((p) => p.x).concat(ticks.map((tick) => tick.x));
  const ys = placement.bands.flatMap((box) => [box.top, box.bottom]);
  const left = Math.min(...xs) - BAND_MARGIN - BAND_LABEL_WIDTH;
  const right = Math.max(...xs) + BAND_MARGIN;
  const top = Math.min(...ys) - (ticks.length > 0 ? 30 : 0);
  const bottom = Math.max(...ys);
  const margin = 30;
  const zoom = Math.min(4, Math.max(0.02, Math.min((width - 2 * margin) / (right - left), (height - 2 * margin) / (bottom - top))));
  return { zoom, pan: { x: width / 2 - zoom * (left + right) / 2, y: height / 2 - zoom * (top + bottom) / 2 } };
}
