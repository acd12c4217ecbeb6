// The limits that keep one request from monopolising the server. Defaults suit a public
// deployment; `createApp` accepts overrides (tests use small ones).

export interface ApiLimits {
  /** Deepest selection nesting a query may have. */
  maxQueryDepth: number;
  /** Estimated fields resolved by one query (lists count as their page size). */
  maxQueryCost: number;
  /** Largest `first` a search page may ask for. */
  maxPageSize: number;
  /** Largest number of nodes a lineage, chain or export may hold. */
  maxLineageNodes: number;
  /** Deepest a lineage may reach. */
  maxLineageDepth: number;
  /** Largest number of nodes a whole-graph export may hold. */
  maxExportNodes: number;
  /** Largest JSON request body, in bytes (an ingested text travels in it). */
  maxBodyBytes: number;
  /** Largest uploaded file, in bytes. */
  maxUploadBytes: number;
  /** Largest upload request (all its files together), in bytes: bounds the memory one request can take. */
  maxUploadRequestBytes: number;
  /** Writes (mutations and uploads) allowed per client address within `writeWindowMs`. */
  writesPerWindow: number;
  writeWindowMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxQueryDepth: 12,
  maxQueryCost: 100_000,
  maxPageSize: 100,
  maxLineageNodes: 2_000,
  maxLineageDepth: 10,
  maxExportNodes: 50_000,
  maxBodyBytes: 2 * 1024 * 1024,
  maxUploadBytes: 20 * 1024 * 1024,
  maxUploadRequestBytes: 50 * 1024 * 1024,
  writesPerWindow: 30,
  writeWindowMs: 60_000,
};
