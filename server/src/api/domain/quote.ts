// Puts a chain of edges into words a journalist can quote: who issued what, when, which
// relation the text states, and the sentence that states it.
import type { StoredDocument, StoredEdge } from '../../store/port.ts';
import { vietnameseDate } from './dates.ts';

const EVIDENCE_LIMIT = 300;

type Described = Pick<StoredDocument, 'key' | 'type' | 'number' | 'issuer' | 'date'>;

/** "Công văn 629/LĐLĐ (LĐLĐ tỉnh Cao Bằng, 21/7/2017)". */
export function describeDocument(document: Described | null | undefined, key?: string): string {
  if (!document) return `văn bản ${key ?? 'không rõ'}`;
  const name = [document.type ?? 'Văn bản', document.number ?? 'không số'].join(' ');
  const context = [document.issuer, vietnameseDate(document.date)].filter((part): part is string => Boolean(part));
  return context.length > 0 ? `${name} (${context.join(', ')})` : name;
}

export function relationVerb(kind: StoredEdge['kind']): string {
  return kind === 'IMPLEMENTS' ? 'thực hiện' : 'dẫn chiếu';
}

function shorten(sentence: string): string {
  const flat = sentence.replace(/\s+/gu, ' ').trim();
  return flat.length <= EVIDENCE_LIMIT ? flat : `${flat.slice(0, EVIDENCE_LIMIT - 1).trimEnd()}…`;
}

/**
 * One hop: "Công văn 629/LĐLĐ (…) thực hiện Chỉ thị 19-CT/TU (…) — «Thực hiện Chỉ thị số 19- CT/TU …»".
 * When another document states the relation, it is named, since that is whose word it is.
 */
export function quoteHop(edge: StoredEdge, documents: ReadonlyMap<string, Described | null>): string {
  const from = describeDocument(documents.get(edge.from), edge.from);
  const to = describeDocument(documents.get(edge.to), edge.to);
  const source =
    edge.assertedBy !== edge.from ? ` theo ${describeDocument(documents.get(edge.assertedBy), edge.assertedBy)}` : '';
  return `${from} ${relationVerb(edge.kind)} ${to}${source} — «${shorten(edge.sentence)}»`;
}

/** A whole chain, one hop after another, joined so it reads as one passage. */
export function quoteChain(chain: readonly StoredEdge[], documents: ReadonlyMap<string, Described | null>): string {
  return chain.map((edge) => quoteHop(edge, documents)).join('; ');
}
