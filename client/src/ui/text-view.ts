// The full text of a document with every mention of another document marked and linked.
import { h, fill } from '../dom.ts';
import { markSpans, referenceSpans } from '../text-marks.ts';
import { documentLabel, type DocumentDetail, type DocumentSummary, type Lineage } from '../model.ts';
import { t } from '../i18n.ts';

/**
 * Documents this text names in relations between two others ("39-CTr/TU … thực hiện Nghị
 * quyết số 25-NQ/TW"): those edges belong to other documents, so only the lineage knows
 * them; their numbers are marked wherever they occur.
 */
function statedElsewhere(doc: DocumentDetail, lineage: Lineage | null): DocumentSummary[] {
  if (!lineage) return [];
  const byKey = new Map(lineage.nodes.map((node) => [node.key, node]));
  return lineage.edges
    .filter((edge) => edge.assertedBy === doc.key && edge.from !== doc.key && edge.to !== doc.key)
    .flatMap((edge) => [byKey.get(edge.from), byKey.get(edge.to)])
    .filter((node): node is DocumentSummary => node !== undefined && node.number !== null);
}

export function renderText(container: HTMLElement, doc: DocumentDetail, lineage: Lineage | null, onOpen: (key: string) => void): void {
  if (!doc.text) {
    fill(container, h('h2', {}, documentLabel(doc)), h('p', { class: 'note' }, t('noText')));
    return;
  }
  // Offsets are into the asserting document's text: only its own edges point into this text.
  const own = [...doc.references, ...doc.referencedBy].filter((edge) => edge.assertedBy.key === doc.key);
  const references = own.flatMap((edge) => {
    const target = edge.to.key === doc.key ? edge.from : edge.to;
    return [{ surface: edge.surface, start: edge.start, end: edge.end, number: target.number, mark: target }];
  });
  for (const other of statedElsewhere(doc, lineage)) {
    references.push({ surface: other.number!, start: 0, end: 0, number: other.number, mark: other });
  }
  const segments = markSpans(doc.text, referenceSpans(doc.text, references));
  const marked = segments.filter((segment) => segment.mark).length;
  fill(container,
    h('h2', {}, documentLabel(doc)),
    h('p', { class: 'note' }, t('textReferences', { count: marked })),
    h('pre', { class: 'full-text', tabindex: 0 }, segments.map((segment) => {
      const target = segment.mark;
      if (!target) return segment.text;
      return h('a', {
        class: `ref ${target.placeholder ? 'placeholder' : ''}`, href: `?doc=${encodeURIComponent(target.key)}`,
        title: documentLabel(target), 'data-key': target.key,
        onclick: (event: Event) => { event.preventDefault(); onOpen(target.key); },
      }, h('mark', {}, segment.text));
    })));
}
