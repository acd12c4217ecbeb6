// The shapes the client receives from the GraphQL API (server/schema.graphql), in the
// subset of fields the views ask for. Enum values are the schema's upper-case names.

export type LevelName = 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type SystemName = 'PARTY' | 'STATE' | 'MASS';
export type RelationName = 'IMPLEMENTS' | 'CITES';
export type Direction = 'UP' | 'DOWN' | 'BOTH';

/** A document node as the graph and the lists show it. */
export interface DocumentSummary {
  key: string;
  type: string | null;
  number: string | null;
  issuer: string | null;
  date: string | null;
  title: string | null;
  level: LevelName | null;
  province: string | null;
  system: SystemName | null;
  placeholder: boolean;
  candidates?: { key: string }[];
}

/** An edge of a lineage: `from` implements or cites `to`, as `assertedBy`'s text says. */
export interface LineageEdge {
  id: string;
  from: string;
  to: string;
  relation: RelationName;
  assertedBy: string;
  cue: string | null;
  sentence: string;
}

export interface Lineage {
  nodes: DocumentSummary[];
  edges: LineageEdge[];
  truncated: boolean;
}

/** An edge with its evidence in full, as the side panel and the text view show it. */
export interface EvidenceEdge {
  id: string;
  relation: RelationName;
  cue: string | null;
  sentence: string;
  surface: string;
  start: number;
  end: number;
  from: DocumentSummary;
  to: DocumentSummary;
  assertedBy: { key: string; number: string | null; type: string | null; title: string | null };
}

export interface DocumentDetail extends DocumentSummary {
  place: string | null;
  term: string | null;
  source: string | null;
  text: string | null;
  references: EvidenceEdge[];
  referencedBy: EvidenceEdge[];
}

export interface SearchFilter {
  types?: string[];
  levels?: LevelName[];
  provinces?: string[];
  yearFrom?: number;
  yearTo?: number;
}

/** A short human name for a document: its number and type, else its title, else its key. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function documentLabel(doc: Pick<DocumentSummary, 'key' | 'type' | 'number' | 'title'> & { issuer?: string | null }): string {
  if (doc.number) return doc.type ? `${doc.type} ${doc.number}` : doc.number;
  if (doc.title) return shorten(doc.title);
  // A document cited without a number: "Nghị quyết liên tịch (Bộ Tài nguyên và Môi trường)".
  if (doc.type && doc.issuer) return shorten(`${doc.type} (${doc.issuer})`);
  return doc.type ?? doc.key;
}

/** A placeholder is unresolved when its key leaves a field unknown or several documents fit. */
export function isUnresolved(doc: Pick<DocumentSummary, 'key' | 'placeholder' | 'candidates'>): boolean {
  if (!doc.placeholder) return false;
  if ((doc.candidates?.length ?? 0) > 1) return true;
  return doc.key.split(':').some((field) => field === '?');
}
