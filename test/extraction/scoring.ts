// Scores an extractor against the annotated corpus: which expected references it found,
// which of its references are wrong, and how right the relation, subject and dates of the
// found ones are. Shared by the corpus test and `npm run bench:extract`.
import { foldVietnamese } from '../../server/src/domain/fold.ts';
import type { ExtractionResult, Reference } from '../../server/src/domain/types.ts';
import type { CorpusCase, ExpectedReference } from './corpus/index.ts';

export type Extract = (text: string) => ExtractionResult;

/** Numbers compare without spaces, case or leading zeros: "02-KL/TW" = "2-kl/tw". */
export function normaliseNumber(number: string): string {
  return number
    .normalize('NFC')
    .replace(/[ƣƢ]/g, 'Ư')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/gu, '')
    .toUpperCase()
    .replace(/^0+(?=\d)/, '');
}

/** Text compared as a reader would: no diacritics, case, zero-width characters or line breaks. */
export function foldForMatching(text: string): string {
  return foldVietnamese(text.replace(/ƣ/g, 'ư').replace(/Ƣ/g, 'Ư').replace(/[\u200b-\u200d\u2060\ufeff]/g, ''));
}

// A type is compared by its head: "Chương trình hành động" is a "Chương trình",
// "Nghị quyết liên tịch" a "Nghị quyết", and a "Văn bản số …" is a dispatch.
const QUALIFIERS = / (hanh dong|phoi hop|lien tich)$/;
export function canonicalType(type: string): string {
  const folded = foldForMatching(type).replace(QUALIFIERS, '');
  return folded === 'van ban' ? 'cong van' : folded;
}

function mentionSurfaces(reference: Reference): string[] {
  return [reference.surface, ...(reference.mentions ?? []).map((mention) => mention.surface)];
}

/** True when the extractor's reference names the document the annotation describes. */
export function sameDocument(expected: ExpectedReference, found: Reference): boolean {
  if (found.type === null || canonicalType(found.type) !== canonicalType(expected.type)) return false;
  if (expected.number !== null && found.number !== null) {
    return normaliseNumber(found.number) === normaliseNumber(expected.number);
  }
  if (expected.name === undefined) return false;
  const name = foldForMatching(expected.name);
  return mentionSurfaces(found).some((surface) => foldForMatching(surface).includes(name));
}

export function normaliseSubject(subject: string): string {
  return subject === 'self' ? subject : normaliseNumber(subject);
}

const relationAccepted = (expected: ExpectedReference, found: Reference): boolean =>
  found.relation === expected.relation || (expected.alternatives ?? []).includes(found.relation);

const subjectRight = (expected: ExpectedReference, found: Reference): boolean =>
  normaliseSubject(found.subject) === normaliseSubject(expected.subject);

/**
 * Of several entries for the same document, the one that agrees most with the annotation:
 * right subject first, then right relation, then named by its number rather than by a name.
 */
function bestCandidate(expected: ExpectedReference, candidates: Reference[]): Reference {
  const rank = (found: Reference) =>
    (subjectRight(expected, found) ? 4 : 0) + (relationAccepted(expected, found) ? 2 : 0) + (found.number !== null ? 1 : 0);
  return candidates.reduce((best, next) => (rank(next) > rank(best) ? next : best));
}

export interface MatchedReference {
  expected: ExpectedReference;
  found: Reference;
  relationRight: boolean;
  subjectRight: boolean;
}

export interface OwnFieldError {
  field: 'type' | 'number' | 'date' | 'place';
  expected: string | null;
  found: string | null | undefined;
}

export interface CaseOutcome {
  corpusCase: CorpusCase;
  result: ExtractionResult | null;
  error: string | null;
  matched: MatchedReference[];
  missed: ExpectedReference[];
  /** References that name no annotated document: wrong type or number, or not a reference. */
  falseFinds: Reference[];
  /** Further entries for an annotated document, with another relation or subject. */
  extraEdges: Reference[];
  /** References that name only a borderline (optional) document: counted neither way. */
  optionalFinds: Reference[];
  ownFieldErrors: OwnFieldError[];
  offsetErrors: string[];
}

export function offsetProblems(text: string, references: readonly Reference[]): string[] {
  const problems: string[] = [];
  for (const reference of references) {
    const spans = [reference, ...(reference.mentions ?? [])];
    for (const { start, end, surface } of spans) {
      const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
      if (!valid || text.slice(start, end) !== surface) {
        problems.push(`${reference.number ?? reference.type}: [${start}, ${end}) ${JSON.stringify(surface)}`);
      }
    }
  }
  return problems;
}

function ownFieldErrors(corpusCase: CorpusCase, result: ExtractionResult): OwnFieldError[] {
  const expected = corpusCase.document;
  const found = result.document;
  const errors: OwnFieldError[] = [];
  const check = (field: OwnFieldError['field'], want: string | null | undefined, same: (a: string, b: string) => boolean) => {
    if (want === undefined) return;
    const got = found[field];
    const right = want === null ? got === null || got === undefined : typeof got === 'string' && same(want, got);
    if (!right) errors.push({ field, expected: want, found: got });
  };
  check('type', expected.type, (a, b) => canonicalType(a) === canonicalType(b));
  check('number', expected.number, (a, b) => normaliseNumber(a) === normaliseNumber(b));
  check('date', expected.date, (a, b) => a === b);
  check('place', expected.place, (a, b) => foldForMatching(a) === foldForMatching(b));
  return errors;
}

export function scoreCase(corpusCase: CorpusCase, extract: Extract): CaseOutcome {
  const outcome: CaseOutcome = {
    corpusCase, result: null, error: null, matched: [], missed: [], falseFinds: [], extraEdges: [], optionalFinds: [], ownFieldErrors: [], offsetErrors: [],
  };
  try {
    outcome.result = extract(corpusCase.text);
  } catch (error) {
    outcome.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    outcome.missed = corpusCase.references.filter((reference) => !reference.optional);
    return outcome;
  }
  const found = outcome.result.references;
  const explained = new Set<Reference>();
  const explainedByRequired = new Set<Reference>();
  const chosen = new Set<Reference>();
  for (const expected of corpusCase.references) {
    const candidates = found.filter((reference) => sameDocument(expected, reference));
    candidates.forEach((candidate) => explained.add(candidate));
    if (!expected.optional) candidates.forEach((candidate) => explainedByRequired.add(candidate));
    if (candidates.length === 0) {
      if (!expected.optional) outcome.missed.push(expected);
      continue;
    }
    const best = bestCandidate(expected, candidates);
    chosen.add(best);
    if (!expected.optional) {
      outcome.matched.push({ expected, found: best, relationRight: relationAccepted(expected, best), subjectRight: subjectRight(expected, best) });
    }
  }
  outcome.falseFinds = found.filter((reference) => !explained.has(reference));
  outcome.optionalFinds = found.filter((reference) => explained.has(reference) && !explainedByRequired.has(reference));
  outcome.extraEdges = found.filter((reference) => explainedByRequired.has(reference) && !chosen.has(reference));
  outcome.ownFieldErrors = ownFieldErrors(corpusCase, outcome.result);
  outcome.offsetErrors = offsetProblems(corpusCase.text, found);
  return outcome;
}
