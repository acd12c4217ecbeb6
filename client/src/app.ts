// The page: holds the view state (mirrored in the URL), loads what the state names, and
// hands it to the view that shows it.
import { h, fill, download } from './dom.ts';
import { ApiError, fetchDocument, fetchLineage } from './api.ts';
import { decodeState, encodeState, type ViewState } from './url-state.ts';
import { setLanguage, t, type MessageKey } from './i18n.ts';
import { lineageToElements, mergeLineages } from './graph/elements.ts';
import { GraphView } from './graph/view.ts';
import { documentLabel, type DocumentSummary, type Lineage } from './model.ts';
import type { Band } from './levels.ts';
import { createSearchBox } from './ui/search-box.ts';
import { createFilters, toSearchFilter } from './ui/filters.ts';
import { createLegend, createToolbar } from './ui/toolbar.ts';
import { createUpload } from './ui/upload.ts';
import { renderPanel } from './ui/panel.ts';
import { renderLists } from './ui/lists-view.ts';
import { renderText } from './ui/text-view.ts';
import { renderTrace } from './ui/trace-view.ts';
import { renderCoverage } from './ui/coverage-view.ts';
import { renderResults } from './ui/results-view.ts';
import { exportUrl } from './export-links.ts';

// The API serves at most 2,000 nodes per lineage (maxLineageNodes); bigger views come from expanding.
const LINEAGE_LIMIT = 2000;

export class App {
  private state: ViewState = decodeState(location.search);
  private lineage: { id: string; value: Lineage } | null = null;
  private selected: string | null = null;
  private ticket = 0;
  private readonly header = h('header', { class: 'top' });
  private readonly toolbar = h('div', { class: 'toolbar-row' });
  private readonly graphBox = h('div', { id: 'graph', class: 'graph', role: 'application' });
  private readonly nodeList = h('ul', { id: 'graph-nodes', class: 'node-list' });
  private readonly viewBox = h('div', { id: 'view', class: 'view' });
  private readonly panel = h('aside', { id: 'panel', class: 'panel', 'aria-labelledby': 'panel-title' });
  private readonly status = h('div', { id: 'status', role: 'status', 'aria-live': 'polite' });
  private readonly graph = new GraphView(this.graphBox, {
    onSelect: (key) => this.select(key),
    onExpand: (key) => void this.expand(key),
  });

  constructor(private readonly root: HTMLElement) {
    root.append(this.header, this.toolbar,
      h('main', { class: 'layout' }, h('section', { class: 'stage' }, this.status, this.graphBox, this.nodeList, this.viewBox), this.panel));
    window.addEventListener('popstate', () => {
      this.state = decodeState(location.search);
      this.buildChrome();
      void this.render();
    });
    this.buildChrome();
    void this.render();
    // A read-only handle for scripts that drive the page (the browser tests click nodes with it).
    (window as unknown as { policyGraph: unknown }).policyGraph = {
      nodeCentre: (key: string) => this.graph.nodeCentre(key),
      selected: () => this.selected,
    };
  }

  private navigate(change: Partial<ViewState>): void {
    const languageChanged = change.lang !== undefined && change.lang !== this.state.lang;
    this.state = { ...this.state, ...change };
    history.pushState(null, '', encodeState(this.state) || location.pathname);
    if (languageChanged || change.doc !== undefined || change.filters !== undefined) this.buildChrome();
    else this.syncToolbar();
    void this.render();
  }

  private open(key: string): void {
    this.selected = key;
    this.navigate({ doc: key, query: '', view: this.state.view === 'trace' ? 'graph' : this.state.view });
  }

  private buildChrome(): void {
    setLanguage(this.state.lang);
    document.documentElement.lang = this.state.lang;
    document.title = t('appTitle');
    this.graphBox.setAttribute('aria-label', t('graphLabel'));
    this.nodeList.setAttribute('aria-label', t('graphLabel'));
    const filter = (): ReturnType<typeof toSearchFilter> => toSearchFilter(this.state.filters);
    fill(this.header,
      h('div', { class: 'brand' }, h('h1', {}, t('appTitle')), h('span', { class: 'subtitle' }, t('appSubtitle'))),
      h('div', { class: 'find' },
        createSearchBox({
          id: 'search', label: t('searchLabel'), text: this.state.query, filter,
          onPick: (doc) => this.open(doc.key),
          onSubmit: (text) => this.navigate({ query: text, doc: null }),
        }),
        createFilters(this.state.filters, (filters) => this.navigate({ filters }))),
      createUpload(() => { this.lineage = null; void this.render(); }),
      h('button', { type: 'button', id: 'language', lang: this.state.lang === 'vi' ? 'en' : 'vi', onclick: () => this.navigate({ lang: this.state.lang === 'vi' ? 'en' : 'vi' }) }, t('language')));
    this.syncToolbar();
  }

  private syncToolbar(): void {
    fill(this.toolbar, createToolbar(this.state, {
      change: (change) => this.navigate(change),
      exportImage: (format) => void this.exportImage(format),
      exportData: (format) => { location.href = exportUrl(format, this.state); },
      share: () => void this.share(),
    }), createLegend());
    this.toolbar.hidden = this.state.doc === null;
  }

  private say(text: string, kind: 'info' | 'error' = 'info'): void {
    fill(this.status, text ? h('p', { class: kind }, text) : null);
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.say(error instanceof ApiError && error.kind === 'network' ? t('errorNetwork', { message }) : t('errorApi', { message }), 'error');
  }

  /** The lineage the state names; the lists always show both directions. */
  private async loadLineage(): Promise<Lineage> {
    const { doc, depth, view } = this.state;
    const direction = view === 'lists' ? 'BOTH' : this.state.direction;
    const id = `${doc}|${direction}|${depth}`;
    if (this.lineage?.id !== id) this.lineage = { id, value: await fetchLineage(doc!, direction, depth, LINEAGE_LIMIT) };
    return this.lineage.value;
  }

