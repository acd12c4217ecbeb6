// The synthetic national corpus: deterministic, its truth file faithful to its texts,
// symbols colliding across provinces and terms as in life, noise at the configured rates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/generator/index.ts';
import { readCorpus } from '../../scripts/generator/read-corpus.ts';

const dirs: string[] = [];
function generate(documents: number, seed: string, noise = {}): string {
  const out = mkdtempSync(join(tmpdir(), 'corpus-'));
  dirs.push(out);
  generateCorpus({ documents, seed, out, noise });
  return out;
}
test.after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function digest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full.slice(dir.length)).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

const corpusDir = generate(1500, 'national');
const corpus = readCorpus(corpusDir);

test('the same seed gives the same corpus, byte for byte; another seed another corpus', () => {
  const again = generate(1500, 'national');
  assert.equal(digest(again), digest(corpusDir));
  assert.notEqual(digest(generate(1500, 'other')), digest(corpusDir));
});

test('writes exactly the documents asked for, each listed with its file', () => {
  assert.equal(corpus.documents.length, 1500);
  assert.equal(corpus.manifest.documents, 1500);
  assert.equal(corpus.manifest.edges, corpus.truth.length);
  for (const doc of corpus.documents.slice(0, 50)) assert.ok(corpus.text(doc.file).length > 300, doc.file);
  assert.ok(corpus.truth.length >= 1.3 * 1500, `several references per document (${corpus.truth.length} edges)`);
});

test('every asserted edge is written in its source file where the truth file says', () => {
  const texts = new Map<string, string>();
  for (const edge of corpus.truth) {
    const text = texts.get(edge.source) ?? corpus.text(edge.source);
    texts.set(edge.source, text);
    assert.equal(text.slice(edge.start, edge.end), edge.surface, `${edge.source} @${edge.start}`);
    // Noise never changes the number itself: its digits are there, whatever the spacing.
    if (edge.to.number) assert.ok(edge.surface.normalize('NFC').includes(edge.to.number.split(/[-/]/)[0]!), `${edge.surface} / ${edge.to.number}`);
    else assert.match(edge.surface, /^Luật /u);
  }
});

test('every number and symbol is well formed, as its issuer writes it', () => {
  const party = /^\d{2,}-[\p{Lu}][\p{L}]*\/[\p{Lu}Đ][\p{L}-]*$/u; // 19-CT/TU, 05-CTr/TU, 123-CV/TĐTN-TG
  const state = /^\d+\/(?:\d{4}\/)?[\p{Lu}Đ][\p{L}]*(?:-[\p{L}]+)*$/u; // 629/LĐLĐ, 1234/QĐ-UBND, 08/2022/NĐ-CP
  for (const d of corpus.documents) if (d.number) assert.ok(party.test(d.number) || state.test(d.number), d.number);
});

test('a document that implements another is later than it, by days to months', () => {
  const lags = corpus.truth
    .filter((e) => e.relation === 'implements' && e.subject === 'self')
    .map((e) => (Date.parse(e.from.date) - Date.parse(e.to.date)) / 86_400_000);
  assert.ok(lags.length > 500);
  assert.ok(lags.every((lag) => lag >= 0), 'no document implements one issued after it');
  assert.ok(lags.some((lag) => lag <= 30) && lags.some((lag) => lag >= 60), 'lags from days to months');
});

test('symbols collide across provinces and across terms, as in life', () => {
  const byNumber = new Map<string, Set<string>>();
  const provincesOf = new Map<string, Set<string | null>>();
  for (const d of corpus.documents) {
    if (!d.number) continue;
    byNumber.set(d.number, (byNumber.get(d.number) ?? new Set()).add(d.id));
    provincesOf.set(d.number, (provincesOf.get(d.number) ?? new Set()).add(d.province));
  }
  assert.ok([...provincesOf.values()].some((p) => p.size >= 2), 'one symbol in two provinces');
  // Central numbers restart each term: the same 41-NQ/TW names two documents.
  const central = corpus.truth.map((e) => e.to).filter((t) => t.level === 'central' && t.system === 'party');
  const terms = new Map<string, Set<string>>();
  for (const t of central) terms.set(t.number!, (terms.get(t.number!) ?? new Set()).add(`${t.term}`));
  assert.ok([...terms.values()].some((set) => set.size >= 2), 'one central symbol in two terms');
  // Within one issuer, type and term (or year) a number is never given twice.
  const seen = new Map<string, string>();
  for (const t of corpus.truth.flatMap((e) => [e.from, e.to])) {
    if (!('number' in t) || !t.number) continue;
    const period = t.term ?? t.date.slice(0, 4);
    const key = `${t.province}|${t.issuer}|${t.number}|${period}`;
    assert.equal(seen.get(key) ?? t.id, t.id, key);
    seen.set(key, t.id);
  }
});

test('noise appears at roughly the configured rates', () => {
  const { rates, applied, chances } = corpus.manifest.noise;
  for (const [kind, rate] of Object.entries(rates)) {
    const n = chances[kind] ?? 0;
    if (n < 300) continue;
    const observed = (applied[kind] ?? 0) / n;
    const tolerance = 4 * Math.sqrt((rate * (1 - rate)) / n) + 0.005;
    assert.ok(Math.abs(observed - rate) <= tolerance, `${kind}: ${observed.toFixed(3)} vs ${rate}`);
  }
  const texts = corpus.documents.slice(0, 400).map((d) => corpus.text(d.file));
  assert.ok(texts.some((t) => t.includes('\r\n')), 'CRLF files');
  assert.ok(texts.some((t) => t !== t.normalize('NFC')), 'NFD passages');
  assert.ok(corpus.truth.some((e) => /\d- [A-ZĐ]/u.test(e.surface)), 'stray space: "19- CT/TU"');
  assert.ok(corpus.truth.some((e) => /\n/.test(e.surface)), 'line break inside a reference');
});

test('noise can be switched off', () => {
  const clean = readCorpus(generate(300, 'clean', {
    strayHyphenSpace: 0, malformedSeparator: 0, noSpaceAfterSo: 0, spaceBeforeSlash: 0, uppercaseSymbol: 0,
    lineBreakInReference: 0, nfdPassage: 0, oldToneMarks: 0, crlf: 0, flattenedHeader: 0, trailingJunk: 0,
  }));
  for (const edge of clean.truth) if (edge.to.number) assert.ok(edge.surface.includes(edge.to.number), edge.surface);
});
