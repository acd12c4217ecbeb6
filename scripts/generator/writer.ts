// Streams the corpus to disk: one .txt per document in a folder per province and year,
// `truth.jsonl` (one line per edge a text asserts), `documents.jsonl` (one line per file)
// and `manifest.json`. Nothing but counters stays in memory.

import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { foldVietnamese } from '../../server/src/domain/fold.ts';
import { isoOf, yearOf } from './calendar.ts';
import type { DocSpec, LawSpec, Target, TruthIdentity } from './document.ts';
import type { FinishedText } from './text-builder.ts';

export function identityOf(doc: DocSpec): TruthIdentity {
  return {
    id: doc.id,
    type: doc.type.name,
    number: doc.number,
    date: isoOf(doc.day),
    issuer: doc.issuer.name,
    system: doc.issuer.system,
    level: doc.issuer.level,
    province: doc.issuer.province?.slug ?? null,
    term: doc.term,
  };
}

function lawIdentity(law: LawSpec): TruthIdentity {
  return { id: law.id, type: 'Luật', number: null, date: isoOf(law.day), issuer: 'Quốc hội', system: 'state', level: 'central', province: null, term: null };
}

const targetIdentity = (target: Target): TruthIdentity => (target.kind === 'law' ? lawIdentity(target.law) : identityOf(target.doc));

/** One line of truth.jsonl. */
export interface TruthEdge {
  /** File asserting the edge, relative to the corpus folder. */
  source: string;
  /** The document whose text this is (null number for a news page). */
  asserter: TruthIdentity | { id: string; genre: 'news'; date: string };
  from: TruthIdentity;
  to: TruthIdentity;
  relation: 'implements' | 'cites';
  /** "self", or the number of the document the text says implements/cites `to`. */
  subject: string;
  cue: string;
  /** First mention of `to` for this edge, as UTF-16 offsets into the file's text. */
  start: number;
  end: number;
  surface: string;
  /** The text alone pins the target down (date, term, or year in its symbol). */
  pinned: boolean;
}

class LineSink {
  private buffer = '';
  private readonly fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(value: unknown): void {
    this.buffer += `${JSON.stringify(value)}\n`;
    if (this.buffer.length > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.buffer) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

const slug = (text: string): string => foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export class CorpusWriter {
  documents = 0;
  edges = 0;
  bytes = 0;
  readonly counts: Record<string, Record<string, number>> = { level: {}, system: {}, type: {}, genre: {} };
  private readonly truth: LineSink;
  private readonly index: LineSink;
  private readonly folders = new Set<string>();

  constructor(private readonly out: string) {
    mkdirSync(join(out, 'docs'), { recursive: true });
    this.truth = new LineSink(join(out, 'truth.jsonl'));
    this.index = new LineSink(join(out, 'documents.jsonl'));
  }

  private count(kind: string, value: string): void {
    const bucket = this.counts[kind]!;
    bucket[value] = (bucket[value] ?? 0) + 1;
  }

  private place(scope: string, year: number, name: string, text: string): string {
    const folder = join('docs', scope, String(year));
    if (!this.folders.has(folder)) {
      mkdirSync(join(this.out, folder), { recursive: true });
      this.folders.add(folder);
    }
    const file = join(folder, `${name}.txt`);
    const body = Buffer.from(text, 'utf8');
    writeFileSync(join(this.out, file), body);
    this.documents++;
    this.bytes += body.length;
    return file;
  }

  writeDocument(self: DocSpec, finished: FinishedText): void {
    const identity = identityOf(self);
    const scope = self.issuer.province?.slug ?? 'trung-uong';
    const file = this.place(scope, yearOf(self.day), `${slug(self.number)}_${self.id}`, finished.text);
    this.index.write({ file, genre: 'document', ...identity });
    for (const kind of ['level', 'system'] as const) this.count(kind, identity[kind]);
    this.count('type', self.type.name);
    this.count('genre', 'document');
    this.writeEdges(file, identity, finished);
  }

  writeNews(id: string, reported: DocSpec, day: number, finished: FinishedText): void {
    const scope = reported.issuer.province?.slug ?? 'trung-uong';
    const file = this.place(scope, yearOf(day), `tin_${id}`, finished.text);
    const asserter = { id, genre: 'news' as const, date: isoOf(day) };
    this.index.write({ file, ...asserter, province: reported.issuer.province?.slug ?? null });
    this.count('genre', 'news');
    this.writeEdges(file, asserter, finished);
  }

  private writeEdges(file: string, asserter: TruthEdge['asserter'], finished: FinishedText): void {
    // One edge per (target, relation, subject); the first mention stands for it, and it is
    // pinned when any of its mentions is.
    const seen = new Map<string, TruthEdge>();
    for (const m of finished.mentions) {
      const to = targetIdentity(m.edge.target);
      const from = m.edge.subject ? identityOf(m.edge.subject) : (asserter as TruthIdentity);
      const key = `${to.id}|${m.edge.relation}|${from.id}`;
      const known = seen.get(key);
      if (known) {
        known.pinned ||= m.pinned;
        continue;
      }
      seen.set(key, {
        source: file, asserter, from, to, relation: m.edge.relation,
        subject: m.edge.subject ? m.edge.subject.number : 'self',
        cue: m.edge.cue, start: m.start, end: m.end, surface: m.surface, pinned: m.pinned,
      });
    }
    for (const edge of seen.values()) this.truth.write(edge);
    this.edges += seen.size;
  }

  close(manifest: object): void {
    this.truth.close();
    this.index.close();
    writeFileSync(join(this.out, 'manifest.json'), `${JSON.stringify({ ...manifest, documents: this.documents, edges: this.edges, bytes: this.bytes, counts: this.counts }, null, 2)}\n`);
  }
}
