// An edge's evidence as the reader sees it: the sentence with the cited span marked, the
// cue phrase, and which document's text says so.
import { h } from '../dom.ts';
import { highlightInSentence } from '../text-marks.ts';
import { documentLabel, type EvidenceEdge } from '../model.ts';
import { t } from '../i18n.ts';

export function highlightedSentence(sentence: string, surface: string): HTMLElement {
  return h('blockquote', { class: 'evidence' },
    highlightInSentence(sentence, surface).map((segment) => (segment.mark ? h('mark', {}, segment.text) : segment.text)));
}

export function docLink(key: string, label: string, onOpen: (key: string) => void): HTMLAnchorElement {
  return h('a', {
    href: `?doc=${encodeURIComponent(key)}`,
    'data-key': key,
    onclick: (event: Event) => {
      const mouse = event as MouseEvent;
      if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return;
      event.preventDefault();
      onOpen(key);
    },
  }, label);
}

/** One edge seen from `side`: the document at the other end, the relation, the evidence. */
export function evidenceItem(edge: EvidenceEdge, side: 'out' | 'in', onOpen: (key: string) => void): HTMLElement {
  const other = side === 'out' ? edge.to : edge.from;
  const relation = t(edge.relation === 'IMPLEMENTS' ? 'relationIMPLEMENTS' : 'relationCITES');
  const assertedElsewhere = edge.assertedBy.key !== edge.from.key;
  return h('li', { class: `edge-item ${edge.relation.toLowerCase()}` },
    h('div', { class: 'edge-head' },
      h('span', { class: `relation ${edge.relation.toLowerCase()}` }, relation), ' ',
      docLink(other.key, documentLabel(other), onOpen),
      other.placeholder ? h('span', { class: 'badge' }, '○') : null),
    edge.cue ? h('div', { class: 'cue' }, t('cue', { cue: edge.cue })) : null,
    highlightedSentence(edge.sentence, edge.surface),
    assertedElsewhere
      ? h('div', { class: 'asserted-by' }, t('assertedBy', { doc: documentLabel(edge.assertedBy) }))
      : null);
}
