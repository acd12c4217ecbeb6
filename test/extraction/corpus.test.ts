// Runs the extractor over every annotated case and holds it to the accuracy we promise
// researchers. The summary table printed here is the figure we report; the failure list
// under it says, case by case, what was expected and what came out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpus } from './corpus/index.ts';
import { formatFailures, formatSummary, summarise, type Thresholds } from './figures.ts';
import { loadExtract } from './load-extractor.ts';
import { foldForMatching, normaliseNumber, scoreCase } from './scoring.ts';

// Targets from the extraction-quality issue, on unseen real documents.
const MIN_REFERENCE_RECALL = 0.95;
const MIN_REFERENCE_PRECISION = 0.97;
const MIN_RELATION_ACCURACY = 0.9;
const MIN_SUBJECT_ACCURACY = 0.9;
const MIN_DATE_ACCURACY = 0.97;
const MIN_OWN_FIELD_ACCURACY = 0.95;

const THRESHOLDS: Thresholds = {
  recall: MIN_REFERENCE_RECALL,
  precision: MIN_REFERENCE_PRECISION,
  relation: MIN_RELATION_ACCURACY,
  subject: MIN_SUBJECT_ACCURACY,
  dates: MIN_DATE_ACCURACY,
  ownType: MIN_OWN_FIELD_ACCURACY,
  ownNumber: MIN_OWN_FIELD_ACCURACY,
  ownDate: MIN_OWN_FIELD_ACCURACY,
};

test('the corpus is large, varied and consistent with its own texts', () => {
  const ids = corpus.map((corpusCase) => corpusCase.id);
  assert.equal(new Set(ids).size, ids.length, 'case ids are unique');
  assert.ok(corpus.length >= 100, `at least 100 cases (have ${corpus.length})`);
  assert.ok(corpus.filter((c) => c.references.length === 0).length >= 20, 'at least 20 negative cases');
  for (const corpusCase of corpus) {
    const compactText = normaliseNumber(corpusCase.text);
    const foldedText = foldForMatching(corpusCase.text);
    for (const reference of corpusCase.references) {
      const where = `${corpusCase.id}: ${reference.number ?? reference.name}`;
      assert.ok(reference.number !== null || reference.name, `${where} needs a number or a name`);
      if (reference.number !== null) {
        const digits = reference.number.match(/^\d+/)?.[0] ?? '';
        assert.ok(compactText.includes(digits.replace(/^0+(?=\d)/, '')), `${where}: its number is in the text`);
      }
      if (reference.name) assert.ok(foldedText.includes(foldForMatching(reference.name)), `${where}: its name is in the text`);
      if (reference.subject !== 'self') {
        assert.ok(corpusCase.references.some((other) => other.number === reference.subject), `${where}: subject is annotated too`);
      }
      for (const date of [reference.date, corpusCase.document.date]) {
        if (date) assert.ok(!Number.isNaN(Date.parse(date)) && /^\d{4}-\d{2}-\d{2}$/.test(date), `${where}: ${date} is an ISO date`);
      }
    }
  }
});

test('the extractor finds, relates and dates references as annotated', async () => {
  const extract = await loadExtract();
  const outcomes = corpus.map((corpusCase) => scoreCase(corpusCase, extract));
  const figures = summarise(outcomes);
  console.log(`\n${formatSummary(figures, THRESHOLDS)}\n`);
  console.log(formatFailures(outcomes));
  const below = Object.entries(THRESHOLDS).filter(([key, minimum]) => figures[key as keyof Thresholds].value < minimum!);
  assert.deepEqual(
    below.map(([key, minimum]) => `${key} ${figures[key as keyof Thresholds].value.toFixed(3)} < ${minimum}`),
    [],
    'every figure meets its target (see the summary and failure list above)',
  );
});

test('negative cases report no reference at all', async (t) => {
  const extract = await loadExtract();
  for (const corpusCase of corpus.filter((c) => c.references.length === 0)) {
    await t.test(corpusCase.id, () => {
      const found = extract(corpusCase.text).references;
      assert.deepEqual(found.map((reference) => reference.surface), [], corpusCase.about);
    });
  }
});

test('every reported span points into the original text', async () => {
  const extract = await loadExtract();
  const problems = corpus.flatMap((corpusCase) => scoreCase(corpusCase, extract).offsetErrors.map((problem) => `${corpusCase.id} ${problem}`));
  assert.deepEqual(problems, []);
});
