// Opaque search cursors: the position after a hit, tied to the query it came from so a
// cursor from one search is not silently reused in another.
import { createHash } from 'node:crypto';

function fingerprint(query: string, filter: unknown): string {
  return createHash('sha256').update(JSON.stringify([query, filter ?? null])).digest('base64url').slice(0, 8);
}

export function encodeCursor(offset: number, query: string, filter: unknown): string {
  return Buffer.from(`${fingerprint(query, filter)}:${offset}`, 'utf8').toString('base64url');
}

/** The offset after the cursor's hit; null when the cursor is malformed or from another search. */
export function decodeCursor(cursor: string, query: string, filter: unknown): number | null {
  const [print, offset] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (print !== fingerprint(query, filter) || offset === undefined || !/^\d{1,9}$/.test(offset)) return null;
  return Number(offset);
}
