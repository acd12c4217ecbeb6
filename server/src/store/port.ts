// The one port through which the rest of the product reaches the graph. Two adapters
// implement it: SQLite (embedded default) and Neo4j. Both must pass the shared contract
// suite in test/store/contract.ts, so callers never need to know which one they hold.

import type { DocumentIdentity, IssuerSystem, Level, Reference } from '../domain/types.ts';

/** A node of the graph: a document we hold, or a placeholder for one only cited. */
export interface StoredDocument {
  key: string;
  /** True while only cited: its text has not been ingested. */
  placeholder: boolean;
  /** For a placeholder whose key could not be pinned down: the keys it could be. */
  candidates: string[];
  type: string | null;
  number: string | null;
  issuer: string | null;
  date: string | null;
  place: string | null;
  title: string | null;
  level: Level | null;
  province: string | null;
  system: IssuerSystem | null;
  term: string | null;
  /** Where the text came from (file name), for documents we hold. */
  source: string | null;
}

export type EdgeKind = 'IMPLEMENTS' | 'CITES';

/** A directed edge `from` → `to` ("from implements to", "from cites to"), with its evidence. */
export interface StoredEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** The document whose text states this edge (usually `from`; another one for a stated relation). */
  assertedBy: string;
  cue: string | null;
  sentence: string;
  surface: string;
  /** Offsets of `surface` in the asserting document's original text. */
  start: number;
  end: number;
}

/** Everything one ingested text contributes: written in one transaction, all or nothing. */
export interface DocumentRecord {
  key: string;
  identity: DocumentIdentity;
  references: Reference[];
  source: string;
  contentHash: string;
  text: string;
}

export interface SaveOutcome {
  key: string;
  /** "unchanged" when the same content was already stored (a no-op). */
  status: 'created' | 'updated' | 'unchanged';
  /** The placeholder this document filled in, if it had been cited before. */
  filledPlaceholder: boolean;
  edges: number;
}

export interface SaveOptions {
  /**
   * Rewrite the document even when the same content is already stored under the same key:
   * after an extractor upgrade, the same text yields other references (`ingest --force`).
   */
  force?: boolean;
}

/** One record's result in a batch: its outcome, or why it was refused (the rest still go in). */
export type BatchSaveResult =
  | { ok: true; source: string; outcome: SaveOutcome }
  | { ok: false; source: string; error: Error };

export type Direction = 'UP' | 'DOWN' | 'BOTH';

export interface LineageQuery {
  key: string;
  /** UP: the documents it implements or cites, transitively; DOWN: those implementing or citing it. */
  direction: Direction;
  depth: number;
  relations?: EdgeKind[];
  /** At most this many nodes; `truncated` tells when more were left out. */
  limit: number;
}

export interface Subgraph {
  nodes: StoredDocument[];
  edges: StoredEdge[];
  truncated: boolean;
}

export interface SearchFilter {
  types?: string[];
  levels?: Level[];
  provinces?: string[];
  issuer?: string;
  yearFrom?: number;
  yearTo?: number;
  includePlaceholders?: boolean;
}

export interface SearchQuery {
  text: string;
  filter?: SearchFilter;
  first: number;
  offset: number;
}

export interface SearchPage {
  items: { document: StoredDocument; score: number }[];
  totalCount: number;
}

export interface GraphStats {
  documents: number;
  placeholders: number;
  edges: { kind: EdgeKind; count: number }[];
  byType: { value: string; count: number }[];
  byLevel: { value: string; count: number }[];
  byProvince: { value: string; count: number }[];
  byYear: { value: string; count: number }[];
  mostImplemented: { document: StoredDocument; count: number }[];
}

export interface GraphStore {
  /** Creates or migrates the schema; fails fast with a clear message when unreachable. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** True when the store answers (for /readyz). */
  ping(): Promise<boolean>;
  /**
   * Checks the graph's invariants (no dangling edge, no half-written document, no orphan
   * placeholder, edges where their keys resolve to) and returns what is wrong: [] when
   * consistent. For tests and operators after a crash; it reads the whole graph.
   */
  checkConsistency(): Promise<string[]>;

  /** Stores one text's document and edges, replacing what an earlier version of it asserted. */
  saveDocument(record: DocumentRecord, options?: SaveOptions): Promise<SaveOutcome>;
  /**
   * Stores many texts, each still all-or-nothing on its own (a refused one does not stop
   * the others), with fewer commits than one saveDocument per text: for bulk ingestion.
   * Results come in the order given.
   */
  saveDocuments(records: readonly DocumentRecord[], options?: SaveOptions): Promise<BatchSaveResult[]>;
  /** Removes a held document; what others cite of it stays as a placeholder. */
  deleteDocument(key: string): Promise<boolean>;
  /** Content hash stored for a source file, to skip unchanged re-ingests. */
  contentHashOf(source: string): Promise<string | null>;

  /** Documents by key, in the order asked, null where none. One round-trip. */
  getDocuments(keys: readonly string[]): Promise<(StoredDocument | null)[]>;
  /** The stored original text of a held document. */
  getText(key: string): Promise<string | null>;
  /** Edges touching the given documents. One round-trip. */
  edgesOf(keys: readonly string[], direction: 'out' | 'in'): Promise<StoredEdge[]>;
  /** Documents whose normalised number is this one ("41-NQ/TW"). */
  findByNumber(number: string): Promise<StoredDocument[]>;
  search(query: SearchQuery): Promise<SearchPage>;
  lineage(query: LineageQuery): Promise<Subgraph>;
  /** Directed paths from `from` to `to` (following edge direction), shortest first. */
  paths(from: string, to: string, maxDepth: number, limit: number): Promise<Subgraph[]>;
  stats(): Promise<GraphStats>;
  /** The whole graph, for export; `limit` nodes at most. */
  wholeGraph(limit: number): Promise<Subgraph>;
}
