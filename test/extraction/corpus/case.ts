// The shape of one annotated case: a text as it might reach the extractor, and what a
// careful reader says it is and what it references. Expected values are a subset of the
// `npm run extract` JSON contract (server/src/domain/types.ts): a field left out is not
// checked; a field set to null means the text does not say it.
import type { Relation } from '../../../server/src/domain/types.ts';

export interface ExpectedDocument {
  type?: string | null;
  /** Normalised number and symbol: Party "19-CT/TU", State "629/LĐLĐ", "08/2022/NĐ-CP". */
  number?: string | null;
  issuer?: string | null;
  /** ISO date "YYYY-MM-DD": the signing date, or a news page's publication date. */
  date?: string | null;
  place?: string | null;
  title?: string | null;
}

export interface ExpectedReference {
  /** Vietnamese type name as a reader says it: "Chỉ thị", "Luật", "Công văn". */
  type: string;
  /** Normalised number, or null for a document cited by name (a law, a congress resolution). */
  number: string | null;
  /**
   * Words a mention of it contains ("Bảo vệ môi trường"): how a reference without a number
   * is recognised, and for a numbered one, a name it may also be reported under.
   */
  name?: string;
  /** ISO date when the text writes one (a bare "năm 2014" is not a date). */
  date: string | null;
  issuer?: string | null;
  /** Term (khóa) of the cited document when the text ties one to it. */
  term?: string | null;
  /** A term the text mentions that belongs to someone else (the issuing committee) and must not be given to this reference. */
  notTerm?: string;
  relation: Relation;
  /** Other relations a careful reader would also accept. */
  alternatives?: Relation[];
  /** "self", or the number of the document the text says implements or cites this one. */
  subject: string;
  /** Borderline: neither a miss when absent nor a false find when present. */
  optional?: boolean;
}

export interface CorpusCase {
  /** Stable id, "theme-NN-short-name", printed in failure lists. */
  id: string;
  /** What the case exercises, in a few words. */
  about: string;
  text: string;
  document: ExpectedDocument;
  /** Empty for a negative case: nothing in the text is a reference. */
  references: ExpectedReference[];
}

type Details = Partial<Pick<ExpectedReference, 'issuer' | 'term' | 'notTerm' | 'alternatives' | 'subject' | 'optional' | 'name'>>;

/** A document the text says it (or `subject`) carries out: "Thực hiện …", "Kế hoạch thực hiện …". */
export function implementsRef(type: string, number: string | null, date: string | null, details: Details = {}): ExpectedReference {
  return { type, number, date, relation: 'implements', subject: 'self', ...details };
}

/** A document the text relies on or recalls: "Căn cứ …", "theo tinh thần …", "quán triệt …". */
export function citesRef(type: string, number: string | null, date: string | null, details: Details = {}): ExpectedReference {
  return { type, number, date, relation: 'cites', subject: 'self', ...details };
}

// Damage seen in real files, applied to readable source text so that the case stays legible.
export const NBSP = '\u00a0';
export const ZWSP = '\u200b';

/** Decomposed Unicode (NFD), as produced by some word processors and PDF exports. */
export function nfd(text: string): string {
  return text.normalize('NFD');
}

/** Windows line endings. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** The PDF font damage that prints "ư" as "ƣ" and "Ư" as "Ƣ". */
export function pdfHorn(text: string): string {
  return text.replace(/ư/g, 'ƣ').replace(/Ư/g, 'Ƣ');
}
