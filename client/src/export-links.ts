// Links to the API's download endpoints for the lineage in view.
import type { ViewState } from './url-state.ts';

export type DataFormat = 'graphml' | 'csv-nodes' | 'csv-edges' | 'json';

export function exportUrl(format: DataFormat, state: Pick<ViewState, 'doc' | 'direction' | 'depth'>): string {
  const params = new URLSearchParams({ direction: state.direction, depth: String(state.depth) });
  if (state.doc) params.set('key', state.doc);
  // CSV comes as two tables, asked for one at a time.
  if (format === 'csv-nodes' || format === 'csv-edges') params.set('part', format.slice(4));
  return `export/lineage.${format.startsWith('csv') ? 'csv' : format}?${params.toString()}`;
}
