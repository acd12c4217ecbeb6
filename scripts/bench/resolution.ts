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
  /** Full-key nodes standing for two or more different documents. */
  wrongMerges: number;
  /** Partial-key placeholders several different documents' mentions landed in (ambiguous, not merged). */
  ambiguousPlaceholders: number;
  /** Two files whose documents the store took for one ("duplicate"). */
  duplicates: number;
  examples: string[];
}

const overlaps = (e: StoredEdge, start: number, end: number): boolean => e.start < end && e.end > start;

export async function scoreResolution(store: GraphStore, dir: string, ingest: IngestSummary): Promise<ResolutionFigures> {
  const corpus = readCorpus(dir);
  const fileKey = new Map<string, string>();
  let duplicates = 0;
  for (const report of ingest.files) {
    if (!report.key) continue;
    fileKey.set(relative(dir, report.path), report.key);
    if (report.status === 'duplicate') duplicates++;
  }
  // Which truth documents each node stands for: the file it holds, and every reference
  // that landed on it.
  const nodeTruth = new Map<string, Set<string>>();
  const note = (key: string, id: string): void => {
    const set = nodeTruth.get(key) ?? new Set<string>();
    nodeTruth.set(key, set.add(id));
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
    missing: 0, wrongTarget: 0, wrongMerges: 0, ambiguousPlaceholders: 0, duplicates, examples: [],
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
    note(edge.to, truth.to.id);
    if (truth.subject !== 'self') note(edge.from, truth.from.id);
    matched.push({ truth, edge });
  }
  for (const [key, ids] of nodeTruth) {
    if (ids.size < 2) continue;
    if (isPartialKey(key)) figures.ambiguousPlaceholders++;
    else {
      figures.wrongMerges++;
      if (figures.examples.length < 8) figures.examples.push(`${key} ← ${[...ids].slice(0, 4).join(', ')}`);
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
