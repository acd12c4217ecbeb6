// A configured but unreachable Neo4j stops start-up within seconds with a message naming
// the URI, instead of the driver's default 30-second retries. Nothing listens on port 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../server/src/config.ts';
import { openStore } from '../../server/src/store/open-store.ts';
import { StoreUnavailableError } from '../../server/src/store/errors.ts';

for (const uri of ['neo4j://127.0.0.1:1', 'bolt://127.0.0.1:1']) {
  test(`openStore with NEO4J_URI=${uri} and nothing listening fails within seconds, naming the URI`, async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'graph-store-neo4j-'));
    t.after(() => rmSync(dataDir, { recursive: true, force: true }));
    const config = readConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'not-used', DATA_DIR: dataDir });
    const started = Date.now();
    await assert.rejects(openStore(config), (error: unknown) => {
      assert.ok(error instanceof StoreUnavailableError, `a typed error, got ${String(error)}`);
      assert.equal(error.code, 'STORE_UNAVAILABLE');
      assert.ok(error.message.includes(uri), error.message);
      return true;
    });
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 10, `took ${seconds} s`);
  });
}
