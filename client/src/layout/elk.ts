// Asks the ELK worker for a layout; gives up (keeping the band layout) after a time limit.
import { snapToBands, type LayoutEdge, type LayoutNode, type Placement, type Point } from './geometry.ts';

const TIME_LIMIT_MS = 15_000;

export function elkLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Promise<Placement | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => {
      worker.terminate();
      resolve(null);
    }, TIME_LIMIT_MS);
    worker.onmessage = (event: MessageEvent<{ ok: boolean; positions?: [string, Point][] }>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data.ok && event.data.positions ? snapToBands(nodes, new Map(event.data.positions)) : null);
    };
    worker.onerror = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve(null);
    };
    worker.postMessage({ nodes: nodes.map((node) => ({ id: node.id })), edges: edges.map(({ source, target }) => ({ source, target })) });
  });
}
