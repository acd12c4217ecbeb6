// The graph view: draws elements in level bands with the layout and renderer their size
// calls for, reports selection and expansion, exports PNG and SVG. The rest of the page
// talks to it only through this class.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { chooseLayout, type LayoutPlan } from '../layout/choose.ts';
import { bandLayout } from '../layout/bands.ts';
import { dagreLayout } from '../layout/dagre.ts';
import { elkLayout } from '../layout/elk.ts';
import { timelineLayout, type YearTick } from '../layout/timeline.ts';
import type { Placement } from '../layout/geometry.ts';
import type { Band } from '../levels.ts';
import type { GraphElement, GraphNode, GraphEdge } from './elements.ts';
import { graphStyle } from './style.ts';
import { graphToSvg, type SvgNode } from './svg-export.ts';
import { backgroundElements, fitViewport, LARGE_FROM } from './backdrop.ts';
import { webglAvailable } from './webgl.ts';
import type { SystemClass } from './palette.ts';
import { moveSelection } from './keyboard.ts';

export interface ShowOptions {
  mode: 'flow' | 'timeline';
  bandLabel: (band: Band) => string;
  /** Overrides the renderer chosen by size (the benchmark compares them). */
  renderer?: 'canvas' | 'webgl';
}

export type ShowOutcome =
  | { kind: 'shown'; elements: number; layout: string; renderer: 'webgl' | 'canvas' }
  | Extract<LayoutPlan, { kind: 'refuse' }>;

export interface GraphViewHandlers {
  onSelect: (key: string | null) => void;
  onExpand: (key: string) => void;
}

export class GraphView {
  private cy: Core | null = null;
  private generation = 0;
  private current: { nodes: GraphNode[]; edges: GraphEdge[]; placement: Placement; options: ShowOptions } | null = null;

  constructor(private readonly container: HTMLElement, private readonly handlers: GraphViewHandlers) {
    container.tabIndex = 0;
    container.addEventListener('keydown', (event) => this.onKey(event));
    // The page around the graph changes (side panel, phone rotation): keep the canvas in step.
    new ResizeObserver(() => this.cy?.resize()).observe(container);
  }

  show(elements: readonly GraphElement[], options: ShowOptions): ShowOutcome {
    const generation = ++this.generation;
    const nodes = elements.filter((el): el is GraphNode => el.group === 'nodes');
    const edges = elements.filter((el): el is GraphEdge => el.group === 'edges');
    const webglWanted = options.renderer === undefined ? webglAvailable() : options.renderer === 'webgl';
    const chosen = chooseLayout(nodes.length, edges.length, webglWanted);
    const plan = chosen.kind === 'draw' && options.renderer ? { ...chosen, webgl: options.renderer === 'webgl' } : chosen;
    this.destroy();
    if (plan.kind === 'refuse') return plan;

    const layoutNodes = nodes.map((node) => ({ id: node.data.id, band: node.data.band }));
    const layoutEdges = edges.map((edge) => ({ source: edge.data.source, target: edge.data.target }));
    let ticks: YearTick[] = [];
    let placement: Placement;
    let layout: string;
    if (options.mode === 'timeline') {
      const timeline = timelineLayout(nodes.map((node) => ({ id: node.data.id, band: node.data.band, date: node.data.date })));
      ({ ticks } = timeline);
      placement = timeline;
      layout = 'timeline';
    } else if (plan.first === 'dagre') {
      placement = dagreLayout(layoutNodes, layoutEdges);
      layout = 'dagre';
    } else {
      placement = bandLayout(layoutNodes, layoutEdges);
      layout = plan.refine && options.mode === 'flow' ? 'bands+elk' : 'bands';
    }

    const large = plan.elements >= LARGE_FROM;
    const definitions: ElementDefinition[] = [
      ...backgroundElements(placement, options.bandLabel, ticks),
      ...nodes.map((node) => ({ ...node, position: placement.positions.get(node.data.id) ?? { x: 0, y: 0 } })),
      ...edges,
    ];
    this.cy = cytoscape({
      container: this.container,
      elements: definitions,
      style: graphStyle(large),
      // The viewport is computed from our own positions: fitting would measure every label.
      layout: { name: 'preset', fit: false },
      ...fitViewport(placement, ticks, this.container.clientWidth, this.container.clientHeight),
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      motionBlur: false,
      textureOnViewport: large && !plan.webgl,
      hideEdgesOnViewport: large && !plan.webgl,
      pixelRatio: large ? 1 : 'auto',
      // In a big graph a drag anywhere pans: moving one of thousands of nodes helps no one.
      autoungrabify: large,
      ...({ renderer: { name: 'canvas', webgl: plan.webgl } } as object),
    });
    if (large) this.cy.nodes().panify();
    this.current = { nodes, edges, placement, options };
    this.cy.on('tap', 'node.doc', (event) => this.handlers.onSelect(event.target.id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.handlers.onSelect(null);
    });
    this.cy.on('dbltap', 'node.doc', (event) => this.handlers.onExpand(event.target.id()));
    this.container.dataset.nodes = String(nodes.length);
    this.container.dataset.layout = layout;

    if (layout === 'bands+elk') {
      // Only once the band layout is on screen: the worker must not delay the first picture.
      requestAnimationFrame(() => setTimeout(() => {
        if (generation !== this.generation) return;
        void elkLayout(layoutNodes, layoutEdges).then((refined) => {
          if (refined && generation === this.generation) this.applyPlacement(refined, ticks);
        });
      }, 50));
    }
    return { kind: 'shown', elements: plan.elements, layout, renderer: plan.webgl ? 'webgl' : 'canvas' };
  }

