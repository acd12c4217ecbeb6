import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeState, defaultState, encodeState, type ViewState } from '../../client/src/url-state.ts';

test('a shared link names the document, direction, depth, filters and view, and reads back the same', () => {
  const state: ViewState = {
    ...defaultState(),
    doc: 'mass:LĐLĐ:binh-phuoc:CV:629:2017',
    direction: 'UP',
    depth: 4,
    view: 'timeline',
    filters: { types: ['Chỉ thị'], levels: ['PROVINCE', 'CENTRAL'], provinces: ['Bình Phước'], yearFrom: 2013, yearTo: 2019 },
    lang: 'en',
  };
  const link = encodeState(state);
  assert.match(link, /^\?doc=/);
  assert.deepEqual(decodeState(link), state);
});

test('the default view has an empty query string, so the home page link stays clean', () => {
  assert.equal(encodeState(defaultState()), '');
  assert.deepEqual(decodeState(''), defaultState());
});

test('a malformed link falls back to the defaults instead of breaking the page', () => {
  const state = decodeState('?dir=SIDEWAYS&depth=-3&view=<script>&from=20x&level=PROVINCE,MOON&lang=fr');
  assert.equal(state.direction, 'BOTH');
  assert.equal(state.depth, 2);
  assert.equal(state.view, 'graph');
  assert.equal(state.filters.yearFrom, null);
  assert.deepEqual(state.filters.levels, ['PROVINCE']);
  assert.equal(state.lang, 'vi');
});

test('depth is capped', () => {
  assert.equal(decodeState('?depth=99').depth, 8);
});

test('a trace names both ends and a search its text', () => {
  const state = decodeState('?doc=a&view=trace&traceTo=b&q=nghi+quyet+41');
  assert.equal(state.traceTo, 'b');
  assert.equal(state.query, 'nghi quyet 41');
  assert.equal(decodeState(encodeState(state)).query, 'nghi quyet 41');
});
