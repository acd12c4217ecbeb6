// GraphML (for Gephi, yEd, Cytoscape desktop): every attribute declared once as a <key>,
// every value escaped, characters XML 1.0 forbids removed.
import type { Subgraph } from '../../store/port.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeRow, nodeRow } from './columns.ts';

// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(value: string): string {
  return value
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attributeType(column: string): string {
  if (column === 'placeholder') return 'boolean';
  if (column === 'start' || column === 'end') return 'int';
  return 'string';
}

function keyDeclarations(target: 'node' | 'edge', columns: readonly string[], skip: readonly string[]): string[] {
  return columns
    .filter((column) => !skip.includes(column))
    .map((column) => `  <key id="${target}_${column}" for="${target}" attr.name="${column}" attr.type="${attributeType(column)}"/>`);
}

function dataLines(target: 'node' | 'edge', row: Record<string, string | number | boolean | null>, skip: readonly string[]): string[] {
  return Object.entries(row)
    .filter(([column, value]) => value !== null && !skip.includes(column))
    .map(([column, value]) => `      <data key="${target}_${column}">${xmlEscape(String(value))}</data>`);
}

export function toGraphML(subgraph: Subgraph): string {
  const nodes = subgraph.nodes.flatMap((node) => [
    `    <node id="${xmlEscape(node.key)}">`, ...dataLines('node', nodeRow(node), ['key']), '    </node>',
  ]);
  const edges = subgraph.edges.flatMap((edge) => [
    `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.from)}" target="${xmlEscape(edge.to)}">`,
    ...dataLines('edge', edgeRow(edge), ['id', 'from', 'to']),
    '    </edge>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyDeclarations('node', NODE_COLUMNS, ['key']),
    ...keyDeclarations('edge', EDGE_COLUMNS, ['id', 'from', 'to']),
    '  <key id="graph_truncated" for="graph" attr.name="truncated" attr.type="boolean"/>',
    '  <graph id="G" edgedefault="directed">',
    `    <data key="graph_truncated">${subgraph.truncated}</data>`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
