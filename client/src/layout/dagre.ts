// Small neighbourhoods: dagre's layered layout (governing documents first, so they rank
// above the documents that implement them), then snapped into the level bands.
import dagre from '@dagrejs/dagre';
import { snapToBands, type LayoutEdge, type LayoutNode, type Placement, type Point } from './geometry.ts';

export function dagreLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Placement {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 70, edgesep: 10 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: 90, height: 40 });
  edges.forEach((edge, index) => {
    if (edge.source !== edge.target) graph.setEdge(edge.target, edge.source, {}, `e${index}`);
  });
  dagre.layout(graph);
  const positions = new Map<string, Point>();
  for (const node of nodes) {
    const placed = graph.node(node.id);
    positions.set(node.id, { x: placed?.x ?? 0, y: placed?.y ?? 0 });
  }
  return snapToBands(nodes, positions);
}
