// The API's domain functions on a small graph: governing chains, coverage by province,
// timelines with lags, and hops put into words a journalist can quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lagInDays, vietnameseDate, compareDates } from '../../server/src/api/domain/dates.ts';
import { governingChains } from '../../server/src/api/domain/governing.ts';
import { computeCoverage } from '../../server/src/api/domain/coverage.ts';
import { buildTimeline } from '../../server/src/api/domain/timeline.ts';
import { provinceMapFor } from '../../server/src/api/domain/provinces-match.ts';
import { quoteHop, describeDocument } from '../../server/src/api/domain/quote.ts';
import { orderPath } from '../../server/src/api/domain/graph-walk.ts';
import { decodeCursor, encodeCursor } from '../../server/src/api/domain/cursor.ts';
import { documents, edges, documentOf } from './graph-fixtures.ts';

test('lags are counted in calendar days and undated documents have none', () => {
  assert.equal(lagInDays('2017-07-04', '2017-07-21'), 17);
  assert.equal(lagInDays('2016-02-28', '2016-03-01'), 2); // leap year
  assert.equal(lagInDays('2017-07-04', null), null);
  assert.equal(vietnameseDate('2017-07-21'), '21/7/2017');
  assert.ok(compareDates(null, '2001-01-01') > 0, 'undated sorts last');
});

test('Công văn 629/LĐLĐ is governed by Nghị quyết 24-NQ/TW through the province, central chains first', () => {
  const chains = governingChains('cv629', { edges }, documents);
  assert.deepEqual(chains.map((chain) => chain.top), ['nq24']);
  const [chain] = chains;
  assert.equal(chain!.reachesCentral, true);
  // The direct citation is shorter, but the chain that implements all the way tells how
  // the resolution was carried down, so it is the one given.
  assert.deepEqual(chain!.edges.map((edge) => edge.to), ['ct19', 'ctr39', 'nq24']);
  assert.equal(chain!.implementsAllTheWay, true);
});

test('without an implementing route, the citation is the chain', () => {
  const citationOnly = edges.filter((edge) => edge.from === 'cv629' && edge.to === 'nq24');
  const [chain] = governingChains('cv629', { edges: citationOnly }, documents);
  assert.deepEqual([chain!.top, chain!.edges.length, chain!.implementsAllTheWay], ['nq24', 1, false]);
});

test('a document whose chain stops at a provincial directive still gets that chain', () => {
  const onlyProvincial = edges.filter((edge) => edge.from === 'cv629' && edge.to === 'ct19');
  const chains = governingChains('cv629', { edges: onlyProvincial }, documents);
  assert.deepEqual(chains.map((chain) => [chain.top, chain.reachesCentral]), [['ct19', false]]);
});

test('coverage of 24-NQ/TW: Bình Phước directly, Cao Bằng through its programme, the rest missing', () => {
  const implementing = edges.filter((edge) => edge.kind === 'IMPLEMENTS');
  const coverage = computeCoverage('nq24', { edges: implementing }, documents, provinceMapFor('2013-06-03'));
  assert.deepEqual(coverage.provinces.map((p) => [p.province, p.first.key, p.first.lagDays, p.direct]), [
    ['Cao Bằng', 'ctr39', 84, true],
    ['Bình Phước', 'kh55', 120, true],
  ]);
  const caoBang = coverage.provinces[0]!;
  assert.equal(caoBang.documents, 3);
  assert.deepEqual(caoBang.units.map((unit) => unit.issuer), ['Tỉnh ủy Cao Bằng', 'LĐLĐ tỉnh Cao Bằng']);
  assert.equal(coverage.missing.length, 61, '63 provinces before July 2025, two covered');
  assert.ok(coverage.missing.includes('Hà Giang'));
  assert.deepEqual(coverage.unitsWithoutProvince.map((unit) => unit.issuer), ['Bộ Tài nguyên và Môi trường']);
});

test('coverage of a source issued after 1 July 2025 counts against the 34 merged provinces', () => {
  const source = documentOf('kl150', { date: '2025-08-01', level: 'central' });
  const follower = documentOf('kh1', { date: '2025-08-11', province: 'cao-bang', issuer: 'Tỉnh ủy Cao Bằng' });
  const all = new Map([['kl150', source], ['kh1', follower]]);
  const coverage = computeCoverage('kl150', { edges: [{ ...edges[0]!, from: 'kh1', to: 'kl150' }] }, all, provinceMapFor(source.date));
  assert.equal(coverage.provinces.length, 1);
  assert.equal(coverage.missing.length, 33);
  assert.equal(coverage.provinces[0]!.first.lagDays, 10);
});

test('a placeholder follower counts for the province its key names', () => {
  const held = new Map([['party:TW:-:NQ:24:XI', documents.get('nq24')!]]);
  const edge = { ...edges[0]!, from: 'party:TU:yen-bai:KH:40:2010', to: 'party:TW:-:NQ:24:XI' };
  const coverage = computeCoverage('party:TW:-:NQ:24:XI', { edges: [edge] }, held, provinceMapFor('2013-06-03'));
  assert.deepEqual(coverage.provinces.map((p) => p.province), ['Yên Bái']);
});

test('the timeline of 24-NQ/TW lists the documents below it oldest first, with lags and hops', () => {
  const timeline = buildTimeline('nq24', { edges }, documents);
  assert.deepEqual(timeline.map((entry) => [entry.key, entry.lagDays, entry.hops]), [
    ['ctr39', 84, 1],
    ['kh12', 104, 1],
    ['kh55', 120, 1],
    ['ct19', 1492, 2],
    ['cv629', 1509, 1],
  ]);
});

test('a hop reads as a quotable sentence with its evidence', () => {
  const hop = edges.find((edge) => edge.from === 'cv629' && edge.to === 'ct19')!;
  assert.equal(
    quoteHop(hop, documents),
    'Công văn 629/LĐLĐ (LĐLĐ tỉnh Cao Bằng, 21/7/2017) thực hiện Chỉ thị 19-CT/TU (Tỉnh ủy Cao Bằng, 4/7/2017) — ' +
      '«Thực hiện Chỉ thị số 19- CT/TU, ngày 04 tháng 7 năm 2017 của Tỉnh ủy Cao Bằng.»',
  );
  const stated = { ...edges[0]!, assertedBy: 'cv629' };
  assert.match(quoteHop(stated, documents), /thực hiện Nghị quyết 24-NQ\/TW .* theo Công văn 629\/LĐLĐ/u);
  assert.equal(describeDocument(documentOf('x')), 'Văn bản không số');
});

test('a path subgraph is put in order from its start to its end', () => {
  const path = [edges[0]!, edges[2]!, edges[1]!];
  assert.deepEqual(orderPath(path, 'cv629', 'nq24')?.map((edge) => edge.to), ['ct19', 'ctr39', 'nq24']);
  assert.equal(orderPath(path, 'nq24', 'cv629'), null);
});

test('a search cursor only works for the search it came from', () => {
  const cursor = encodeCursor(20, 'bảo vệ môi trường', { levels: ['province'] });
  assert.equal(decodeCursor(cursor, 'bảo vệ môi trường', { levels: ['province'] }), 20);
  assert.equal(decodeCursor(cursor, 'biến đổi khí hậu', { levels: ['province'] }), null);
  assert.equal(decodeCursor('not-a-cursor', 'bảo vệ môi trường', null), null);
});
