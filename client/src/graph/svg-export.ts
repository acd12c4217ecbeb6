// Builds an SVG picture of what the graph view shows, from positions and element data.
// Pure, so it is tested; every label is escaped, since labels come from documents.
import { escapeXml } from '../text-marks.ts';
import { BAND_FILLS, EDGE_COLOURS, FOCUS_COLOUR, SYSTEM_COLOURS, type SystemClass } from './palette.ts';
import type { Band } from '../levels.ts';

export interface SvgNode {
  x: number;
  y: number;
  label: string;
  shape: string;
  system: SystemClass;
  placeholder: boolean;
  unresolved: boolean;
  focus: boolean;
}

export interface SvgEdge {
  from: { x: number; y: number };
  to: { x: number; y: number };
  relation: 'implements' | 'cites';
}

export interface SvgBand {
  band: Band;
  label: string;
  top: number;
  bottom: number;
}

const HALF_W = 22;
const HALF_H = 16;

function shapeMarkup(node: SvgNode, paint: string): string {
  const { x, y } = node;
  const points = (pairs: [number, number][]): string =>
    `<polygon points="${pairs.map(([dx, dy]) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`).join(' ')}" ${paint}/>`;
  switch (node.shape) {
    case 'ellipse': return `<ellipse cx="${x}" cy="${y}" rx="${HALF_W}" ry="${HALF_H}" ${paint}/>`;
    case 'diamond': return points([[0, -HALF_H - 4], [HALF_W + 4, 0], [0, HALF_H + 4], [-HALF_W - 4, 0]]);
    case 'triangle': return points([[0, -HALF_H - 2], [HALF_W + 2, HALF_H], [-HALF_W - 2, HALF_H]]);
    case 'hexagon': return points([[-HALF_W, 0], [-HALF_W / 2, -HALF_H], [HALF_W / 2, -HALF_H], [HALF_W, 0], [HALF_W / 2, HALF_H], [-HALF_W / 2, HALF_H]]);
    case 'rectangle': return `<rect x="${x - HALF_W}" y="${y - HALF_H}" width="${HALF_W * 2}" height="${HALF_H * 2}" ${paint}/>`;
    default: return `<rect x="${x - HALF_W}" y="${y - HALF_H}" width="${HALF_W * 2}" height="${HALF_H * 2}" rx="7" ${paint}/>`;
  }
}

export function graphToSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], bands: readonly SvgBand[]): string {
  const xs = nodes.map((node) => node.x);
  const minX = (xs.length > 0 ? Math.min(...xs) : 0) - 200;
  const maxX = (xs.length > 0 ? Math.max(...xs) : 0) + 120;
  const top = bands.length > 0 ? Math.min(...bands.map((band) => band.top)) : Math.min(0, ...nodes.map((n) => n.y - 40));
  const bottom = bands.length > 0 ? Math.max(...bands.map((band) => band.bottom)) : Math.max(0, ...nodes.map((n) => n.y + 40));
  const width = maxX - minX;
  const height = bottom - top;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${top} ${width} ${height}" width="${Math.round(width)}" height="${Math.round(height)}" font-family="sans-serif">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#546e7a"/></marker></defs>',
    `<rect x="${minX}" y="${top}" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const band of bands) {
    parts.push(`<rect x="${minX}" y="${band.top}" width="${width}" height="${band.bottom - band.top}" fill="${BAND_FILLS[band.band]}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${minX + 10}" y="${band.top + 22}" font-size="16" font-weight="bold" fill="#555">${escapeXml(band.label)}</text>`);
  }
  for (const edge of edges) {
    const dash = edge.relation === 'cites' ? ' stroke-dasharray="6 4"' : '';
    parts.push(`<line x1="${edge.from.x}" y1="${edge.from.y}" x2="${edge.to.x}" y2="${edge.to.y}" stroke="${EDGE_COLOURS[edge.relation]}" stroke-width="1.5"${dash} marker-end="url(#arrow)"/>`);
  }
  for (const node of nodes) {
    const colour = SYSTEM_COLOURS[node.system];
    const fill = node.placeholder ? '#ffffff' : colour;
    const stroke = node.focus ? FOCUS_COLOUR : colour;
    const dash = node.unresolved ? ' stroke-dasharray="4 3"' : '';
    parts.push(shapeMarkup(node, `fill="${fill}" stroke="${stroke}" stroke-width="${node.focus ? 4 : 2}"${dash}`));
    parts.push(`<text x="${node.x}" y="${node.y + HALF_H + 14}" font-size="11" text-anchor="middle" fill="#212121">${escapeXml(node.label)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}
