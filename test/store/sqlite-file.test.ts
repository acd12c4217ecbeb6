// What only the embedded adapter has: a file that survives a restart, versioned
// migrations, and a transaction that leaves nothing behind when a write fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readConfig } from '../../server/src/config.ts';
import { openStore } from '../../server/src/store/open-store.ts';
import { SqliteGraphStore } from '../../server/src/store/sqlite/sqlite-store.ts';
import { DATABASE_FILE } from '../../server/src/store/sqlite/connection.ts';
import { currentVersion, migrate, migrations } from '../../server/src/store/sqlite/migrations.ts';
import { KEYS, congVan629, graphOf } from './fixtures.ts';

function temporaryDirectory(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'graph-store-file-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('openStore without NEO4J_URI keeps the graph in one SQLite file under DATA_DIR, through a restart', async (t) => {
  const dataDir = temporaryDirectory(t);
  const config = readConfig({ DATA_DIR: dataDir });
  const first = await openStore(config);
  await first.saveDocument(congVan629());
  const before = await graphOf(first);
  await first.close();
  assert.ok(existsSync(join(dataDir, DATABASE_FILE)));

  const second = await openStore(config);
  try {
    assert.deepEqual(await graphOf(second), before);
    assert.equal(await second.getText(KEYS.congVan629), congVan629().text);
    assert.equal((await second.saveDocument(congVan629())).status, 'unchanged');
  } finally {
    await second.close();
  }
});

test('the consistency check names what a damaged file has wrong', async (t) => {
  const store = new SqliteGraphStore(temporaryDirectory(t));
  await store.init();
  try {
    await store.saveDocument(congVan629());
    assert.deepEqual(await store.checkConsistency(), []);
    store.database.pragma('foreign_keys = OFF');
    store.database.prepare('DELETE FROM document_texts WHERE key = ?').run(KEYS.congVan629);
    store.database.prepare("UPDATE edges SET to_key = 'party:TW:-:NQ:99:XI' WHERE to_ref = ?").run(KEYS.nghiQuyet24);
    const problems = await store.checkConsistency();
    assert.ok(problems.some((problem) => problem.startsWith('held document without its text or source: state:LĐLĐ:cao-bang:CV:629:2017')), problems.join('\n'));
    assert.ok(problems.some((problem) => problem.includes('points to a missing documents row')), problems.join('\n'));
    assert.ok(problems.some((problem) => problem.startsWith('edge written with a full key that lands elsewhere')), problems.join('\n'));
  } finally {
    await store.close();
  }
});

test('the database runs in WAL mode with foreign keys on', async (t) => {
  const store = new SqliteGraphStore(temporaryDirectory(t));
  await store.init();
  try {
    assert.equal(store.database.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.database.pragma('foreign_keys', { simple: true }), 1);
    assert.deepEqual(store.database.pragma('foreign_key_check'), []);
  } finally {
    await store.close();
  }
});

test('migrations apply once, in order, and a newer one is applied at the next start', (t) => {
  const db = new Database(join(temporaryDirectory(t), 'm.sqlite'));
  try {
    assert.deepEqual(migrate(db), migrations.map((migration) => migration.version));
    assert.deepEqual(migrate(db), [], 'nothing to do the second time');
    const next = { version: 9_999, description: 'add a note column', sql: 'ALTER TABLE documents ADD COLUMN note TEXT' };
    assert.deepEqual(migrate(db, [...migrations, next]), [9_999]);
    assert.equal(currentVersion(db), 9_999);
    assert.ok((db.pragma('table_info(documents)') as { name: string }[]).some((column) => column.name === 'note'));
  } finally {
    db.close();
  }
});

