// One reported reference per (document, relation, subject): the mentions of a document
// with the same subject are gathered, "implements" wins over "cites" when any mention
// says the subject carries the document out, and the details written at one mention
// (date, issuer, term) complete the others. Spans are given in the original text.

import type { Reference, Relation, Span } from '../../domain/types.ts';
import { originalSpan, type NormalisedText } from '../normalise.ts';
import { evidenceText } from '../segment.ts';
import type { Classification } from '../relations/classify.ts';
import type { Mention } from '../references/index.ts';

export interface ResolvedMention {
  mention: Mention;
  key: string;
  classification: Classification;
  /** "self" or the subject document's key and number. */
  subject: { key: string; number: string } | 'self';
}

interface DocumentDetails { type: string | null; number: string | null; issuer: string | null; date: string | null; term: string | null; name: string | null }

const isAllCaps = (s: string): boolean => !/\p{Ll}/u.test(s);

/** The first value `pick` finds among the mentions, in order. */
function first<T>(mentions: readonly Mention[], pick: (m: Mention) => T | null): T | null {
  for (const m of mentions) {
    const v = pick(m);
    if (v !== null) return v;
  }
  return null;
}

/** The best written value of each detail over every mention of one document. */
function detailsOf(mentions: readonly Mention[]): DocumentDetails {
  const numbered = mentions.filter((m) => m.kind !== 'anaphor');
  const issuers = numbered.map((m) => m.issuer).filter((i): i is string => i !== null);
  return {
    type: first(numbered, (m) => m.type),
    number: first(numbered, (m) => m.symbol?.normalised ?? null),
    issuer: issuers.find((i) => !isAllCaps(i)) ?? issuers[0] ?? null,
    date: first(numbered, (m) => m.date),
    term: first(numbered, (m) => m.term),
    name: first(numbered, (m) => m.name),
  };
}

export function buildEntries(resolved: readonly ResolvedMention[], normalised: NormalisedText): Reference[] {
  const byDocument = new Map<string, Mention[]>();
  for (const r of resolved) {
    const list = byDocument.get(r.key);
    if (list) list.push(r.mention);
    else byDocument.set(r.key, [r.mention]);
  }
  const groups = new Map<string, ResolvedMention[]>();
  for (const r of resolved) {
    const id = `${r.key}\u0000${r.subject === 'self' ? 'self' : r.subject.key}`;
    const group = groups.get(id);
    if (group) group.push(r);
    else groups.set(id, [r]);
  }
  const entries: Reference[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const deciding = group.find((r) => r.classification.relation === 'implements') ?? group.find((r) => r.classification.cue !== null) ?? first;
    const relation: Relation = deciding.classification.relation;
    const details = detailsOf(byDocument.get(first.key) ?? []);
    const mentions: Span[] = group.map((r) => originalSpan(normalised, r.mention.start, r.mention.end));
    const span = mentions[0]!;
    entries.push({
      type: details.type ?? first.mention.type,
      number: details.number,
      issuer: details.issuer,
      date: details.date,
      term: details.term,
      relation,
      subject: first.subject === 'self' ? 'self' : first.subject.number,
      surface: span.surface,
      start: span.start,
      end: span.end,
      cue: deciding.classification.cue,
      evidence: evidenceText(normalised.text, deciding.classification.sentence, deciding.mention.start),
      key: first.key,
      subjectKey: first.subject === 'self' ? null : first.subject.key,
      mentions,
      ...(details.name ? { name: details.name } : {}),
    });
  }
  return entries.sort((a, b) => a.start - b.start);
}
