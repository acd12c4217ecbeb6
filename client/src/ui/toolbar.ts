// The controls above the stage: direction, depth, the views, export and share.
import { h } from '../dom.ts';
import { VIEWS, MAX_DEPTH, type ViewName, type ViewState } from '../url-state.ts';
import type { Direction } from '../model.ts';
import type { DataFormat } from '../export-links.ts';
import { t, type MessageKey } from '../i18n.ts';
import { TYPE_SHAPES } from '../graph/elements.ts';

/** A glyph close to each Cytoscape shape, for the legend. */
const SHAPE_GLYPHS: Record<string, string> = {
  ellipse: '⬭', diamond: '◇', hexagon: '⬡', 'round-rectangle': '▢', rectangle: '▭', triangle: '△',
  pentagon: '⬠', tag: '⬟', vee: '⋁', star: '☆', octagon: '⯃', rhomboid: '▱',
};

export interface ToolbarActions {
  change: (change: Partial<ViewState>) => void;
  exportImage: (format: 'png' | 'svg') => void;
  exportData: (format: DataFormat) => void;
  share: () => void;
}

const VIEW_LABELS: Record<ViewName, MessageKey> = {
  graph: 'viewGraph', lists: 'viewLists', text: 'viewText', trace: 'viewTrace', coverage: 'viewCoverage', timeline: 'viewTimeline',
};

export function createToolbar(state: ViewState, actions: ToolbarActions): HTMLElement {
  const direction = h('select', { id: 'direction' }, (['UP', 'DOWN', 'BOTH'] as Direction[]).map((value) =>
    h('option', { value, selected: state.direction === value }, t(`direction${value}` as MessageKey))));
  direction.addEventListener('change', () => actions.change({ direction: direction.value as Direction }));
  const depth = h('input', { id: 'depth', type: 'number', min: 1, max: MAX_DEPTH, value: state.depth, class: 'depth' });
  depth.addEventListener('change', () => {
    const value = Math.round(Number(depth.value));
    if (value >= 1 && value <= MAX_DEPTH) actions.change({ depth: value });
  });
  const tabs = h('div', { class: 'tabs', role: 'group', 'aria-label': t('views') }, VIEWS.map((view) =>
    h('button', { type: 'button', 'data-view': view, 'aria-pressed': String(state.view === view), onclick: () => actions.change({ view }) }, t(VIEW_LABELS[view]))));
  const exportMenu = h('details', { class: 'export' },
    h('summary', {}, t('export')),
    h('div', { class: 'menu' },
      h('button', { type: 'button', 'data-export': 'png', onclick: () => actions.exportImage('png') }, t('exportPng')),
      h('button', { type: 'button', 'data-export': 'svg', onclick: () => actions.exportImage('svg') }, t('exportSvg')),
      h('button', { type: 'button', 'data-export': 'graphml', onclick: () => actions.exportData('graphml') }, t('exportGraphml')),
      h('button', { type: 'button', 'data-export': 'csv-nodes', onclick: () => actions.exportData('csv-nodes') }, t('exportCsvNodes')),
      h('button', { type: 'button', 'data-export': 'csv-edges', onclick: () => actions.exportData('csv-edges') }, t('exportCsvEdges')),
      h('button', { type: 'button', 'data-export': 'json', onclick: () => actions.exportData('json') }, t('exportJson'))));
  return h('nav', { class: 'toolbar', 'aria-label': t('views') },
    h('label', { for: 'direction' }, t('direction')), direction,
    h('label', { for: 'depth' }, t('depth')), depth,
    tabs, exportMenu,
    h('button', { type: 'button', id: 'share', onclick: actions.share }, t('share')));
}

export function createLegend(): HTMLElement {
  const swatch = (className: string, label: string): HTMLElement => h('li', {}, h('span', { class: `swatch ${className}`, 'aria-hidden': 'true' }), label);
  return h('details', { class: 'legend' },
    h('summary', {}, t('legend')),
    h('ul', {},
      swatch('party', t('systemPARTY')), swatch('state', t('systemSTATE')), swatch('mass', t('systemMASS')),
      swatch('line implements', t('legendImplements')), swatch('line cites', t('legendCites')),
      swatch('hollow', t('legendPlaceholder')), swatch('unresolved', t('legendUnresolved'))),
    h('ul', { class: 'shapes' }, TYPE_SHAPES.map(([, shape, name]) =>
      h('li', {}, h('span', { class: 'glyph', 'aria-hidden': 'true' }, SHAPE_GLYPHS[shape] ?? '•'), name))),
    h('p', {}, t('expandHint')));
}
