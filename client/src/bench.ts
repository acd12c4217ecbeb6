// The benchmark page (bench.html): the real graph view fed synthetic lineages, driven by
// scripts/bench-client.ts through window.bench.
import { GraphView } from './graph/view.ts';
import { lineageToElements } from './graph/elements.ts';
import { syntheticLineage } from './synthetic.ts';

const view = new GraphView(document.getElementById('graph')!, { onSelect: () => {}, onExpand: () => {} });

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

declare global {
  interface Window {
    bench: {
      render(elements: number, renderer?: 'canvas' | 'webgl'): Promise<{ ms: number; layout: string; renderer: string; elements: number }>;
      pan(durationMs: number): Promise<{ fps: number; frames: number }>;
      startFrames(): void;
      stopFrames(): { fps: number; frames: number };
    };
  }
}

let counting = false;
let counted = 0;
let countStart = 0;
function countFrame(): void {
  if (!counting) return;
  counted++;
  requestAnimationFrame(countFrame);
}

window.bench = {
  /** Frames the page produces while the benchmark drags the graph with the mouse. */
  startFrames() {
    counting = true;
    counted = 0;
    countStart = performance.now();
    requestAnimationFrame(countFrame);
  },
  stopFrames() {
    counting = false;
    return { fps: (counted * 1000) / (performance.now() - countStart), frames: counted };
  },
  async render(elements, renderer) {
    const lineage = syntheticLineage(elements);
    const start = performance.now();
    const outcome = view.show(lineageToElements(lineage, lineage.nodes[0]?.key ?? null), { mode: 'flow', bandLabel: (band) => band, renderer });
    // First render = the frame after the one in which the elements were drawn.
    await nextFrame();
    await nextFrame();
    const ms = performance.now() - start;
    if (outcome.kind === 'refuse') throw new Error(`refused ${outcome.elements}`);
    return { ms, layout: outcome.layout, renderer: outcome.renderer, elements: outcome.elements };
  },
  async pan(durationMs) {
    const cy = view.core();
    if (!cy) throw new Error('nothing shown');
    let frames = 0;
    const start = performance.now();
    let last = start;
    while (last - start < durationMs) {
      cy.panBy({ x: 7, y: frames % 40 < 20 ? 3 : -3 });
      last = await nextFrame();
      frames++;
    }
    return { fps: (frames * 1000) / (last - start), frames };
  },
};
