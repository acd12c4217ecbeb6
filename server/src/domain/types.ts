// The vocabulary shared by every layer: what a document says about itself, what it
// references, and how the graph names documents. Extraction produces these values,
// the store keeps them, the API and the client show them.

/** The relation a text states between a document and one it references. */
export type Relation = 'implements' | 'cites';

/** Where an issuer sits in the flow of policy, from the centre down to a commune or unit. */
export type Level = 'central' | 'province' | 'district' | 'commune';

/** Which of the parallel systems issued a document. */
export type IssuerSystem = 'party' | 'state' | 'mass';

/** What a document's own text says about it (its header, subject line, signature). */
export interface DocumentIdentity {
  /** Vietnamese type name as a reader would say it: "Chỉ thị", "Công văn", "Kế hoạch". */
  type: string | null;
  /** Number and symbol, normalised: Party "19-CT/TU", State "629/LĐLĐ", "08/2022/NĐ-CP". */
  number: string | null;
  issuer: string | null;
  /** ISO date "YYYY-MM-DD". */
  date: string | null;
  place: string | null;
  /** The subject line (trích yếu) or, for a news page, its headline. */
  title: string | null;
  level?: Level | null;
  province?: string | null;
  system?: IssuerSystem | null;
  /** Term (khóa) of the issuing committee, when stated or known. */
  term?: string | null;
  recipients?: string[];
  /** "document" for an official text, "news" for a page reporting on documents. */
  genre?: 'document' | 'news';
  /** Canonical key of the document itself (see docs/identity.md), when its number is known. */
  key?: string | null;
}

/** A place in the original text: offsets into the text as the file held it. */
export interface Span {
  start: number;
  end: number;
  surface: string;
}

/** One referenced document, with the relation a text states and the evidence for it. */
export interface Reference {
  type: string | null;
  number: string | null;
  issuer: string | null;
  date: string | null;
  term: string | null;
  relation: Relation;
  /** "self", or the number of the referenced document the text says implements or cites this one. */
  subject: string;
  /** First mention as written, with its offsets in the original text. */
  surface: string;
  start: number;
  end: number;
  /** The phrase that decided the relation: "Thực hiện", "Căn cứ", "về việc thực hiện" … */
  cue: string | null;
  /** The sentence the relation was read from. */
  evidence: string;
  /** Canonical key of the referenced document (see docs/identity.md). */
  key: string;
  /** Canonical key of the subject document when subject is not "self". */
  subjectKey?: string | null;
  /** Every mention of this (document, relation, subject), first one first. */
  mentions?: Span[];
}

/** The extractor's answer for one text: the `npm run extract` JSON contract. */
export interface ExtractionResult {
  document: DocumentIdentity;
  references: Reference[];
}
