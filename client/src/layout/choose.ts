// Which layout and renderer a graph gets, by its size. Small neighbourhoods get dagre
// (clear, a few milliseconds); medium graphs are drawn at once by the linear band layout
// and then refined by ELK in a Web Worker; big ones keep the band layout only, drawn by
// the WebGL renderer when the browser has it. Past the cap the view is refused, with a
// message that says how to narrow it, rather than freezing the page.

export const LIMITS = {
  /** Up to this many nodes + edges, dagre lays the graph out directly. */
  dagreMaxElements: 300,
  /** Up to this many, ELK refines the band layout in a worker. */
  elkMaxElements: 3000,
  /** From this many, the WebGL renderer draws the graph (when available). */
  webglFromElements: 3000,
  /** Beyond this many the graph is not drawn. */
  maxElements: 20000,
} as const;

export type LayoutPlan =
  | { kind: 'draw'; first: 'dagre' | 'bands'; refine: 'elk' | null; webgl: boolean; elements: number }
  | { kind: 'refuse'; elements: number; cap: number };

export function chooseLayout(nodeCount: number, edgeCount: number, webglAvailable = true): LayoutPlan {
  const elements = nodeCount + edgeCount;
  if (elements > LIMITS.maxElements) return { kind: 'refuse', elements, cap: LIMITS.maxElements };
  const webgl = webglAvailable && elements >= LIMITS.webglFromElements;
  if (elements <= LIMITS.dagreMaxElements) return { kind: 'draw', first: 'dagre', refine: null, webgl, elements };
  if (elements <= LIMITS.elkMaxElements) return { kind: 'draw', first: 'bands', refine: 'elk', webgl, elements };
  return { kind: 'draw', first: 'bands', refine: null, webgl, elements };
}
