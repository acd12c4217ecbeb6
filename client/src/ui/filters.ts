// The search filters: type, level, province and years. They narrow suggestions and results.
import { h } from '../dom.ts';
import type { Filters } from '../url-state.ts';
import type { LevelName, SearchFilter } from '../model.ts';
import { t, type MessageKey } from '../i18n.ts';
import { TYPE_SHAPES } from '../graph/elements.ts';

const TYPES = TYPE_SHAPES.map(([, , name]) => name);
const LEVELS: LevelName[] = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'];

export function toSearchFilter(filters: Filters): SearchFilter {
  const filter: SearchFilter = {};
  if (filters.types.length > 0) filter.types = filters.types;
  if (filters.levels.length > 0) filter.levels = filters.levels;
  if (filters.provinces.length > 0) filter.provinces = filters.provinces;
  if (filters.yearFrom !== null) filter.yearFrom = filters.yearFrom;
  if (filters.yearTo !== null) filter.yearTo = filters.yearTo;
  return filter;
}

export function createFilters(filters: Filters, onChange: (filters: Filters) => void): HTMLElement {
  const type = h('select', { id: 'filter-type' }, h('option', { value: '' }, t('any')),
    TYPES.map((name) => h('option', { value: name, selected: filters.types[0] === name }, name)));
  const level = h('select', { id: 'filter-level' }, h('option', { value: '' }, t('any')),
    LEVELS.map((name) => h('option', { value: name, selected: filters.levels[0] === name }, t(`level${name}` as MessageKey))));
  const province = h('input', { id: 'filter-province', type: 'text', value: filters.provinces.join(', '), size: 12 });
  const yearFrom = h('input', { id: 'filter-from', type: 'number', min: 1945, max: 2100, value: filters.yearFrom ?? '', class: 'year' });
  const yearTo = h('input', { id: 'filter-to', type: 'number', min: 1945, max: 2100, value: filters.yearTo ?? '', class: 'year' });
  const year = (input: HTMLInputElement): number | null => (/^\d{4}$/.test(input.value) ? Number(input.value) : null);
  const changed = (): void => onChange({
    types: type.value ? [type.value] : [],
    levels: level.value ? [level.value as LevelName] : [],
    provinces: province.value.split(',').map((p) => p.trim()).filter((p) => p !== ''),
    yearFrom: year(yearFrom),
    yearTo: year(yearTo),
  });
  for (const control of [type, level, province, yearFrom, yearTo]) control.addEventListener('change', changed);
  const active = filters.types.length + filters.levels.length + filters.provinces.length + (filters.yearFrom ? 1 : 0) + (filters.yearTo ? 1 : 0);
  return h('details', { class: 'filters', open: active > 0 },
    h('summary', {}, t('filters'), active > 0 ? ` (${active})` : ''),
    h('div', { class: 'filter-grid' },
      h('label', { for: 'filter-type' }, t('filterType')), type,
      h('label', { for: 'filter-level' }, t('filterLevel')), level,
      h('label', { for: 'filter-province' }, t('filterProvince')), province,
      h('label', { for: 'filter-from' }, t('filterYearFrom')), yearFrom,
      h('label', { for: 'filter-to' }, t('filterYearTo')), yearTo,
      h('button', { type: 'button', onclick: () => onChange({ types: [], levels: [], provinces: [], yearFrom: null, yearTo: null }) }, t('clearFilters'))));
}
