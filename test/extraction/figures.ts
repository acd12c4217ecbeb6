// The figures we report for the extractor over the whole corpus, and their printing:
// a summary table and a compact list of the cases that went wrong.
import type { Reference } from '../../server/src/domain/types.ts';
import type { ExpectedReference } from './corpus/index.ts';
import type { CaseOutcome } from './scoring.ts';

/** A share of successes: `right` out of `total` (a figure over nothing counts as 1). */
export interface Ratio {
  right: number;
  total: number;
  value: number;
}

const ratio = (right: number, total: number): Ratio => ({ right, total, value: total === 0 ? 1 : right / total });

const sameTerm = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').toUpperCase() === (b ?? '').toUpperCase();

/** The annotated term, if any, and never the term of someone else named in the sentence. */
function termRight(expected: ExpectedReference, found: Reference): boolean {
  if (expected.term !== undefined && !sameTerm(found.term, expected.term)) return false;
  return expected.notTerm === undefined || !sameTerm(found.term, expected.notTerm);
}

export interface Figures {
  cases: number;
  negativeCases: number;
  crashedCases: number;
  recall: Ratio;
  precision: Ratio;
  relation: Ratio;
  subject: Ratio;
  dates: Ratio;
  ownType: Ratio;
  ownNumber: Ratio;
  ownDate: Ratio;
  /** Not targets, shown to guide work: */
  ownPlace: Ratio;
  terms: Ratio;
  inventedDates: number;
  inventedOwnNumbers: number;
  extraEdges: number;
  offsetErrors: number;
  /** Different annotated documents given one canonical key: an identity error the graph would merge. */
  keyCollisions: number;
}

export function summarise(outcomes: readonly CaseOutcome[]): Figures {
  const sum = (count: (outcome: CaseOutcome) => number) => outcomes.reduce((total, outcome) => total + count(outcome), 0);
  const matched = outcomes.flatMap((outcome) => outcome.matched);
  const dated = matched.filter((match) => match.expected.date !== null);
  const termed = matched.filter((match) => match.expected.term !== undefined || match.expected.notTerm !== undefined);
  const own = (field: 'type' | 'number' | 'date' | 'place') => {
    const stated = outcomes.filter((outcome) => outcome.corpusCase.document[field] != null);
    const wrong = stated.filter((outcome) => outcome.error !== null || outcome.ownFieldErrors.some((error) => error.field === field));
    return ratio(stated.length - wrong.length, stated.length);
  };
  const returned = sum((outcome) => (outcome.result?.references.length ?? 0) - outcome.optionalFinds.length);
  const falseFinds = sum((outcome) => outcome.falseFinds.length);
  return {
    cases: outcomes.length,
    negativeCases: outcomes.filter((outcome) => outcome.corpusCase.references.length === 0).length,
    crashedCases: outcomes.filter((outcome) => outcome.error !== null).length,
    recall: ratio(matched.length, matched.length + sum((outcome) => outcome.missed.length)),
    precision: ratio(returned - falseFinds, returned),
    relation: ratio(matched.filter((match) => match.relationRight).length, matched.length),
    subject: ratio(matched.filter((match) => match.subjectRight).length, matched.length),
    dates: ratio(dated.filter((match) => match.found.date === match.expected.date).length, dated.length),
    ownType: own('type'),
    ownNumber: own('number'),
    ownDate: own('date'),
    ownPlace: own('place'),
    terms: ratio(termed.filter((match) => termRight(match.expected, match.found)).length, termed.length),
    inventedDates: matched.filter((match) => match.expected.date === null && match.found.date !== null).length,
    inventedOwnNumbers: outcomes.filter((outcome) => outcome.corpusCase.document.number === null && outcome.result?.document.number != null).length,
    extraEdges: sum((outcome) => outcome.extraEdges.length),
    offsetErrors: sum((outcome) => outcome.offsetErrors.length),
    keyCollisions: sum((outcome) => keyCollisions(outcome).length),
  };
}

/** Keys shared by matched references that the annotation says are different documents. */
export function keyCollisions(outcome: CaseOutcome): string[] {
  const documentsByKey = new Map<string, Set<string>>();
  for (const { expected, found } of outcome.matched) {
    const document = `${expected.type} ${expected.number ?? expected.name}`;
    documentsByKey.set(found.key, (documentsByKey.get(found.key) ?? new Set()).add(document));
  }
  return [...documentsByKey].filter(([, documents]) => documents.size > 1).map(([key, documents]) => `${key} ← ${[...documents].join(' | ')}`);
}

export type Thresholds = Partial<Record<'recall' | 'precision' | 'relation' | 'subject' | 'dates' | 'ownType' | 'ownNumber' | 'ownDate', number>>;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

