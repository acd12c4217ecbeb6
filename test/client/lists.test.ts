import { test } from 'node:test';
import assert from 'node:assert/strict';
import { governingRows, implementingRows, sortRows } from '../../client/src/lineage-lists.ts';
import type { DocumentSummary, Lineage } from '../../client/src/model.ts';

const doc = (key: string, number: string, date: string | null, level: DocumentSummary['level']): DocumentSummary =>
  ({ key, type: null, number, issuer: null, date, title: null, level, province: null, system: null, placeholder: false });

// 24-NQ/TW ← 39-CTr/TU ← 19-CT/TU ← 629/LĐLĐ, and a district plan implementing 629.
const lineage: Lineage = {
  nodes: [
    doc('nq24', '24-NQ/TW', '2013-06-03', 'CENTRAL'),
    doc('ctr39', '39-CTr/TU', '2013-08-26', 'PROVINCE'),
    doc('ct19', '19-CT/TU', '2017-07-04', 'PROVINCE'),
    doc('cv629', '629/LĐLĐ', '2017-07-21', 'PROVINCE'),
    doc('kh5', '5/KH-LĐLĐ', null, 'DISTRICT'),
  ],
  edges: [
    { id: '1', from: 'ctr39', to: 'nq24', relation: 'IMPLEMENTS', assertedBy: 'cv629', cue: null, sentence: '' },
    { id: '2', from: 'ct19', to: 'ctr39', relation: 'IMPLEMENTS', assertedBy: 'ct19', cue: null, sentence: '' },
    { id: '3', from: 'cv629', to: 'ct19', relation: 'IMPLEMENTS', assertedBy: 'cv629', cue: null, sentence: '' },
    { id: '4', from: 'cv629', to: 'nq24', relation: 'CITES', assertedBy: 'cv629', cue: null, sentence: '' },
    { id: '5', from: 'kh5', to: 'cv629', relation: 'IMPLEMENTS', assertedBy: 'kh5', cue: null, sentence: '' },
  ],
  truncated: false,
};

test('governing documents are those above, each at its shortest distance', () => {
  const rows = governingRows(lineage, 'cv629');
  assert.deepEqual(rows.map((r) => [r.doc.number, r.distance, r.relation]), [
    ['19-CT/TU', 1, 'IMPLEMENTS'],
    ['24-NQ/TW', 1, 'CITES'],
    ['39-CTr/TU', 2, 'IMPLEMENTS'],
  ]);
});

test('implementing documents are those below', () => {
  assert.deepEqual(implementingRows(lineage, 'ct19').map((r) => r.doc.number), ['629/LĐLĐ', '5/KH-LĐLĐ']);
});

test('tables sort by date either way, undated documents last', () => {
  const rows = governingRows(lineage, 'kh5');
  assert.deepEqual(sortRows(rows, 'date', true).map((r) => r.doc.date), ['2013-06-03', '2013-08-26', '2017-07-04', '2017-07-21']);
  assert.deepEqual(sortRows(rows, 'date', false).map((r) => r.doc.date), ['2017-07-21', '2017-07-04', '2013-08-26', '2013-06-03']);
  const withUndated = implementingRows(lineage, 'nq24');
  assert.equal(sortRows(withUndated, 'date', false).at(-1)!.doc.date, null);
});

test('tables sort by level from the centre down, and by number in numeric order', () => {
  const rows = governingRows(lineage, 'kh5');
  assert.equal(sortRows(rows, 'level', true)[0]!.doc.number, '24-NQ/TW');
  assert.deepEqual(sortRows(rows, 'label', true).map((r) => r.label), ['19-CT/TU', '24-NQ/TW', '39-CTr/TU', '629/LĐLĐ']);
});