test('a database written by schema version 1 is migrated at start, its rows back-filled', async (t) => {
  const dataDir = temporaryDirectory(t);
  const db = new Database(join(dataDir, DATABASE_FILE));
  migrate(db, migrations.filter((migration) => migration.version === 1));
  db.prepare(`INSERT INTO documents (key, placeholder, partial, k_type, k_number, type, number, number_compact) VALUES (?, 1, 0, 'NQ', '24', 'Nghị quyết', '24-NQ/TW', '24nqtw')`).run(KEYS.nghiQuyet24);
  db.close();

  const store = new SqliteGraphStore(dataDir);
  await store.init();
  try {
    assert.equal(currentVersion(store.database), migrations.at(-1)!.version);
    assert.deepEqual(store.database.prepare('SELECT k_issuer, k_period FROM documents').get(), { k_issuer: 'TW', k_period: 'XI' });
    assert.deepEqual((await store.search({ text: 'nghi quyet 24 tw', first: 1, offset: 0 })).items.map((item) => item.document.key), [KEYS.nghiQuyet24]);
  } finally {
    await store.close();
  }
});

test('a migration that fails leaves the schema at the version before it', (t) => {
  const db = new Database(join(temporaryDirectory(t), 'm.sqlite'));
  try {
    migrate(db);
    const broken = { version: 10_000, description: 'broken', sql: 'CREATE TABLE extra (x TEXT); SELECT * FROM no_such_table;' };
    assert.throws(() => migrate(db, [...migrations, broken]), /no such table/);
    assert.equal(currentVersion(db), migrations.at(-1)!.version);
    assert.deepEqual(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").all(), []);
  } finally {
    db.close();
  }
});

test('a text whose write fails half-way leaves nothing behind', async (t) => {
  const store = new SqliteGraphStore(temporaryDirectory(t));
  await store.init();
  try {
    // The stated relation 39-CTr/TU → 25-NQ/TW is the last edge written: make the database refuse it.
    store.database.exec(`CREATE TRIGGER refuse_stated_relation BEFORE INSERT ON edges WHEN NEW.from_ref = '${KEYS.chuongTrinh39}'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    await assert.rejects(store.saveDocument(congVan629()), /disk full/);
    assert.deepEqual(await graphOf(store), { nodes: [], edges: [] });
    assert.equal(await store.contentHashOf(congVan629().source), null);
    assert.equal((await store.search({ text: '629', first: 5, offset: 0 })).totalCount, 0);
  } finally {
    await store.close();
  }
});

test('a record with a malformed reference is refused before anything is written, naming the file', async (t) => {
  const store = new SqliteGraphStore(temporaryDirectory(t));
  await store.init();
  try {
    const broken = congVan629();
    broken.references[1] = { ...broken.references[1]!, key: '24-NQ/TW', evidence: null as unknown as string };
    await assert.rejects(store.saveDocument(broken), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'STORE_INVALID_INPUT');
      assert.match(error.message, new RegExp(broken.source));
      assert.match(error.message, /malformed key "24-NQ\/TW"/);
      assert.match(error.message, /no evidence sentence/);
      return true;
    });
    assert.deepEqual(await graphOf(store), { nodes: [], edges: [] });
  } finally {
    await store.close();
  }
});

test('held documents link to their issuer with its level and province; placeholders link to none', async (t) => {
  const store = new SqliteGraphStore(temporaryDirectory(t));
  await store.init();
  try {
    await store.saveDocument(congVan629());
    const issuers = store.database.prepare('SELECT name, level, province, system FROM issuers').all();
    assert.deepEqual(issuers, [{ name: 'Liên đoàn Lao động tỉnh Cao Bằng', level: 'province', province: 'Cao Bằng', system: 'mass' }]);
    const linked = store.database.prepare('SELECT key FROM documents WHERE issuer_key IS NOT NULL').all();
    assert.deepEqual(linked, [{ key: KEYS.congVan629 }]);
    await store.deleteDocument(KEYS.congVan629);
    assert.deepEqual(store.database.prepare('SELECT key FROM documents WHERE issuer_key IS NOT NULL').all(), []);
  } finally {
    await store.close();
  }
});
