// The horizontal bands of the graph, from the centre down to the communes. The API gives
// a document's level when the store knows it; for a placeholder cited only by its symbol
// the issuer code in its key still tells the level ("TW" is central, "TU" provincial).
import type { DocumentSummary, LevelName } from './model.ts';

export type Band = LevelName | 'UNKNOWN';

/** Top to bottom: central policy on top, the unit that carries it out at the bottom. */
export const BANDS: readonly Band[] = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE', 'UNKNOWN'];

const DISTRICT_ISSUERS = new Set(['HU', 'QU', 'TXU', 'THU']);
const COMMUNE_ISSUERS = new Set(['ĐU', 'DU', 'ĐUX', 'CB', 'CĐCS', 'CDCS']);

function bandFromKeyFields(issuer: string, scope: string): Band {
  const code = issuer.toUpperCase();
  if (code.endsWith('TW') || code === 'QH' || code === 'CP' || code === 'TTG') return 'CENTRAL';
  if (DISTRICT_ISSUERS.has(code)) return 'DISTRICT';
  if (COMMUNE_ISSUERS.has(code)) return 'COMMUNE';
  // Keys scope local issuers to their province and mark central ones "-" (not applicable).
  if (scope === '-') return 'CENTRAL';
  if (scope !== '?') return 'PROVINCE';
  return code === 'TU' ? 'PROVINCE' : 'UNKNOWN';
}

/** The band a document is drawn in: its stated level, else the one its key implies. */
export function bandOf(doc: Pick<DocumentSummary, 'key' | 'level'>): Band {
  if (doc.level) return doc.level;
  const fields = doc.key.split(':');
  if (fields.length !== 6) return 'UNKNOWN';
  const issuer = fields[1] ?? '?';
  const scope = fields[2] ?? '?';
  if (issuer === '?' || issuer === '-') return 'UNKNOWN';
  return bandFromKeyFields(issuer, scope);
}

export function bandIndex(band: Band): number {
  return BANDS.indexOf(band);
}
