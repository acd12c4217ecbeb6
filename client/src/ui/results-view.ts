// The results of a full search (Enter in the search box): a list to choose from.
import { h, fill } from '../dom.ts';
import { searchDocuments } from '../api.ts';
import { documentLabel, type SearchFilter } from '../model.ts';
import { t } from '../i18n.ts';
import { docLink } from './evidence.ts';
import { describe } from './search-box.ts';

export function renderResults(container: HTMLElement, query: string, filter: SearchFilter, onOpen: (key: string) => void, onError: (error: unknown) => void): void {
  fill(container, h('p', {}, t('loading')));
  searchDocuments(query, filter, 50).then(({ hits, totalCount }) => {
    fill(container,
      h('h2', {}, `“${query}”: ${t('resultsCount', { count: totalCount })}`),
      hits.length === 0 ? h('p', {}, t('noResults')) : h('ul', { class: 'results' }, hits.map((doc) =>
        h('li', {}, docLink(doc.key, documentLabel(doc), onOpen), doc.placeholder ? ' ○' : '', h('div', { class: 'suggestion-detail' }, describe(doc))))));
  }, (error: unknown) => {
    fill(container);
    onError(error);
  });
}