  private applyPlacement(placement: Placement, ticks: YearTick[]): void {
    const cy = this.cy;
    const current = this.current;
    if (!cy || !current) return;
    cy.batch(() => {
      cy.nodes('.band, .tick').remove();
      cy.add(backgroundElements(placement, current.options.bandLabel, ticks));
      for (const [id, position] of placement.positions) cy.getElementById(id).position(position);
    });
    cy.fit(undefined, 30);
    current.placement = placement;
    this.container.dataset.layout = 'elk';
  }

  /** Marks a node selected and brings it into view, without telling the handlers again. */
  select(key: string | null): void {
    const cy = this.cy;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (!key) return;
    const node = cy.getElementById(key);
    if (node.nonempty()) {
      node.select();
      if (!node.renderedBoundingBox().w || !this.isVisible(key)) cy.center(node);
    }
  }

  private isVisible(key: string): boolean {
    const cy = this.cy;
    if (!cy) return false;
    const box = cy.extent();
    const { x, y } = cy.getElementById(key).position();
    return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
  }

  private onKey(event: KeyboardEvent): void {
    const cy = this.cy;
    if (!cy) return;
    const selected = cy.$('node.doc:selected').first();
    if (event.key === 'Enter' && selected.nonempty()) this.handlers.onExpand(selected.id());
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '0') cy.fit(undefined, 30);
    else if (event.key.startsWith('Arrow')) {
      const points = cy.nodes('.doc').map((node) => ({ id: node.id(), ...node.position() }));
      const next = moveSelection(points, selected.nonempty() ? selected.id() : null, event.key);
      if (next) {
        this.select(next);
        this.handlers.onSelect(next);
      }
    } else return;
    event.preventDefault();
  }

  async exportPng(): Promise<Blob> {
    if (!this.cy) throw new Error('Nothing to export.');
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  }

  exportSvg(): string {
    const cy = this.cy;
    const current = this.current;
    if (!cy || !current) throw new Error('Nothing to export.');
    const nodes: SvgNode[] = current.nodes.map((node) => {
      const classes = new Set(node.classes.split(' '));
      const system = (['party', 'state', 'mass'].find((name) => classes.has(name)) ?? 'nosystem') as SystemClass;
      return {
        ...cy.getElementById(node.data.id).position(),
        label: node.data.label,
        shape: node.data.shape,
        system,
        placeholder: classes.has('placeholder'),
        unresolved: classes.has('unresolved'),
        focus: classes.has('focus'),
      };
    });
    const edges = current.edges.map((edge) => ({
      from: cy.getElementById(edge.data.source).position(),
      to: cy.getElementById(edge.data.target).position(),
      relation: edge.data.relation,
    }));
    const bands = current.placement.bands.map((box) => ({ ...box, label: current.options.bandLabel(box.band) }));
    return graphToSvg(nodes, edges, bands);
  }

  /** Where a node is drawn, in page coordinates (for tests and scripts driving the page). */
  nodeCentre(key: string): { x: number; y: number } | null {
    const node = this.cy?.getElementById(key);
    if (!node || node.empty()) return null;
    const box = this.container.getBoundingClientRect();
    const { x, y } = node.renderedPosition();
    return { x: box.left + x, y: box.top + y };
  }

  /** The core, for the benchmark page only. */
  core(): Core | null {
    return this.cy;
  }

  destroy(): void {
    this.cy?.destroy();
    this.cy = null;
    this.current = null;
  }
}
