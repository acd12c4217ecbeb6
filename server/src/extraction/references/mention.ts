// A mention is one place in the clean text where a document is named: by its number
// ("Chỉ thị số 19-CT/TU"), by its name ("Luật Bảo vệ Môi trường năm 2014"), or by a
// pointer back to one named before ("Chỉ thị trên", "Nghị quyết 41"). Recognisers
// produce mentions; the relation and resolution stages decide what they refer to.

import type { ParsedSymbol } from '../symbols.ts';
import type { TypeWord } from './type-words.ts';

export type MentionKind = 'numbered' | 'named' | 'anaphor';

/** How an anaphor points back: "này" (this), "trên" (above), "của Tỉnh ủy", "Nghị quyết 41". */
export type AnaphorForm = 'this' | 'above' | 'by-issuer' | 'short-number';

export interface Mention {
  kind: MentionKind;
  /** Clean-text span of the whole citation, date and issuer included. */
  start: number;
  end: number;
  /** End of the type-and-number (or name) part, before any date or issuer. */
  coreEnd: number;
  type: string | null;
  symbol: ParsedSymbol | null;
  /** Name of a document cited without a number ("Bảo vệ Môi trường" of a law). */
  name: string | null;
  date: string | null;
  /** A bare year ("Luật … năm 2014"). */
  year: string | null;
  issuer: string | null;
  /** Province the issuer names ("Tỉnh ủy Bắc Kạn"). */
  province: string | null;
  term: string | null;
  anaphor?: { form: AnaphorForm; number?: string };
  /** The document's own number line ("Số: 629/LĐLĐ" at the head of a line). */
  ownNumberLine?: boolean;
}

/** A recogniser described as data: what it looks for, the words it cannot do without, and what it builds. */
export interface Recogniser {
  name: string;
  /** Lower-case literal words at least one of which must occur for the pattern to be tried. */
  triggers: readonly string[];
  pattern: RegExp;
  /** What must hold just before a match, checked in code (see boundaries.ts); none when absent. */
  startsWhere?: (text: string, at: number) => boolean;
  build(match: RegExpExecArray, text: string, context: RecognitionContext): Mention | null;
}

/** What the text as a whole tells every recogniser. */
export interface RecognitionContext {
  /** Year for dates written without one (a page's publication year, a document's own year). */
  defaultYear: number | null;
  /** A page's publication date, which dates written without a year cannot follow. */
  notAfter?: string | null;
  /** Type names of the text, found once on first use (see type-words.ts). */
  typeWords?: TypeWord[];
}

export function emptyMention(kind: MentionKind, start: number, coreEnd: number): Mention {
  return { kind, start, end: coreEnd, coreEnd, type: null, symbol: null, name: null, date: null, year: null, issuer: null, province: null, term: null };
}
