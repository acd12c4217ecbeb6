// Runs ELK's layered layout off the page's thread, so a medium graph stays responsive
// while it is refined. Receives nodes and edges, answers with node centres.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutEdge, Point } from './geometry.ts';

interface Request {
  nodes: { id: string }[];
  edges: LayoutEdge[];
}

const elk = new ELK();

self.onmessage = async (event: MessageEvent<Request>) => {
  const { nodes, edges } = event.data;
  try {
    const result = await elk.layout({
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.spacing.nodeNode': '40',
        'elk.layered.spacing.nodeNodeBetweenLayers': '60',
        'elk.layered.cycleBreaking.strategy': 'GREEDY',
      },
      children: nodes.map((node) => ({ id: node.id, width: 90, height: 40 })),
      // Governing document first, so that it is laid out above those implementing it.
      edges: edges.map((edge, index) => ({ id: `e${index}`, sources: [edge.target], targets: [edge.source] })),
    });
    const positions: [string, Point][] = (result.children ?? []).map((child) => [
      child.id,
      { x: (child.x ?? 0) + (child.width ?? 0) / 2, y: (child.y ?? 0) + (child.height ?? 0) / 2 },
    ]);
    self.postMessage({ ok: true, positions });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
