// The full text of a document with every mention of another document marked and linked.
import { h, fill } from '../dom.ts';
import { markSpans, referenceSpans } from '../text-marks.ts';
import { documentLabel, type DocumentDetail } from '../model.ts';
import { t } from '../i18n.ts';

export function renderText(container: HTMLElement, doc: DocumentDetail, onOpen: (key: string) => void): void {
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
