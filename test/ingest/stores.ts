// Stores for the ingestion tests: the embedded store in a folder of its own, always closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/src/config.ts';
import { openStore } from '../../server/src/store/open-store.ts';
import type { GraphStore } from '../../server/src/store/port.ts';

/** The store kept in `dataDir`, open for `work` and closed after it. */
export async function withStoreIn<T>(dataDir: string, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(readConfig({ DATA_DIR: dataDir }));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** A new store in a temporary folder (`dir/data`), removed with the folder after `work`. */
export async function withTemporaryStore<T>(prefix: string, work: (store: GraphStore, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await withStoreIn(join(dir, 'data'), (store) => work(store, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
