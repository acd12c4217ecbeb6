// The properties a Document node carries in Neo4j: the port's fields, the key's lookup
// fields, folded copies for filters and the full-text index. Mirrors the SQLite columns.
import { foldVietnamese } from '../../domain/fold.ts';
import { isPartialKey } from '../../domain/document-key.ts';
import type { StoredDocument } from '../port.ts';
import { compactIdentifier, issuerKey, yearOf } from '../resolution/identifiers.ts';
import type { NodeProperties } from '../resolution/plan.ts';
import { keyColumns } from '../resolution/resolve.ts';
import { INDEXED_TEXT_LIMIT, searchFields } from '../resolution/search-terms.ts';
import { int } from './executor.ts';
import { provinceKey } from '../resolution/provinces.ts';

export interface HeldFields {
  source: string;
  contentHash: string;
  text: string;
}

export function nodeProperties(key: string, p: NodeProperties, held: HeldFields | null): Record<string, unknown> {
  const { type, number, issuer, period } = keyColumns(key);
  const fold = (value: string | null) => (value ? foldVietnamese(value) : null);
  const search = searchFields(p, held?.text ?? null, INDEXED_TEXT_LIMIT);
  const year = yearOf(p.date);
  return {
    ...p,
    placeholder: held === null,
    partial: isPartialKey(key),
    kType: type,
    kNumber: number,
    kIssuer: issuer,
    kPeriod: period,
    numberCompact: p.number ? compactIdentifier(p.number) : null,
    year: year === null ? null : int(year),
    typeFolded: fold(p.type),
    issuerFolded: fold(p.issuer),
    provinceKey: provinceKey(p.province),
    source: held?.source ?? null,
    contentHash: held?.contentHash ?? null,
    text: held?.text ?? null,
    sNumber: search.number,
    sType: search.type,
    sIssuer: search.issuer,
    sTitle: search.title,
    sBody: search.body,
  };
}

export function issuerOf(p: NodeProperties): Record<string, unknown> | null {
  return p.issuer ? { key: issuerKey(p.issuer, p.province), name: p.issuer, level: p.level, province: p.province, system: p.system } : null;
}

/** A node as the port shows it; missing properties are null, candidates a list. */
export function toStoredDocument(raw: Record<string, unknown>): StoredDocument {
  const value = (name: string) => (raw[name] ?? null) as string | null;
  return {
    key: raw.key as string,
    placeholder: raw.placeholder === true,
    candidates: Array.isArray(raw.candidates) ? (raw.candidates as string[]) : [],
    type: value('type'),
    number: value('number'),
    issuer: value('issuer'),
    date: value('date'),
    place: value('place'),
    title: value('title'),
    level: value('level') as StoredDocument['level'],
    province: value('province'),
    system: value('system') as StoredDocument['system'],
    term: value('term'),
    source: value('source'),
  };
}
