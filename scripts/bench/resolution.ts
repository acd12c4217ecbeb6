// Extraction + resolution accuracy against the truth file, read from the store after a
// whole corpus was ingested: how many asserted edges the graph holds between the right
// nodes, and how many nodes stand for two different documents (wrong merges).

import { relative } from 'node:path';
import { isPartialKey } from '../../server/src/domain/document-key.ts';
import type { GraphStore, StoredEdge } from '../../server/src/store/port.ts';
import type { IngestSummary } from '../../server/src/ingest/index.ts';
import { readCorpus } from './corpus.ts';

export interface ResolutionFigures {
  edges: number;
  pinnedEdges: number;
  recovered: number;
  recoveredPinned: number;
  wrongRelation: number;
  /** The target stayed an unresolved placeholder (a partial key). */
  unresolved: number;
  /** No edge of the asserting document at that place. */
  missing: number;
  /** The edge points to a node that other truth documents also landed in. */
  wrongTarget: number;
  /** A relation stated between two other documents, recorded from the wrong document. */
  wrongSubject: number;
  /** Full-key nodes standing for two or more different documents. */
  wrongMerges: number;
  /** Partial-key placeholders several different documents' mentions landed in (ambiguous, not merged). */
  ambiguousPlaceholders: number;
  /** Two files whose documents the store took for one ("duplicate"). */
  duplicates: number;
  examples: string[];
}

const overlaps = (e: StoredEdge, start: number, end: number): boolean => e.start < end && e.end > start;

/** The key each ingested file got, and how many files were dropped as duplicates. */
export function filesOf(dir: string, ingest: IngestSummary): { fileKey: Map<string, string>; duplicates: number } {
  const fileKey = new Map<string, string>();
  let duplicates = 0;
  for (const report of ingest.files) {
    if (!report.key) continue;
    fileKey.set(relative(dir, report.path), report.key);
    if (report.status === 'duplicate') duplicates++;
  }
  return { fileKey, duplicates };
}

export async function scoreResolution(store: GraphStore, dir: string, files: { fileKey: Map<string, string>; duplicates: number }): Promise<ResolutionFigures> {
  const corpus = readCorpus(dir);
  const { fileKey, duplicates } = files;
  const heldKey = new Map<string, string>();
  for (const doc of corpus.documents) {
    const key = fileKey.get(doc.file);
    if (key) heldKey.set(doc.id, key);
  }
  // Which truth documents each node stands for: the file it holds, and every reference
  // that landed on it.
  const nodeTruth = new Map<string, Set<string>>();
  // For examples: the first place each (node, truth document) pairing came from.
  const why = new Map<string, string>();
  const note = (key: string, id: string, from = 'held'): void => {
    const set = nodeTruth.get(key) ?? new Set<string>();
    nodeTruth.set(key, set.add(id));
    if (!why.has(`${key}|${id}`)) why.set(`${key}|${id}`, from);
  };
  for (const doc of corpus.documents) {
    const key = fileKey.get(doc.file);
    if (key) note(key, doc.id);
  }

  const graph = await store.wholeGraph(10_000_000);
  const edgesBy = new Map<string, StoredEdge[]>();
  for (const edge of graph.edges) {
    const list = edgesBy.get(edge.assertedBy) ?? [];
    edgesBy.set(edge.assertedBy, list);
    list.push(edge);
  }

  const figures: ResolutionFigures = {
    edges: corpus.truth.length, pinnedEdges: 0, recovered: 0, recoveredPinned: 0, wrongRelation: 0, unresolved: 0,
    missing: 0, wrongTarget: 0, wrongSubject: 0, wrongMerges: 0, ambiguousPlaceholders: 0, duplicates, examples: [],
  };
  const matched: { truth: (typeof corpus.truth)[number]; edge: StoredEdge }[] = [];
  for (const truth of corpus.truth) {
    if (truth.pinned) figures.pinnedEdges++;
    const asserter = fileKey.get(truth.source);
    const candidates = (asserter ? edgesBy.get(asserter) : undefined)?.filter((e) => overlaps(e, truth.start, truth.end)) ?? [];
    const kind = truth.relation === 'implements' ? 'IMPLEMENTS' : 'CITES';
    const edge = candidates.find((e) => e.kind === kind) ?? candidates[0];
    if (!edge) {
      figures.missing++;
      continue;
    }
    note(edge.to, truth.to.id, `${truth.source}: "${truth.surface.replace(/\s+/g, ' ')}"`);
    if (truth.subject !== 'self') {
      // The subject of a stated relation: held documents have a known key; others must at
      // least not be the asserting document itself.
      const expected = heldKey.get(truth.from.id);
      if (expected ? edge.from !== expected : edge.from === asserter) {
        figures.wrongSubject++;
        continue;
      }
      if (!expected) note(edge.from, truth.from.id, `${truth.source}: subject ${truth.subject}`);
    }
    matched.push({ truth, edge });
  }
  for (const [key, ids] of nodeTruth) {
    if (ids.size < 2) continue;
    if (isPartialKey(key)) figures.ambiguousPlaceholders++;
    else {
      figures.wrongMerges++;
      if (figures.examples.length < 8) figures.examples.push(`${key} ← ${[...ids].slice(0, 4).join(', ')} (${[...ids].slice(0, 4).map((id) => why.get(`${key}|${id}`) ?? '?').join('; ')})`);
    }
  }
  for (const { truth, edge } of matched) {
    const kind = truth.relation === 'implements' ? 'IMPLEMENTS' : 'CITES';
    if (isPartialKey(edge.to)) figures.unresolved++;
    else if ((nodeTruth.get(edge.to)?.size ?? 0) > 1) figures.wrongTarget++;
    else if (edge.kind !== kind) figures.wrongRelation++;
    else {
      figures.recovered++;
      if (truth.pinned) figures.recoveredPinned++;
    }
  }
  return figures;
}
