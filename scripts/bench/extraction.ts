// Extraction throughput on one core, beside the floor it cannot beat (normalising the text
// and scanning it once for symbol candidates), and what the extractor reads correctly
// against the truth file, on the same texts in the same run.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractionResult } from '../../server/src/domain/types.ts';
import type { TruthEdge } from '../generator/writer.ts';
import { readCorpus } from './corpus.ts';

type Extract = (text: string, options: { source: string }) => ExtractionResult | Promise<ExtractionResult>;
type Normalise = (text: string) => { text: string };

const moduleExists = (relative: string): boolean => existsSync(fileURLToPath(new URL(relative, import.meta.url)));

export async function loadExtractor(): Promise<Extract | null> {
  if (!moduleExists('../../server/src/extraction/index.ts')) return null;
  const module = (await import('../../server/src/extraction/index.ts' as string)) as { extract: Extract };
  return module.extract;
}

async function loadNormalise(): Promise<Normalise | null> {
  if (!moduleExists('../../server/src/extraction/normalise.ts')) return null;
  return ((await import('../../server/src/extraction/normalise.ts')) as { normalise: Normalise }).normalise;
}

// A symbol candidate: digits, a separator, a capital ("19-CT", "1234/QĐ", "08/2022").
const SYMBOL_CANDIDATE = /\d{1,5}\s?[-/]\s?[\p{Lu}\d]/gu;

export interface ExtractionFigures {
  documents: number;
  bytes: number;
  /** Elapsed-time throughputs; the `Cpu` ones divide by the process's CPU time instead, which
   * stays meaningful when other work shares the cores. */
  extractMBs: number | null;
  extractCpuMBs: number | null;
  floorMBs: number | null;
  floorCpuMBs: number | null;
  normaliseMBs: number | null;
  accuracy: ExtractionAccuracy | null;
}

export interface ExtractionAccuracy {
  edges: number;
  /** A reference found where the truth says one is written. */
  found: number;
  /** …with the number read as written (spacing and case aside). */
  numberRight: number;
  /** …and the relation and subject the text states. */
  relationRight: number;
}

/** Elapsed and CPU seconds of running `work` over every text. */
function timeOver(texts: string[], work: (text: string) => unknown): { elapsed: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (const text of texts) work(text);
  const cpu = process.cpuUsage(cpu0);
  return { elapsed: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const canonicalNumber = (n: string | null | undefined): string => (n ?? '').normalize('NFC').replace(/\s+/g, '').toUpperCase();

export async function benchExtraction(dir: string, maxBytes: number, log: (line: string) => void): Promise<ExtractionFigures> {
  const corpus = readCorpus(dir);
  const texts: { file: string; text: string }[] = [];
  let bytes = 0;
  for (const doc of corpus.documents) {
    if (bytes >= maxBytes) break;
    const text = corpus.text(doc.file);
    texts.push({ file: doc.file, text });
    bytes += Buffer.byteLength(text, 'utf8');
  }
  const plain = texts.map((t) => t.text);
  const figures: ExtractionFigures = { documents: texts.length, bytes, extractMBs: null, extractCpuMBs: null, floorMBs: null, floorCpuMBs: null, normaliseMBs: null, accuracy: null };
  const megabytes = bytes / 1e6;

  const normalise = await loadNormalise();
  if (normalise) {
    timeOver(plain.slice(0, 200), normalise); // warm-up
    figures.normaliseMBs = megabytes / timeOver(plain, normalise).elapsed;
    const floor = timeOver(plain, (text) => {
      let hits = 0;
      for (const _ of normalise(text).text.matchAll(SYMBOL_CANDIDATE)) hits++;
      return hits;
    });
    figures.floorMBs = megabytes / floor.elapsed;
    figures.floorCpuMBs = megabytes / floor.cpu;
  } else log('extraction floor: server/src/extraction/normalise.ts not there yet');

  const extract = await loadExtractor();
  if (!extract) {
    log('extraction: server/src/extraction/index.ts not there yet');
    return figures;
  }
  for (const { file, text } of texts.slice(0, 200)) await extract(text, { source: file }); // warm-up
  const results = new Map<string, ExtractionResult>();
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (const { file, text } of texts) results.set(file, await extract(text, { source: file }));
  const cpu = process.cpuUsage(cpu0);
  figures.extractMBs = megabytes / ((performance.now() - started) / 1000);
  figures.extractCpuMBs = megabytes / ((cpu.user + cpu.system) / 1e6);
  figures.accuracy = scoreExtraction(corpus.truth.filter((e) => results.has(e.source)), results);
  return figures;
}

/** Compares what the extractor read in each file with the edges its text asserts. */
export function scoreExtraction(truth: TruthEdge[], results: Map<string, ExtractionResult>): ExtractionAccuracy {
  const score: ExtractionAccuracy = { edges: truth.length, found: 0, numberRight: 0, relationRight: 0 };
  for (const edge of truth) {
    const result = results.get(edge.source);
    if (!result) continue;
    const spans = (r: ExtractionResult['references'][number]) => [{ start: r.start, end: r.end }, ...(r.mentions ?? [])];
    const overlapping = result.references.filter((r) => spans(r).some((s) => s.start < edge.end && s.end > edge.start));
    if (overlapping.length === 0) continue;
    score.found++;
    const wanted = canonicalNumber(edge.to.number);
    const sameTarget = overlapping.filter((r) => (edge.to.number ? canonicalNumber(r.number) === wanted : r.number === null || r.type === 'Luật'));
    if (sameTarget.length === 0) continue;
    score.numberRight++;
    const subjectOk = (r: (typeof sameTarget)[number]): boolean =>
      edge.subject === 'self' ? r.subject === 'self' : canonicalNumber(r.subject) === canonicalNumber(edge.subject);
    if (sameTarget.some((r) => r.relation === edge.relation && subjectOk(r))) score.relationRight++;
  }
  return score;
}
