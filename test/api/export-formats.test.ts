// Exports must open in the tools researchers use: GraphML any XML parser accepts, CSV with
// quoting that survives commas, quotes and line breaks in Vietnamese evidence sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { csvCell, edgesCsv, nodesCsv } from '../../server/src/api/export/csv.ts';
import { toGraphML, xmlEscape } from '../../server/src/api/export/graphml.ts';
import { toCytoscapeJson } from '../../server/src/api/export/cytoscape.ts';
import { documentOf, edgeOf } from './graph-fixtures.ts';

const tricky = {
  nodes: [
    documentOf('party:TU:cao-bang:CT:19:2015', { type: 'Chỉ thị', number: '19-CT/TU', title: 'Về "tăng cường" <sự lãnh đạo> & bảo vệ môi trường' }),
    documentOf('mass:LĐLĐ:cao-bang:CV:629:2017', { type: 'Công văn', number: '629/LĐLĐ', issuer: 'LĐLĐ tỉnh Cao Bằng, Ban Thường vụ' }),
  ],
  edges: [
    edgeOf('mass:LĐLĐ:cao-bang:CV:629:2017', 'party:TU:cao-bang:CT:19:2015', 'IMPLEMENTS', 'Thực hiện Chỉ thị số 19- CT/TU,\nngày 04 tháng 7 năm 2017 "của Tỉnh ủy"\u0001.'),
  ],
  truncated: false,
};

test('CSV cells are quoted when they hold commas, quotes or line breaks, and formulas are defused', () => {
  assert.equal(csvCell('629/LĐLĐ'), '629/LĐLĐ');
  assert.equal(csvCell('LĐLĐ tỉnh Cao Bằng, Ban Thường vụ'), '"LĐLĐ tỉnh Cao Bằng, Ban Thường vụ"');
  assert.equal(csvCell('Về "tăng cường"'), '"Về ""tăng cường"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell(null), '');
});

test('the nodes CSV has a header and one row per document, readable back field by field', () => {
  const csv = nodesCsv(tricky);
  assert.ok(csv.startsWith('\uFEFFkey,label,type,number,'));
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(lines.length, 3);
  assert.match(lines[1]!, /^party:TU:cao-bang:CT:19:2015,Chỉ thị 19-CT\/TU,Chỉ thị,19-CT\/TU,,,,"Về ""tăng cường"" <sự lãnh đạo> & bảo vệ môi trường",/u);
});

test('the edges CSV keeps a multi-line evidence sentence inside one quoted cell', () => {
  const csv = edgesCsv(tricky);
  assert.match(csv, /,"Thực hiện Chỉ thị số 19- CT\/TU,\nngày 04 tháng 7 năm 2017 ""của Tỉnh ủy""\u0001\.",/u);
});

test('GraphML parses as XML and keeps every value, escaped', () => {
  const xml = toGraphML(tricky);
  const errors: string[] = [];
  const parsed = new DOMParser({ errorHandler: (level: string, message: unknown) => { if (level !== 'warning') errors.push(String(message)); } }).parseFromString(xml, 'text/xml');
  assert.deepEqual(errors, []);
  const nodes = parsed.getElementsByTagName('node');
  assert.equal(nodes.length, 2);
  assert.equal(nodes.item(0)?.getAttribute('id'), 'party:TU:cao-bang:CT:19:2015');
  const titles = [...Array.from({ length: parsed.getElementsByTagName('data').length }, (_, i) => parsed.getElementsByTagName('data').item(i)!)]
    .filter((data) => data.getAttribute('key') === 'node_title')
    .map((data) => data.textContent);
  assert.deepEqual(titles, ['Về "tăng cường" <sự lãnh đạo> & bảo vệ môi trường']);
  const edge = parsed.getElementsByTagName('edge').item(0)!;
  assert.equal(edge.getAttribute('source'), 'mass:LĐLĐ:cao-bang:CV:629:2017');
  assert.ok(!xml.includes('\u0001'), 'characters XML forbids are dropped');
  // The parser is lenient about stray ampersands; well-formed XML has only entity references.
  assert.doesNotMatch(xml, /&(?!(amp|lt|gt|quot|apos);)/);
  assert.equal(xmlEscape(`a<b>&"c'`), 'a&lt;b&gt;&amp;&quot;c&apos;');
});

test('Cytoscape JSON has elements.nodes and elements.edges with ids, sources and targets', () => {
  const json = toCytoscapeJson(tricky) as { elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] } };
  assert.equal(json.elements.nodes[1]!.data['id'], 'mass:LĐLĐ:cao-bang:CV:629:2017');
  assert.equal(json.elements.edges[0]!.data['source'], 'mass:LĐLĐ:cao-bang:CV:629:2017');
  assert.equal(json.elements.edges[0]!.data['target'], 'party:TU:cao-bang:CT:19:2015');
  assert.equal(json.elements.edges[0]!.data['relation'], 'IMPLEMENTS');
});
