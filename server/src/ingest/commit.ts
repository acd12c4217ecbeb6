// Committing prepared files to the store in groups: one saveDocuments call per group, so
// a bulk run makes far fewer commits, while each text stays all or nothing on its own (the
// store rolls back a refused text alone). Reports still come one per file, in walk order.
import type { DocumentRecord, GraphStore, StoredDocument } from '../store/port.ts';
import type { Prepared } from './steps.ts';
import type { FileReport } from './types.ts';

/** Records stored per saveDocuments call in a bulk run. */
export const RECORDS_PER_COMMIT = 200;
/** A group waits at most this long for more records, so progress keeps moving on slow extraction. */
export const MAX_GROUP_WAIT_MS = 1000;

export interface CommitOptions {
  dryRun: boolean;
  /** Rewrite documents whose text and key are unchanged (after an extractor upgrade). */
  force: boolean;
}

export interface GroupOptions extends CommitOptions {
  /** Records saved per store commit. */
  perCommit: number;
  /** Stops taking files (those already taken are still committed). */
  signal?: AbortSignal;
}

function storeFailure(path: string, error: unknown): FileReport {
  return { path, status: 'failed', error: { code: 'STORE_FAILED', message: `${path}: ${error instanceof Error ? error.message : String(error)}` } };
}

/**
 * A document already held from another file (the .docx and the .pdf of one dispatch),
 * or claimed by an earlier file of this group: the text first stored is kept.
 */
export function duplicateOf(record: DocumentRecord, held: StoredDocument | null | undefined, claimed: Map<string, string>): string | null {
  if (held && !held.placeholder && held.source !== null && held.source !== record.source) return held.source;
  const earlier = claimed.get(record.key);
  return earlier !== undefined && earlier !== record.source ? earlier : null;
}

/** Commits a group of prepared files; their reports come back in the order given. */
export async function commitGroup(store: GraphStore, group: readonly Prepared[], options: CommitOptions): Promise<FileReport[]> {
  const reports: FileReport[] = group.map((file) => file.report);
  const keys = [...new Set(group.flatMap((file) => (file.record ? [file.record.key] : [])))];
  if (keys.length === 0) return reports;

  let held: Map<string, StoredDocument | null>;
  try {
    const found = await store.getDocuments(keys);
    held = new Map(keys.map((key, index) => [key, found[index] ?? null]));
  } catch (error) {
    return group.map((file) => (file.record ? storeFailure(file.report.path, error) : file.report));
  }

  const claimed = new Map<string, string>();
  const toSave: { index: number; record: DocumentRecord }[] = [];
  group.forEach(({ report, record }, index) => {
    if (!record) return;
    const original = duplicateOf(record, held.get(record.key), claimed);
    if (original !== null) {
      reports[index] = { ...report, status: 'duplicate', duplicateOf: original };
      return;
    }
    claimed.set(record.key, record.source);
    if (!options.dryRun) toSave.push({ index, record });
  });
  if (toSave.length === 0) return reports;

  try {
    const results = await store.saveDocuments(toSave.map((item) => item.record), { force: options.force });
    results.forEach((result, n) => {
      const { index } = toSave[n]!;
      const report = reports[index]!;
      reports[index] = result.ok
        ? { ...report, status: result.outcome.status === 'created' ? 'ingested' : result.outcome.status }
        : storeFailure(report.path, result.error);
    });
  } catch (error) {
    for (const { index } of toSave) reports[index] = storeFailure(reports[index]!.path, error);
  }
  return reports;
}

/**
 * Commits files as they are prepared: they wait in a group until enough records are ready
 * for one commit (or the group has waited long enough); a file with nothing to store
 * (unchanged, failed) and no record ahead of it is reported at once. `reported` is called
 * once per file, in the order the files came.
 */
export async function commitInGroups(
  store: GraphStore,
  prepared: AsyncIterable<Prepared>,
  options: GroupOptions,
  reported: (report: FileReport) => void,
): Promise<void> {
  let group: Prepared[] = [];
  let records = 0;
  let groupStarted = 0;
  const flush = async (): Promise<void> => {
    const reports = await commitGroup(store, group, options);
    group = [];
    records = 0;
    reports.forEach(reported);
  };
  for await (const file of prepared) {
    if (options.signal?.aborted) break;
    if (group.length === 0) groupStarted = performance.now();
    group.push(file);
    if (file.record) records += 1;
    if (records === 0 || records >= options.perCommit || performance.now() - groupStarted >= MAX_GROUP_WAIT_MS) await flush();
  }
  await flush();
}
