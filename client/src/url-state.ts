// Everything a user sees is named by the URL, so a shared link reopens the same view and
// back/forward walk through what was looked at. Pure: state ⇄ query string.
import type { Direction, LevelName } from './model.ts';

export type ViewName = 'graph' | 'lists' | 'text' | 'trace' | 'coverage' | 'timeline';
export type Language = 'vi' | 'en';

export interface Filters {
  types: string[];
  levels: LevelName[];
  provinces: string[];
  yearFrom: number | null;
  yearTo: number | null;
}

export interface ViewState {
  /** Key of the document in focus. */
  doc: string | null;
  direction: Direction;
  depth: number;
  view: ViewName;
  filters: Filters;
  /** The other end of a trace. */
  traceTo: string | null;
  /** The search text, so a shared link of search results reopens them. */
  query: string;
  lang: Language;
}

export const VIEWS: readonly ViewName[] = ['graph', 'lists', 'text', 'trace', 'coverage', 'timeline'];
const DIRECTIONS: readonly Direction[] = ['UP', 'DOWN', 'BOTH'];
const LEVELS: readonly LevelName[] = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'];
export const MAX_DEPTH = 8;

export function defaultState(): ViewState {
  return {
    doc: null,
    direction: 'BOTH',
    depth: 2,
    view: 'graph',
    filters: { types: [], levels: [], provinces: [], yearFrom: null, yearTo: null },
    traceTo: null,
    query: '',
    lang: 'vi',
  };
}

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
}

function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

/** Reads a query string; anything missing or malformed falls back to the default. */
export function decodeState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = defaultState();
  state.doc = params.get('doc') || null;
  const direction = params.get('dir')?.toUpperCase() as Direction | undefined;
  if (direction && DIRECTIONS.includes(direction)) state.direction = direction;
  const depth = Number(params.get('depth'));
  if (Number.isInteger(depth) && depth >= 1) state.depth = Math.min(depth, MAX_DEPTH);
  const view = params.get('view') as ViewName | null;
  if (view && VIEWS.includes(view)) state.view = view;
  state.filters.types = list(params, 'type');
  state.filters.levels = list(params, 'level').map((l) => l.toUpperCase()).filter((l): l is LevelName => LEVELS.includes(l as LevelName));
  state.filters.provinces = list(params, 'province');
  state.filters.yearFrom = year(params.get('from'));
  state.filters.yearTo = year(params.get('to'));
  state.traceTo = params.get('traceTo') || null;
  state.query = params.get('q') ?? '';
  if (params.get('lang') === 'en') state.lang = 'en';
  return state;
}

/** Writes only what differs from the default, in a fixed order, so equal states give equal links. */
export function encodeState(state: ViewState): string {
  const defaults = defaultState();
  const params = new URLSearchParams();
  if (state.doc) params.set('doc', state.doc);
  if (state.direction !== defaults.direction) params.set('dir', state.direction);
  if (state.depth !== defaults.depth) params.set('depth', String(state.depth));
  if (state.view !== defaults.view) params.set('view', state.view);
  if (state.filters.types.length > 0) params.set('type', state.filters.types.join(','));
  if (state.filters.levels.length > 0) params.set('level', state.filters.levels.join(','));
  if (state.filters.provinces.length > 0) params.set('province', state.filters.provinces.join(','));
  if (state.filters.yearFrom !== null) params.set('from', String(state.filters.yearFrom));
  if (state.filters.yearTo !== null) params.set('to', String(state.filters.yearTo));
  if (state.traceTo) params.set('traceTo', state.traceTo);
  if (state.query) params.set('q', state.query);
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