  private async render(): Promise<void> {
    const ticket = ++this.ticket;
    const { doc, view, query } = this.state;
    this.say('');
    const graphView = doc !== null && (view === 'graph' || view === 'timeline');
    this.graphBox.hidden = !graphView;
    this.viewBox.hidden = graphView;
    if (!graphView) this.graph.destroy();
    fill(this.nodeList);
    delete this.nodeList.dataset.lineage;
    if (doc === null) {
      fill(this.panel);
      this.panel.hidden = true;
      if (query) renderResults(this.viewBox, query, toSearchFilter(this.state.filters), (key) => this.open(key), (e) => this.fail(e));
      else fill(this.viewBox, h('p', { class: 'welcome' }, t('welcome')));
      return;
    }
    this.panel.hidden = false;
    this.say(t('loading'));
    this.selected ??= doc;
    void this.showPanel(this.selected);
    try {
      if (view === 'text') {
        const [detail, lineage] = await Promise.all([fetchDocument(doc), this.loadLineage().catch(() => null)]);
        if (ticket !== this.ticket) return;
        this.say('');
        if (detail) renderText(this.viewBox, detail, lineage, (key) => this.open(key));
        else this.say(t('notFound', { key: doc }), 'error');
        return;
      }
      if (view === 'coverage' || view === 'trace') {
        const focus = await this.summary(doc);
        if (ticket !== this.ticket) return;
        this.say('');
        if (!focus) return this.say(t('notFound', { key: doc }), 'error');
        if (view === 'coverage') renderCoverage(this.viewBox, focus, (key) => this.open(key), (e) => this.fail(e));
        else await this.showTrace(focus, ticket);
        return;
      }
      const lineage = await this.loadLineage();
      if (ticket !== this.ticket) return;
      this.say('');
      if (lineage.nodes.length === 0) return this.say(t('notFound', { key: doc }), 'error');
      if (view === 'lists') renderLists(this.viewBox, lineage, doc, (key) => this.open(key));
      else this.showGraph(lineage);
    } catch (error) {
      if (ticket === this.ticket) this.fail(error);
    }
  }

  private showGraph(lineage: Lineage): void {
    const outcome = this.graph.show(lineageToElements(lineage, this.state.doc), {
      mode: this.state.view === 'timeline' ? 'timeline' : 'flow',
      bandLabel: (band: Band) => t(`level${band}` as MessageKey),
    });
    if (outcome.kind === 'refuse') {
      this.say(t('refused', { count: outcome.elements, cap: outcome.cap }), 'error');
      return;
    }
    if (lineage.truncated) this.say(t('truncated'));
    else if (this.state.view === 'timeline' && lineage.nodes.every((node) => !node.date)) this.say(t('timelineNoDates'));
    this.graph.select(this.selected);
    // Which lineage the list mirrors, so scripts driving the page know the drawing is current.
    this.nodeList.dataset.lineage = this.lineage?.id ?? '';
    fill(this.nodeList, lineage.nodes.map((node) => h('li', {}, h('button', {
      type: 'button', 'data-key': node.key, onclick: () => { this.graph.select(node.key); this.select(node.key); },
    }, documentLabel(node)))));
  }

  private async summary(key: string): Promise<DocumentSummary | null> {
    return this.lineage?.value.nodes.find((node) => node.key === key) ?? (await fetchDocument(key));
  }

  private async showTrace(from: DocumentSummary, ticket: number): Promise<void> {
    const to = this.state.traceTo ? await this.summary(this.state.traceTo) : null;
    if (ticket !== this.ticket) return;
    renderTrace(this.viewBox, {
      from, to, filter: () => toSearchFilter(this.state.filters),
      pickFrom: (key) => this.navigate({ doc: key }),
      pickTo: (key) => this.navigate({ traceTo: key }),
      onOpen: (key) => this.open(key),
      onError: (error) => this.fail(error),
    });
  }

  private select(key: string | null): void {
    this.selected = key;
    if (key) void this.showPanel(key);
  }

  private async showPanel(key: string): Promise<void> {
    try {
      const detail = await fetchDocument(key);
      if (key !== this.selected || !detail) return;
      renderPanel(this.panel, detail, {
        open: (k) => this.open(k),
        expand: (k) => void this.expand(k),
        traceFrom: (k) => this.navigate({ doc: k, view: 'trace' }),
        close: () => { this.selected = null; fill(this.panel); },
      });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Adds a node's neighbours to the graph in view (not to the URL: a link names the lineage). */
  private async expand(key: string): Promise<void> {
    if (!this.lineage) return;
    try {
      const more = await fetchLineage(key, 'BOTH', 1, LINEAGE_LIMIT);
      this.lineage = { id: this.lineage.id, value: mergeLineages(this.lineage.value, more) };
      this.selected = key;
      if (this.state.view === 'graph' || this.state.view === 'timeline') this.showGraph(this.lineage.value);
    } catch (error) {
      this.fail(error);
    }
  }

  private async exportImage(format: 'png' | 'svg'): Promise<void> {
    const name = `${(this.state.doc ?? 'graph').replace(/[^\p{L}\p{N}]+/gu, '_')}.${format}`;
    try {
      const blob = format === 'png' ? await this.graph.exportPng() : new Blob([this.graph.exportSvg()], { type: 'image/svg+xml' });
      download(name, blob);
      this.say(t('exportedFile', { file: name }));
    } catch (error) {
      this.fail(error);
    }
  }

  private async share(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.say(t('shareCopied'));
    } catch {
      window.prompt(t('share'), location.href);
    }
  }
}
