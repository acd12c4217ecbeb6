// The node and edge attributes every export format writes, in one order.
import type { StoredDocument, StoredEdge } from '../../store/port.ts';
import { describeDocument } from '../domain/quote.ts';

export const NODE_COLUMNS = [
  'key', 'label', 'type', 'number', 'issuer', 'date', 'place', 'title', 'level', 'province', 'system', 'term', 'placeholder',
] as const;

export const EDGE_COLUMNS = ['id', 'from', 'to', 'relation', 'assertedBy', 'cue', 'sentence', 'surface', 'start', 'end'] as const;

export type NodeRow = Record<(typeof NODE_COLUMNS)[number], string | number | boolean | null>;
export type EdgeRow = Record<(typeof EDGE_COLUMNS)[number], string | number | boolean | null>;

export function nodeRow(document: StoredDocument): NodeRow {
  return {
    key: document.key, label: describeDocument(document), type: document.type, number: document.number,
    issuer: document.issuer, date: document.date, place: document.place, title: document.title,
    level: document.level, province: document.province, system: document.system, term: document.term,
    placeholder: document.placeholder,
  };
}

export function edgeRow(edge: StoredEdge): EdgeRow {
  return {
    id: edge.id, from: edge.from, to: edge.to, relation: edge.kind, assertedBy: edge.assertedBy, cue: edge.cue,
    sentence: edge.sentence, surface: edge.surface, start: edge.start, end: edge.end,
  };
}
