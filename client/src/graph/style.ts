// The look of the graph: colour by issuing system, shape by document type (data.shape),
// solid implements and dashed cites, hollow placeholders, dashed outline when unresolved.
// Bands are wide background nodes drawn under everything else.
import type { StylesheetJson } from 'cytoscape';
import { BAND_FILLS, EDGE_COLOURS, FOCUS_COLOUR, SYSTEM_COLOURS } from './palette.ts';

export function graphStyle(large: boolean): StylesheetJson {
  const systems = Object.entries(SYSTEM_COLOURS).map(([system, colour]) => ({
    selector: `node.doc.${system}`,
    style: { 'background-color': colour, 'border-color': colour },
  }));
  const bands = Object.entries(BAND_FILLS).map(([band, fill]) => ({
    selector: `node.band.band-${band}`,
    style: { 'background-color': fill },
  }));
  return [
    { selector: '*', style: { 'z-index-compare': 'manual' } },
    {
      selector: 'node.doc',
      style: {
        'z-index': 3,
        shape: 'data(shape)' as never,
        width: 44,
        height: 32,
        'border-width': 2,
        label: 'data(label)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Ellipsis measures each label again and again: only affordable on small graphs.
        'text-wrap': large ? 'none' : 'ellipsis',
        'text-max-width': '140px',
        color: '#212121',
        'text-background-color': '#ffffff',
        'text-background-opacity': large ? 0 : 0.7,
        // Labels too small to read are not drawn: most of the cost of a zoomed-out view.
        'min-zoomed-font-size': large ? 9 : 6,
      },
    },
    ...systems,
    { selector: 'node.doc.placeholder', style: { 'background-color': '#ffffff', 'background-opacity': 1 } },
    { selector: 'node.doc.unresolved', style: { 'border-style': 'dashed', 'border-width': 3 } },
    { selector: 'node.doc.focus', style: { 'border-color': FOCUS_COLOUR, 'border-width': 5 } },
    { selector: 'node.doc:selected', style: { 'overlay-color': FOCUS_COLOUR, 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        'z-index': 2,
        width: 1.5,
        'curve-style': large ? 'haystack' : 'bezier',
        'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.9,
      },
    },
    { selector: 'edge.implements', style: { 'line-color': EDGE_COLOURS.implements, 'target-arrow-color': EDGE_COLOURS.implements } },
    { selector: 'edge.cites', style: { 'line-color': EDGE_COLOURS.cites, 'target-arrow-color': EDGE_COLOURS.cites, 'line-style': 'dashed' } },
    {
      selector: 'node.band',
      style: {
        'z-index': 0,
        shape: 'rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'border-width': 1,
        'border-color': '#e0e0e0',
        label: 'data(label)',
        'font-size': 18,
        'font-weight': 'bold',
        color: '#555555',
        'text-halign': 'left',
        'text-valign': 'center',
        'text-margin-x': -8,
        events: 'no',
      },
    },
    ...bands,
    {
      selector: 'node.tick',
      style: {
        'z-index': 1,
        shape: 'rectangle',
        width: 1,
        height: 'data(height)',
        'background-color': '#b0bec5',
        label: 'data(label)',
        'font-size': 14,
        color: '#455a64',
        'text-valign': 'top',
        events: 'no',
      },
    },
  ];
}
