// A record is checked before anything is written, so bad input is refused with a clear
// reason (naming the source file) instead of failing half-way in either store.
import { parseDocumentKey } from '../../domain/document-key.ts';
import { StoreInputError } from '../errors.ts';
import type { DocumentRecord } from '../port.ts';

export function validateRecord(record: DocumentRecord): void {
  const problems: string[] = [];
  if (typeof record.source !== 'string' || record.source.trim() === '') problems.push('it has no source');
  if (!parseDocumentKey(record.key ?? '')) problems.push(`its key "${record.key}" is not system:issuer:scope:type:number:period`);
  if (typeof record.contentHash !== 'string' || record.contentHash === '') problems.push('it has no content hash');
  if (typeof record.text !== 'string') problems.push('it has no text');
  (record.references ?? []).forEach((reference, index) => {
    const where = `reference ${index + 1} (${reference?.surface ?? '?'})`;
    if (!parseDocumentKey(reference?.key ?? '')) problems.push(`${where} has the malformed key "${reference?.key}"`);
    if (reference?.subjectKey && !parseDocumentKey(reference.subjectKey)) problems.push(`${where} has the malformed subject key "${reference.subjectKey}"`);
    if (typeof reference?.evidence !== 'string') problems.push(`${where} has no evidence sentence`);
    if (typeof reference?.surface !== 'string') problems.push(`${where} has no surface text`);
    if (!Number.isInteger(reference?.start) || !Number.isInteger(reference?.end)) problems.push(`${where} has no offsets`);
    if (reference?.relation !== 'implements' && reference?.relation !== 'cites') problems.push(`${where} has the unknown relation "${reference?.relation}"`);
  });
  if (problems.length > 0) throw new StoreInputError(`Cannot store ${record.source || record.key}: ${problems.join('; ')}.`);
}
