// Reads a generated corpus back for tests and benchmarks: its documents, truth edges and
// manifest.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TruthEdge } from './writer.ts';

export interface IndexedDocument {
  file: string;
  id: string;
  genre: 'document' | 'news';
  number?: string;
  province: string | null;
  term?: string | null;
  date: string;
  level?: string;
}

const lines = <T>(path: string): T[] =>
  readFileSync(path, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as T);

export function readCorpus(dir: string) {
  return {
    documents: lines<IndexedDocument>(join(dir, 'documents.jsonl')),
    truth: lines<TruthEdge>(join(dir, 'truth.jsonl')),
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      documents: number;
      edges: number;
      bytes: number;
      noise: { rates: Record<string, number>; applied: Record<string, number>; chances: Record<string, number> };
    },
    text: (file: string): string => readFileSync(join(dir, file), 'utf8'),
  };
}
