// A generated document: its identity (what the truth file knows about it) and the edges
// its text asserts, each tied to the place in the text where it is written.

import type { IssuerSystem, Level, Relation } from '../../server/src/domain/types.ts';
import type { Day } from './calendar.ts';
import type { DocType } from './doc-types.ts';
import type { Issuer } from './issuers.ts';
import type { Topic } from './topics.ts';

export interface DocSpec {
  /** Identity in the truth file: every real document has its own, whatever its symbol. */
  id: string;
  issuer: Issuer;
  /** The organ named in references, when it differs from the numbering issuer (Bộ Chính trị). */
  type: DocType;
  numeral: number;
  /** Number and symbol as the issuer writes it: "19-CT/TU", "1234/QĐ-UBND". */
  number: string;
  day: Day;
  /** Term of the issuing Party committee ("XI"), null for State numbering. */
  term: string | null;
  topic: Topic;
  /** Subject line (trích yếu), starting lower-case: "về …", "thực hiện …". */
  title: string;
}

/** A law cited by name and date, without a number ("Luật Bảo vệ môi trường ngày …"). */
export interface LawSpec {
  id: string;
  name: string;
  day: Day;
}

export type Target = { kind: 'document'; doc: DocSpec } | { kind: 'law'; law: LawSpec };

/** One edge a text asserts: `subject` implements or cites `target`. */
export interface AssertedEdge {
  target: Target;
  relation: Relation;
  /** The document the text says implements/cites the target; null = the text's own document. */
  subject: DocSpec | null;
  cue: string;
}

export interface TruthIdentity {
  id: string;
  type: string;
  number: string | null;
  date: string;
  issuer: string;
  system: IssuerSystem;
  level: Level;
  province: string | null;
  term: string | null;
}
