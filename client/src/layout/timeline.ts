// The timeline view: the same documents, with their date on the x-axis and their level as
// the band. Documents of one band close in time are stacked into rows so they never
// overlap; documents without a date wait in a column to the left of the axis.
import { BANDS, type Band } from '../levels.ts';
import { GEOMETRY, append, stackBands, type Placement, type Point } from './geometry.ts';

export interface TimelineNode {
  id: string;
  band: Band;
  date: string | null;
}

export interface YearTick {
  year: number;
  x: number;
}

const DAY_MS = 86_400_000;
const MIN_GAP = 110;

function dayNumber(date: string): number | null {
  const time = Date.parse(date.length === 4 ? `${date}-01-01` : date);
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

/** Pixels per day: a few documents get a short axis (readable when fitted), many a long one. */
export function timelineScale(firstDay: number, lastDay: number, documents: number): number {
  const span = Math.max(1, lastDay - firstDay);
  const width = Math.min(2400, Math.max(480, documents * 150));
  return Math.min(20, Math.max(0.02, width / span));
}

export function timelineLayout(nodes: readonly TimelineNode[]): Placement & { ticks: YearTick[] } {
  const days = new Map<string, number>();
  for (const node of nodes) {
    const day = node.date ? dayNumber(node.date) : null;
    if (day !== null) days.set(node.id, day);
  }
  const dated = [...days.values()];
  const first = dated.length > 0 ? Math.min(...dated) : 0;
  const last = dated.length > 0 ? Math.max(...dated) : 0;
  const scale = timelineScale(first, last, dated.length);
  const xOf = (id: string): number => {
    const day = days.get(id);
    return day === undefined ? -MIN_GAP * 2 : (day - first) * scale;
  };

  // Greedy packing: each node takes the first row of its band where it clears the last one.
  const byBand = new Map<Band, TimelineNode[]>();
  for (const node of nodes) append(byBand, node.band, node);
  const rowOf = new Map<string, number>();
  const rowsPerBand = new Map<Band, number>();
  for (const band of BANDS) {
    const members = (byBand.get(band) ?? []).slice().sort((a, b) => xOf(a.id) - xOf(b.id));
    const rowEnds: number[] = [];
    for (const node of members) {
      const x = xOf(node.id);
      let row = rowEnds.findIndex((end) => x - end >= MIN_GAP);
      if (row === -1) row = rowEnds.push(x) - 1;
      else rowEnds[row] = x;
      rowOf.set(node.id, row);
    }
    if (members.length > 0) rowsPerBand.set(band, rowEnds.length);
  }
  const { boxes, firstRowY } = stackBands(rowsPerBand);
  const positions = new Map<string, Point>();
  for (const node of nodes) {
    positions.set(node.id, { x: xOf(node.id), y: (firstRowY.get(node.band) ?? 0) + (rowOf.get(node.id) ?? 0) * GEOMETRY.rowGap });
  }

  const ticks: YearTick[] = [];
  if (dated.length > 0) {
    const firstYear = new Date(first * DAY_MS).getUTCFullYear();
    const lastYear = new Date(last * DAY_MS).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 20));
    for (let year = firstYear; year <= lastYear + 1; year += step) {
      ticks.push({ year, x: (Math.floor(Date.UTC(year, 0, 1) / DAY_MS) - first) * scale });
    }
  }
  return { positions, bands: boxes, ticks };
}
