// Rows as SQLite returns them, and their translation into the port's types.
import type { IssuerSystem, Level } from '../../domain/types.ts';
import type { EdgeKind, StoredDocument, StoredEdge } from '../port.ts';

export interface DocumentRow {
  id: number;
  key: string;
  placeholder: 0 | 1;
  partial: 0 | 1;
  candidates: string;
  type: string | null;
  number: string | null;
  issuer: string | null;
  date: string | null;
  place: string | null;
  title: string | null;
  level: string | null;
  province: string | null;
  system: string | null;
  term: string | null;
  source: string | null;
}

export interface EdgeRow {
  id: number;
  from_key: string;
  to_key: string;
  kind: EdgeKind;
  asserted_by: string;
  cue: string | null;
  sentence: string;
  surface: string;
  start: number;
  end: number;
}

export const DOCUMENT_COLUMNS =
  'd.id, d.key, d.placeholder, d.partial, d.candidates, d.type, d.number, d.issuer, d.date, d.place, d.title, d.level, d.province, d.system, d.term, d.source';

export const EDGE_COLUMNS = 'e.id, e.from_key, e.to_key, e.kind, e.asserted_by, e.cue, e.sentence, e.surface, e.start, e."end"';

export function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    key: row.key,
    placeholder: row.placeholder === 1,
    candidates: JSON.parse(row.candidates) as string[],
    type: row.type,
    number: row.number,
    issuer: row.issuer,
    date: row.date,
    place: row.place,
    title: row.title,
    level: row.level as Level | null,
    province: row.province,
    system: row.system as IssuerSystem | null,
    term: row.term,
    source: row.source,
  };
}

export function toStoredEdge(row: EdgeRow): StoredEdge {
  return {
    id: String(row.id),
    from: row.from_key,
    to: row.to_key,
    kind: row.kind,
    assertedBy: row.asserted_by,
    cue: row.cue,
    sentence: row.sentence,
    surface: row.surface,
    start: row.start,
    end: row.end,
  };
}
