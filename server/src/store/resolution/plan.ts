// Turns one ingested text into what the graph must hold for it: the document's own
// properties, a placeholder for every document it names, and one edge per reference.
// Pure: both adapters write exactly this plan, so they build the same graph.
import { parseDocumentKey } from '../../domain/document-key.ts';
import type { IssuerSystem, Level, Reference } from '../../domain/types.ts';
import type { DocumentRecord, EdgeKind, StoredDocument } from '../port.ts';

/** What a node says about its document: a stored document without its graph bookkeeping. */
export type NodeProperties = Omit<StoredDocument, 'key' | 'placeholder' | 'candidates' | 'source'>;

/** The properties a stored document's node carries, as both adapters write them. */
export function nodePropertiesOf(document: NodeProperties): NodeProperties {
  const { type, number, issuer, date, place, title, level, province, system, term } = document;
  return { type, number, issuer, date, place, title, level, province, system, term };
}

/** An edge between two references as written; the store resolves them to nodes. */
export interface PlannedEdge {
  fromRef: string;
  toRef: string;
  kind: EdgeKind;
  cue: string | null;
  sentence: string;
  surface: string;
  start: number;
  end: number;
}

export interface WritePlan {
  key: string;
  document: NodeProperties;
  /** Referenced keys (full or partial) with what the references say about them. */
  placeholders: Map<string, NodeProperties>;
  edges: PlannedEdge[];
}

const SYSTEMS = new Set<string>(['party', 'state', 'mass']);
const ISSUER_LEVELS: Record<string, Level> = { TW: 'central', QH: 'central', CP: 'central', TTg: 'central', TU: 'province', HU: 'district', QU: 'district' };

/** What a key alone tells about a document only cited: its system and, for clear issuer codes, its level. */
export function propertiesFromKey(key: string): Pick<NodeProperties, 'system' | 'level'> {
  const parts = parseDocumentKey(key);
  if (!parts) return { system: null, level: null };
  const system = SYSTEMS.has(parts.system) ? (parts.system as IssuerSystem) : null;
  const level = ISSUER_LEVELS[parts.issuer] ?? (parts.scope === '-' && parts.issuer !== '?' ? 'central' : null);
  return { system, level };
}

function placeholderProperties(reference: Reference): NodeProperties {
  return {
    type: reference.type,
    number: reference.number,
    issuer: reference.issuer,
    date: reference.date,
    place: null,
    // A document cited without a number ("Luật Bảo vệ Môi trường năm 2014") is known by its name.
    title: reference.number ? null : reference.surface,
    term: reference.term,
    province: null,
    ...propertiesFromKey(reference.key),
  };
}

function emptyProperties(key: string): NodeProperties {
  return { type: null, number: null, issuer: null, date: null, place: null, title: null, term: null, province: null, ...propertiesFromKey(key) };
}

/** The node a stated relation starts from: the subject's key, or the document itself. */
function subjectOf(reference: Reference, record: DocumentRecord): string {
  if (reference.subject === 'self') return record.key;
  if (reference.subjectKey) return reference.subjectKey;
  const named = record.references.find((other) => other.number === reference.subject);
  return named?.key ?? record.key;
}

export function planDocumentWrite(record: DocumentRecord): WritePlan {
  const { identity } = record;
  const keyProperties = propertiesFromKey(record.key);
  const document: NodeProperties = {
    type: identity.type,
    number: identity.number,
    issuer: identity.issuer,
    date: identity.date,
    place: identity.place,
    title: identity.title,
    level: identity.level ?? keyProperties.level,
    province: identity.province ?? null,
    system: identity.system ?? keyProperties.system,
    term: identity.term ?? null,
  };
  const placeholders = new Map<string, NodeProperties>();
  const edges: PlannedEdge[] = [];
  for (const reference of record.references) {
    const fromRef = subjectOf(reference, record);
    if (reference.key === fromRef || !parseDocumentKey(reference.key)) continue;
    if (reference.key !== record.key) placeholders.set(reference.key, mergeProperties(placeholders.get(reference.key), placeholderProperties(reference)));
    if (fromRef !== record.key && !placeholders.has(fromRef)) placeholders.set(fromRef, emptyProperties(fromRef));
    edges.push({
      fromRef,
      toRef: reference.key,
      kind: reference.relation === 'implements' ? 'IMPLEMENTS' : 'CITES',
      cue: reference.cue,
      sentence: reference.evidence,
      surface: reference.surface,
      start: reference.start,
      end: reference.end,
    });
  }
  return { key: record.key, document, placeholders, edges };
}

/**
 * Two mentions of one document may say different things about it. The more informative
 * value wins (non-null over null, longer over shorter, then alphabetical), so the result
 * does not depend on the order the citing texts arrive in.
 */
export function preferredValue<T extends string | null>(current: T | undefined, offered: T): T {
  if (current === undefined || current === null) return offered;
  if (offered === null) return current;
  if (offered.length !== current.length) return offered.length > current.length ? offered : current;
  return offered < current ? offered : current;
}

export function mergeProperties(current: NodeProperties | undefined, offered: NodeProperties): NodeProperties {
  if (!current) return offered;
  const merged = { ...offered };
  for (const name of Object.keys(offered) as (keyof NodeProperties)[]) {
    (merged as Record<string, string | null>)[name] = preferredValue(current[name], offered[name]);
  }
  return merged;
}


/** What a partial key was written with, across every citing text: one date per document it may be. */
export type PatternProperties = NodeProperties & { writtenDates?: string[] };

function datesOf(properties: PatternProperties): string[] {
  return properties.writtenDates ?? (properties.date ? [properties.date] : []);
}

/** As `mergeProperties`, keeping every written date: two dates mean two documents, never one. */
export function mergePatternProperties(current: PatternProperties, offered: NodeProperties): PatternProperties {
  const { writtenDates: _kept, ...properties } = current;
  const writtenDates = [...new Set([...datesOf(current), ...datesOf(offered)])].sort();
  return { ...mergeProperties(properties, offered), writtenDates };
}

/** The node properties of a pattern's own placeholder (what it was written with, less the dates list). */
export function placeholderOfPattern(properties: PatternProperties): NodeProperties {
  const { writtenDates: _dates, ...node } = properties;
  return node;
}
