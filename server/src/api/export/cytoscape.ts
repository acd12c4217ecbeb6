// Cytoscape's own JSON (`cy.json()` / `cy.add(elements)`): elements.nodes and
// elements.edges, each attribute under `data`, edges with `source` and `target`.
import type { Subgraph } from '../../store/port.ts';
import { edgeRow, nodeRow } from './columns.ts';

export function toCytoscapeJson(subgraph: Subgraph): object {
  return {
    data: { truncated: subgraph.truncated },
    elements: {
      nodes: subgraph.nodes.map((node) => {
        const { key, ...rest } = nodeRow(node);
        return { data: { id: key, ...rest } };
      }),
      edges: subgraph.edges.map((edge) => {
        const { from, to, ...rest } = edgeRow(edge);
        return { data: { ...rest, source: from, target: to } };
      }),
    },
  };
}
