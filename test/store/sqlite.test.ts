// The shared contract against the embedded SQLite adapter, each test in its own directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteGraphStore } from '../../server/src/store/sqlite/sqlite-store.ts';
import { describeGraphStoreContract } from './contract.ts';

const root = mkdtempSync(join(tmpdir(), 'graph-store-sqlite-'));
let counter = 0;
after(() => rmSync(root, { recursive: true, force: true }));

describeGraphStoreContract('SQLite', async () => {
  const store = new SqliteGraphStore(join(root, String(counter++)));
  await store.init();
  return store;
});
