// Coverage of a central document: which provinces implemented it, when, with what lag,
// and which have not yet (as far as the graph knows).
import { h, fill } from '../dom.ts';
import { fetchCoverage } from '../api.ts';
import { bandOf } from '../levels.ts';
import { documentLabel, type DocumentSummary } from '../model.ts';
import { t, type MessageKey } from '../i18n.ts';
import { docLink } from './evidence.ts';

export function renderCoverage(container: HTMLElement, doc: DocumentSummary, onOpen: (key: string) => void, onError: (error: unknown) => void): void {
  fill(container, h('h2', {}, t('coverageTitle', { doc: documentLabel(doc) })), h('p', {}, t('loading')));
  const band = bandOf(doc);
  fetchCoverage(doc.key).then((coverage) => {
    const rows = coverage.provinces.map((row) => h('tr', {},
      h('th', { scope: 'row' }, row.province),
      h('td', {}, docLink(row.first.document.key, documentLabel(row.first.document), onOpen)),
      h('td', {}, row.first.date ?? t('unknown')),
      h('td', { class: 'num' }, row.first.lagDays ?? t('unknown')),
      h('td', { class: 'num' }, row.first.hops),
      h('td', { class: 'num' }, row.documents)));
    fill(container,
      h('h2', {}, t('coverageTitle', { doc: documentLabel(coverage.source) })),
      band !== 'CENTRAL' ? h('p', { class: 'note' }, t('coverageNotCentral', { level: t(`level${band}` as MessageKey) })) : null,
      h('p', { class: 'coverage-summary' },
        h('strong', {}, t('coverageImplemented', { count: coverage.provinces.length })), ' · ',
        t('coverageMissing', { count: coverage.missingProvinces.length })),
      coverage.truncated ? h('p', { class: 'note' }, t('truncated')) : null,
      rows.length === 0 ? h('p', {}, t('coverageNone')) : h('table', { class: 'coverage' },
        h('thead', {}, h('tr', {}, [t('colProvince'), t('colDocument'), t('colDate'), t('colLag'), t('colDistance'), '#'].map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', {}, rows)),
      coverage.missingProvinces.length > 0
        ? h('details', { class: 'missing' }, h('summary', {}, t('coverageMissing', { count: coverage.missingProvinces.length })),
          h('ul', { class: 'province-list' }, coverage.missingProvinces.map((name) => h('li', {}, name))))
        : null);
  }, (error: unknown) => {
    fill(container);
    onError(error);
  });
}
