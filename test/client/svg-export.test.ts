import { test } from 'node:test';
import assert from 'node:assert/strict';
import { graphToSvg } from '../../client/src/graph/svg-export.ts';

test('the SVG export draws bands, solid and dashed edges, hollow placeholders, and escapes labels', () => {
  const svg = graphToSvg(
    [
      { x: 0, y: 50, label: 'Nghị quyết 24-NQ/TW', shape: 'ellipse', system: 'party', placeholder: true, unresolved: false, focus: false },
      { x: 0, y: 200, label: 'Công văn <629/LĐLĐ> & "x"', shape: 'tag', system: 'mass', placeholder: false, unresolved: false, focus: true },
    ],
    [{ from: { x: 0, y: 200 }, to: { x: 0, y: 50 }, relation: 'cites' }],
    [{ band: 'CENTRAL', label: 'Trung ương', top: 0, bottom: 110 }, { band: 'PROVINCE', label: 'Tỉnh', top: 110, bottom: 260 }],
  );
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, />Trung ương</);
  assert.match(svg, /stroke-dasharray="6 4"/);
  assert.match(svg, /<ellipse [^>]*fill="#ffffff" stroke="#c62828"/, 'placeholder is hollow, in the Party colour');
  assert.match(svg, /Công văn &#60;629\/LĐLĐ&#62; &#38; &#34;x&#34;/);
  assert.doesNotMatch(svg, /<629/);
});
