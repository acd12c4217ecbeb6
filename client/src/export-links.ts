// Links to the API's download endpoints for the lineage in view.
import type { ViewState } from './url-state.ts';

export function exportUrl(format: 'graphml' | 'csv' | 'json', state: Pick<ViewState, 'doc' | 'direction' | 'depth'>): string {
  const params = new URLSearchParams({ direction: state.direction, depth: String(state.depth) });
  if (state.doc) params.set('key', state.doc);
  return `export/lineage.${format}?${params.toString()}`;
}
