// Tracing: two documents, and the chain of edges between them with each hop's evidence.
import { h, fill } from '../dom.ts';
import { fetchPaths } from '../api.ts';
import { documentLabel, type DocumentSummary, type SearchFilter } from '../model.ts';
import { t } from '../i18n.ts';
import { createSearchBox } from './search-box.ts';
import { docLink, highlightedSentence } from './evidence.ts';

export interface TraceInput {
  from: DocumentSummary | null;
  to: DocumentSummary | null;
  filter: () => SearchFilter;
  pickFrom: (key: string) => void;
  pickTo: (key: string) => void;
  onOpen: (key: string) => void;
  onError: (error: unknown) => void;
}

const MAX_DEPTH = 8;

export function renderTrace(container: HTMLElement, input: TraceInput): void {
  const result = h('div', { class: 'trace-result', 'aria-live': 'polite' });
  fill(container,
    h('h2', {}, t('viewTrace')),
    h('div', { class: 'trace-pickers' },
      h('div', {}, h('span', { class: 'picker-label' }, t('traceFrom')),
        createSearchBox({ id: 'trace-from', label: t('traceFrom'), text: input.from ? documentLabel(input.from) : '', filter: input.filter, onPick: (doc) => input.pickFrom(doc.key) })),
      h('div', {}, h('span', { class: 'picker-label' }, t('traceTo')),
        createSearchBox({ id: 'trace-to', label: t('traceTo'), text: input.to ? documentLabel(input.to) : '', filter: input.filter, onPick: (doc) => input.pickTo(doc.key) }))),
    result);
  if (!input.from || !input.to) return;
  fill(result, t('loading'));
  fetchPaths(input.from.key, input.to.key, MAX_DEPTH).then((paths) => {
    const path = paths[0];
    if (!path) {
      fill(result, h('p', { class: 'note' }, t('traceNone', { depth: MAX_DEPTH })));
      return;
    }
    fill(result, h('ol', { class: 'hops' }, path.hops.map((hop, index) => h('li', { class: 'hop' },
      h('div', { class: 'edge-head' },
        t('traceHop', { index: index + 1 }), ' ',
        docLink(hop.from.key, documentLabel(hop.from), input.onOpen), ' ',
        h('span', { class: `relation ${hop.relation.toLowerCase()}` }, t(hop.relation === 'IMPLEMENTS' ? 'relationIMPLEMENTS' : 'relationCITES')), ' ',
        docLink(hop.to.key, documentLabel(hop.to), input.onOpen)),
      hop.cue ? h('div', { class: 'cue' }, t('cue', { cue: hop.cue })) : null,
      highlightedSentence(hop.sentence, hop.surface),
      hop.assertedBy.key !== hop.from.key ? h('div', { class: 'asserted-by' }, t('assertedBy', { doc: documentLabel(hop.assertedBy) })) : null))));
  }, (error: unknown) => {
    fill(result);
    input.onError(error);
  });
}
