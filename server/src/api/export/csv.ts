// RFC 4180 CSV of a subgraph's nodes or edges. A byte-order mark lets spreadsheet programs
// read the Vietnamese as UTF-8; cells that a spreadsheet would run as a formula are defused.
import type { Subgraph } from '../../store/port.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRow, nodeRow } from './columns.ts';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+@\t\r]/;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table<C extends string>(columns: readonly C[], rows: Record<C, string | number | boolean | null>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function nodesCsv(subgraph: Pick<Subgraph, 'nodes'>): string {
  return table(NODE_COLUMNS, subgraph.nodes.map(nodeRow));
}

export function edgesCsv(subgraph: Pick<Subgraph, 'edges'>): string {
  return table(EDGE_COLUMNS, subgraph.edges.map(edgeRow));
}