export function formatSummary(figures: Figures, thresholds: Thresholds = {}): string {
  const row = (label: string, key: keyof Thresholds | 'ownPlace' | 'terms', what: string) => {
    const figure = figures[key];
    const target = key in thresholds ? thresholds[key as keyof Thresholds] : undefined;
    const verdict = target === undefined ? '' : figure.value >= target ? `  ≥ ${target}  ok` : `  < ${target}  BELOW`;
    return `  ${label.padEnd(22)}${percent(figure.value)}  ${`${figure.right}/${figure.total}`.padStart(9)}  ${what}${verdict}`;
  };
  return [
    `Extraction corpus: ${figures.cases} cases (${figures.negativeCases} negative), ${figures.crashedCases} threw`,
    row('reference recall', 'recall', 'annotated references found'),
    row('reference precision', 'precision', 'returned references that are right'),
    row('relation accuracy', 'relation', 'found references with the right relation'),
    row('subject accuracy', 'subject', 'found references with the right subject'),
    row('date accuracy', 'dates', 'found references whose written date is right'),
    row('own type', 'ownType', 'documents stating their type'),
    row('own number', 'ownNumber', 'documents stating their number'),
    row('own date', 'ownDate', 'documents stating their date'),
    row('own place', 'ownPlace', '(info) documents stating their place'),
    row('term', 'terms', '(info) terms right, others\' terms not taken'),
    `  invented: ${figures.inventedDates} reference dates, ${figures.inventedOwnNumbers} own numbers; ` +
      `extra edges: ${figures.extraEdges}; offset errors: ${figures.offsetErrors}; key collisions: ${figures.keyCollisions}`,
  ].join('\n');
}

const describeExpected = (reference: ExpectedReference) =>
  `${reference.type} ${reference.number ?? `"${reference.name ?? '?'}"`} (${reference.relation}, ${reference.subject}, ${reference.date ?? 'no date'})`;
const describeFound = (reference: Reference) =>
  `${reference.type ?? '?'} ${reference.number ?? JSON.stringify(reference.surface.slice(0, 60))} (${reference.relation}, ${reference.subject}, ${reference.date ?? 'no date'})`;

/** "party 3/20, state 1/18": how many cases of each theme (the id's first word) differ. */
function differingByTheme(outcomes: readonly CaseOutcome[], blocks: readonly string[]): string {
  const differing = new Set(blocks.map((block) => block.trim().split('\n')[0]));
  const themes = new Map<string, { differ: number; total: number }>();
  for (const { corpusCase } of outcomes) {
    const theme = corpusCase.id.split('-')[0] ?? corpusCase.id;
    const tally = themes.get(theme) ?? { differ: 0, total: 0 };
    tally.total++;
    if (differing.has(corpusCase.id)) tally.differ++;
    themes.set(theme, tally);
  }
  return [...themes].map(([theme, { differ, total }]) => `${theme} ${differ}/${total}`).join(', ');
}

/** One block per case that went wrong, a line per problem: what was expected, what came out. */
export function formatFailures(outcomes: readonly CaseOutcome[]): string {
  const blocks: string[] = [];
  for (const outcome of outcomes) {
    const lines: string[] = [];
    if (outcome.error) lines.push(`    threw      ${outcome.error}`);
    for (const reference of outcome.missed) lines.push(`    missed     ${describeExpected(reference)}`);
    for (const reference of outcome.falseFinds) lines.push(`    false find ${describeFound(reference)}`);
    for (const match of outcome.matched) {
      const { expected, found } = match;
      const name = expected.number ?? expected.name;
      if (!match.relationRight) lines.push(`    relation   ${name}: expected ${expected.relation}, got ${found.relation} (cue ${JSON.stringify(found.cue)})`);
      if (!match.subjectRight) lines.push(`    subject    ${name}: expected ${expected.subject}, got ${found.subject}`);
      if (expected.date !== null && found.date !== expected.date) lines.push(`    date       ${name}: expected ${expected.date}, got ${found.date}`);
      if (expected.date === null && found.date !== null) lines.push(`    date       ${name}: not written, got ${found.date}`);
      if (!termRight(expected, found)) lines.push(`    term       ${name}: expected ${expected.term ?? `not ${expected.notTerm}`}, got ${found.term}`);
    }
    for (const reference of outcome.extraEdges) lines.push(`    extra edge ${describeFound(reference)}`);
    for (const error of outcome.ownFieldErrors) lines.push(`    own ${error.field.padEnd(6)} expected ${error.expected}, got ${error.found ?? null}`);
    for (const problem of outcome.offsetErrors) lines.push(`    offsets    ${problem}`);
    for (const collision of keyCollisions(outcome)) lines.push(`    same key   ${collision}`);
    if (lines.length > 0) blocks.push(`  ${outcome.corpusCase.id}\n${lines.join('\n')}`);
  }
  if (blocks.length === 0) return 'Every case came out as annotated.';
  return `Cases that differ from the annotation (${blocks.length}/${outcomes.length}; by theme: ${differingByTheme(outcomes, blocks)}):\n${blocks.join('\n')}`;
}
