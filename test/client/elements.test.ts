import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineageToElements, mergeLineages, shapeForType, type GraphNode, type GraphEdge } from '../../client/src/graph/elements.ts';
import { documentLabel, type DocumentSummary, type Lineage } from '../../client/src/model.ts';

function doc(key: string, fields: Partial<DocumentSummary> = {}): DocumentSummary {
  return { key, type: null, number: null, issuer: null, date: null, title: null, level: null, province: null, system: null, placeholder: false, ...fields };
}

// Seed 000: Công văn 629/LĐLĐ implements Chỉ thị 19-CT/TU and cites 24-NQ/TW (only cited).
const lineage: Lineage = {
  nodes: [
    doc('mass:LĐLĐ:binh-phuoc:CV:629:2017', { type: 'Công văn', number: '629/LĐLĐ', level: 'PROVINCE', system: 'MASS', date: '2017-07-21' }),
    doc('party:TU:binh-phuoc:CT:19:2015', { type: 'Chỉ thị', number: '19-CT/TU', level: 'PROVINCE', system: 'PARTY' }),
    doc('party:TW:-:NQ:24:XI', { type: 'Nghị quyết', number: '24-NQ/TW', system: 'PARTY', placeholder: true }),
    doc('party:TW:-:NQ:25:?', { type: 'Nghị quyết', number: '25-NQ/TW', system: 'PARTY', placeholder: true }),
  ],
  edges: [
    { id: 'e1', from: 'mass:LĐLĐ:binh-phuoc:CV:629:2017', to: 'party:TU:binh-phuoc:CT:19:2015', relation: 'IMPLEMENTS', assertedBy: 'mass:LĐLĐ:binh-phuoc:CV:629:2017', cue: 'Thực hiện', sentence: 'Thực hiện Chỉ thị số 19-CT/TU…' },
    { id: 'e2', from: 'mass:LĐLĐ:binh-phuoc:CV:629:2017', to: 'party:TW:-:NQ:24:XI', relation: 'CITES', assertedBy: 'mass:LĐLĐ:binh-phuoc:CV:629:2017', cue: 'quán triệt', sentence: '…' },
    { id: 'e3', from: 'party:TU:binh-phuoc:CT:19:2015', to: 'party:TW:-:NQ:99:XI', relation: 'CITES', assertedBy: 'x', cue: null, sentence: '…' },
  ],
  truncated: false,
};

test('a lineage becomes nodes coloured by system, shaped by type, placed in the band of their level', () => {
  const elements = lineageToElements(lineage, 'mass:LĐLĐ:binh-phuoc:CV:629:2017');
  const nodes = elements.filter((e): e is GraphNode => e.group === 'nodes');
  const byNumber = new Map(nodes.map((n) => [n.data.label, n]));
  const dispatch = byNumber.get('Công văn 629/LĐLĐ')!;
  assert.equal(dispatch.data.band, 'PROVINCE');
  assert.equal(dispatch.data.shape, 'tag');
  assert.match(dispatch.classes, /\bmass\b/);
  assert.match(dispatch.classes, /\bfocus\b/);
  const directive = byNumber.get('Chỉ thị 19-CT/TU')!;
  assert.equal(directive.data.shape, 'diamond');
  assert.match(directive.classes, /\bparty\b/);
  const resolution = byNumber.get('Nghị quyết 24-NQ/TW')!;
  assert.equal(resolution.data.band, 'CENTRAL', 'a TW placeholder without a level is central by its key');
  assert.match(resolution.classes, /\bplaceholder\b/);
  assert.doesNotMatch(resolution.classes, /\bunresolved\b/);
});

test('a placeholder whose key leaves a field unknown is marked unresolved', () => {
  const nodes = lineageToElements(lineage).filter((e): e is GraphNode => e.group === 'nodes');
  const unresolved = nodes.find((n) => n.data.id === 'party:TW:-:NQ:25:?')!;
  assert.match(unresolved.classes, /\bunresolved\b/);
  assert.equal(unresolved.data.label, '? Nghị quyết 25-NQ/TW');
});

test('implements edges are solid, cites dashed, and edges to documents outside the lineage are dropped', () => {
  const edges = lineageToElements(lineage).filter((e): e is GraphEdge => e.group === 'edges');
  assert.deepEqual(edges.map((e) => [e.data.id, e.classes]), [['e1', 'implements'], ['e2', 'cites']]);
  assert.equal(edges[0]!.data.source, 'mass:LĐLĐ:binh-phuoc:CV:629:2017');
  assert.equal(edges[0]!.data.target, 'party:TU:binh-phuoc:CT:19:2015');
});

test('type names pick shapes whatever their tone marks or case', () => {
  assert.equal(shapeForType('Nghị quyết'), 'ellipse');
  assert.equal(shapeForType('NGHỊ QUYẾT'), 'ellipse');
  assert.equal(shapeForType('Chương trình hành động'), 'round-rectangle');
  assert.equal(shapeForType('Kế hoạch'), 'rectangle');
  assert.equal(shapeForType(null), 'round-tag');
  assert.equal(shapeForType('Tờ trình'), 'round-tag');
});

test('expanding a node adds only the documents and edges not yet shown', () => {
  const more: Lineage = {
    nodes: [lineage.nodes[1]!, doc('party:TW:-:NQ:41:IX', { number: '41-NQ/TW' })],
    edges: [lineage.edges[0]!, { id: 'e9', from: 'party:TU:binh-phuoc:CT:19:2015', to: 'party:TW:-:NQ:41:IX', relation: 'CITES', assertedBy: 'party:TU:binh-phuoc:CT:19:2015', cue: null, sentence: '…' }],
    truncated: true,
  };
  const merged = mergeLineages(lineage, more);
  assert.equal(merged.nodes.length, 5);
  assert.deepEqual(merged.edges.map((e) => e.id), ['e1', 'e2', 'e3', 'e9']);
  assert.equal(merged.truncated, true);
});

test('a document cited without a number is named by its type and issuer, not by its key', () => {
  assert.equal(documentLabel({ key: 'state:BTNMT:-:NQLT:giua-bo:?', type: 'Nghị quyết liên tịch', number: null, title: null, issuer: 'Bộ Tài nguyên và Môi trường' }), 'Nghị quyết liên tịch (Bộ Tài nguyên và Môi trường)');
  assert.equal(documentLabel({ key: 'k', type: 'Công văn', number: '629/LĐLĐ', title: 'Về việc …' }), 'Công văn 629/LĐLĐ');
  assert.equal(documentLabel({ key: 'k', type: null, number: null, title: 'Hội NCT tỉnh Lai Châu: Phát huy vai trò NCT với công tác bảo vệ tài nguyên và môi trường' }).length, 58);
});
