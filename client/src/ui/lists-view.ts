// Governing and implementing documents as sortable tables; a column header is a button,
// pressing it again reverses the order.
import { h, fill } from '../dom.ts';
import { governingRows, implementingRows, sortRows, type ListRow, type SortColumn } from '../lineage-lists.ts';
import { bandOf } from '../levels.ts';
import type { Lineage } from '../model.ts';
import { t, type MessageKey } from '../i18n.ts';
import { docLink } from './evidence.ts';

const COLUMNS: [SortColumn, MessageKey][] = [
  ['label', 'colDocument'], ['date', 'colDate'], ['issuer', 'colIssuer'],
  ['level', 'colLevel'], ['relation', 'colRelation'], ['distance', 'colDistance'],
];

function table(caption: string, rows: ListRow[], onOpen: (key: string) => void): HTMLElement {
  let column: SortColumn = 'distance';
  let ascending = true;
  const wrapper = h('section', { class: 'list-table' });
  const draw = (): void => {
    const sorted = sortRows(rows, column, ascending);
    const headers = COLUMNS.map(([name, label]) => h('th', {
      scope: 'col', 'aria-sort': name === column ? (ascending ? 'ascending' : 'descending') : 'none',
    }, h('button', {
      type: 'button', title: t('sortBy', { column: t(label) }),
      onclick: () => { ascending = name === column ? !ascending : true; column = name; draw(); },
    }, t(label), name === column ? (ascending ? ' ▲' : ' ▼') : '')));
    const body = sorted.map((row) => h('tr', {},
      h('td', {}, docLink(row.doc.key, row.label, onOpen), row.doc.placeholder ? ' ○' : ''),
      h('td', {}, row.doc.date ?? t('unknown')),
      h('td', {}, row.doc.issuer ?? t('unknown')),
      h('td', {}, t(`level${bandOf(row.doc)}` as MessageKey)),
      h('td', {}, t(row.relation === 'IMPLEMENTS' ? 'relationIMPLEMENTS' : 'relationCITES')),
      h('td', { class: 'num' }, row.distance)));
    fill(wrapper, h('h2', {}, `${caption} (${rows.length})`),
      rows.length === 0 ? h('p', {}, t('noEdges')) : h('table', {}, h('thead', {}, h('tr', {}, headers)), h('tbody', {}, body)));
  };
  draw();
  return wrapper;
}

export function renderLists(container: HTMLElement, lineage: Lineage, focus: string, onOpen: (key: string) => void): void {
  fill(container,
    table(t('governingDocs'), governingRows(lineage, focus), onOpen),
    table(t('implementingDocs'), implementingRows(lineage, focus), onOpen));
}
