// The side panel: a document's metadata, and every edge touching it with the sentence it
// was read from.
import { h, fill } from '../dom.ts';
import { documentLabel, isUnresolved, type DocumentDetail } from '../model.ts';
import { bandOf } from '../levels.ts';
import { t, type MessageKey } from '../i18n.ts';
import { docLink, evidenceItem } from './evidence.ts';

export interface PanelActions {
  open: (key: string) => void;
  expand: (key: string) => void;
  traceFrom: (key: string) => void;
  close: () => void;
}

function field(label: MessageKey, value: string | null | undefined): HTMLElement[] {
  return [h('dt', {}, t(label)), h('dd', {}, value || t('unknown'))];
}

export function renderPanel(container: HTMLElement, doc: DocumentDetail, actions: PanelActions): void {
  const system = doc.system ? t(`system${doc.system}` as MessageKey) : null;
  const level = t(`level${bandOf(doc)}` as MessageKey);
  const outgoing = doc.references;
  const incoming = doc.referencedBy;
  fill(container,
    h('div', { class: 'panel-head' },
      h('h2', { id: 'panel-title' }, documentLabel(doc)),
      h('button', { type: 'button', class: 'icon', 'aria-label': t('close'), onclick: actions.close }, '×')),
    doc.title ? h('p', { class: 'doc-title' }, doc.title) : null,
    doc.placeholder ? h('p', { class: 'note' }, t('placeholderNote')) : null,
    isUnresolved(doc) && (doc.candidates?.length ?? 0) > 0
      ? h('div', { class: 'note' }, t('unresolvedNote'),
        h('ul', {}, (doc.candidates ?? []).map((candidate) => h('li', {}, docLink(candidate.key, candidate.key, actions.open)))))
      : null,
    h('dl', { class: 'fields' },
      field('fieldType', doc.type), field('fieldNumber', doc.number), field('fieldIssuer', doc.issuer),
      field('fieldDate', doc.date), field('fieldPlace', doc.place), field('fieldLevel', level),
      field('fieldProvince', doc.province), field('fieldSystem', system), field('fieldTerm', doc.term),
      field('fieldKey', doc.key), doc.source ? field('fieldSource', doc.source) : null),
    h('div', { class: 'panel-actions' },
      h('button', { type: 'button', onclick: () => actions.open(doc.key) }, t('focusHere')),
      h('button', { type: 'button', onclick: () => actions.expand(doc.key) }, t('expand')),
      h('button', { type: 'button', onclick: () => actions.traceFrom(doc.key) }, t('traceFromHere'))),
    h('h3', {}, t('referencesOut')),
    outgoing.length > 0 ? h('ul', { class: 'edges' }, outgoing.map((edge) => evidenceItem(edge, 'out', actions.open))) : h('p', {}, t('noEdges')),
    h('h3', {}, t('referencesIn')),
    incoming.length > 0 ? h('ul', { class: 'edges' }, incoming.map((edge) => evidenceItem(edge, 'in', actions.open))) : h('p', {}, t('noEdges')));
}
