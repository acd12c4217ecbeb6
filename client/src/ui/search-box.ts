// A search box that suggests documents as one types (an ARIA combobox): arrow keys move
// through the suggestions, Enter picks one, Escape closes them. The server does the
// matching, so "nghi quyet 41", "41-NQ/TW" and "Nghị quyết 41" all find the same document.
import { h } from '../dom.ts';
import { searchDocuments } from '../api.ts';
import { documentLabel, type DocumentSummary, type SearchFilter } from '../model.ts';
import { t } from '../i18n.ts';

export interface SearchBoxOptions {
  id: string;
  label: string;
  text: string;
  filter: () => SearchFilter;
  onPick: (doc: DocumentSummary) => void;
  /** Enter without a suggestion chosen: a full search. */
  onSubmit?: (text: string) => void;
}

const DEBOUNCE_MS = 150;

export function describe(doc: DocumentSummary): string {
  return [doc.issuer, doc.date].filter(Boolean).join(' · ') || doc.title || '';
}

export function createSearchBox(options: SearchBoxOptions): HTMLElement {
  const listId = `${options.id}-list`;
  const input = h('input', {
    id: options.id, type: 'search', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': listId, placeholder: t('searchPlaceholder'), value: options.text,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': options.label });
  let suggestions: DocumentSummary[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (doc: DocumentSummary): void => {
    close();
    input.value = documentLabel(doc);
    options.onPick(doc);
  };
  const highlight = (index: number): void => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
  };
  const render = (): void => {
    list.replaceChildren(...suggestions.map((doc, index) =>
      h('li', { id: `${listId}-${index}`, role: 'option', 'aria-selected': 'false', 'data-key': doc.key,
        onmousedown: (event: Event) => { event.preventDefault(); pick(doc); } },
        h('span', { class: 'suggestion-label' }, documentLabel(doc)),
        h('span', { class: 'suggestion-detail' }, describe(doc)))));
    if (suggestions.length === 0 && input.value.trim() !== '') list.append(h('li', { class: 'empty', role: 'presentation' }, t('noResults')));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    active = -1;
  };
  const suggest = async (): Promise<void> => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text === '') {
      suggestions = [];
      close();
      return;
    }
    try {
      const { hits } = await searchDocuments(text, options.filter(), 8);
      if (ticket !== asked) return;
      suggestions = hits;
      render();
    } catch {
      if (ticket === asked) close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && suggestions.length > 0) highlight(Math.min(active + 1, suggestions.length - 1));
    else if (event.key === 'ArrowUp' && suggestions.length > 0) highlight(Math.max(active - 1, 0));
    else if (event.key === 'Escape') close();
    else if (event.key === 'Enter') {
      const chosen = suggestions[active];
      if (chosen && !list.hidden) pick(chosen);
      else if (options.onSubmit) {
        close();
        options.onSubmit(input.value.trim());
      } else void suggest();
    } else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return h('div', { class: 'search-box' }, h('label', { for: options.id, class: 'sr-only' }, options.label), input, list);
}
