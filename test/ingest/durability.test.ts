// Ingestion that loses nothing: an ingest killed (SIGKILL) in the middle of a large batch
// leaves a consistent store — every held document whole, no dangling edge — and the
// re-run completes the batch to the same graph as an uninterrupted run. Readers keep
// getting answers while a bulk ingest writes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore, StoredEdge, Subgraph } from '../../server/src/store/port.ts';
import { ingestPaths } from '../../server/src/ingest/index.ts';
import { writeGeneratedBatch } from './generated-batch.ts';
import { exited, runIngest, startIngest } from './run-cli.ts';
import { withStoreIn } from './stores.ts';

const DOCUMENTS = Number(process.env['INGEST_DURABILITY_DOCS'] ?? 2000);
const WHOLE = 10_000_000;

const edgeId = (edge: StoredEdge): string => `${edge.assertedBy} ${edge.from} -${edge.kind}-> ${edge.to} @${edge.start}-${edge.end}`;

function heldKeys(graph: Subgraph): string[] {
  return graph.nodes.filter((node) => !node.placeholder).map((node) => node.key).sort();
}

function assertedEdges(graph: Subgraph): Map<string, string[]> {
  const byDocument = new Map<string, string[]>();
  for (const edge of graph.edges) byDocument.set(edge.assertedBy, [...(byDocument.get(edge.assertedBy) ?? []), edgeId(edge)]);
  for (const ids of byDocument.values()) ids.sort();
  return byDocument;
}

const withStore = withStoreIn;

/** Structural checks through the store's own database, when it has one. */
function assertSqliteIntact(store: GraphStore): void {
  if (!('database' in store)) return;
  const db = (store as unknown as { database: { pragma(sql: string): unknown[] } }).database;
  assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
  assert.deepEqual(db.pragma('foreign_key_check'), []);
}

describe(`a batch of ${DOCUMENTS} generated documents`, () => {
  const root = mkdtempSync(join(tmpdir(), 'ingest-durability-'));
  const batch = join(root, 'batch');
  let reference: Subgraph;

  before(async () => {
    writeGeneratedBatch(batch, DOCUMENTS);
    reference = await withStore(join(root, 'reference'), async (store) => {
      const summary = await ingestPaths(store, [batch], { progress: 'none' });
      assert.equal(summary.failed, 0, JSON.stringify(summary.files.find((file) => file.error)));
      console.log(`# uninterrupted ingest: ${DOCUMENTS} files in ${summary.seconds.toFixed(2)} s (${(DOCUMENTS / summary.seconds).toFixed(0)} files/s)`);
      return store.wholeGraph(WHOLE);
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** Runs the ingest command and SIGKILLs it once it has reported `killAt` files. */
  async function ingestKilledAfter(dataDir: string, killAt: number): Promise<void> {
    const child = startIngest(dataDir, ['--progress', 'lines', batch]);
    let done = 0;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      done += chunk.split('\n').filter((line) => line.startsWith('[')).length;
      // A few milliseconds later, so the kill lands anywhere in the next file's work.
      if (done >= killAt) setTimeout(() => child.kill('SIGKILL'), Math.random() * 15);
    });
    const { signal } = await exited(child);
    assert.equal(signal, 'SIGKILL', 'the ingest was killed before it finished');
  }

  /** No dangling edge, and every document held is whole; returns how many are held. */
  async function assertConsistent(dataDir: string): Promise<number> {
    return withStore(dataDir, async (store) => {
      assertSqliteIntact(store);
      assert.deepEqual(await store.checkConsistency(), [], 'the graph keeps its invariants after the kill');
      const graph = await store.wholeGraph(WHOLE);
      const nodes = new Set(graph.nodes.map((node) => node.key));
      for (const edge of graph.edges) {
        assert.ok(nodes.has(edge.from) && nodes.has(edge.to), `edge ${edgeId(edge)} has both ends`);
      }
      // Every document held is whole: its text, and exactly the edges an uninterrupted run gives it.
      const held = heldKeys(graph);
      const expected = assertedEdges(reference);
      const found = assertedEdges(graph);
      const referenceHeld = new Set(heldKeys(reference));
      for (const key of held) {
        assert.ok(referenceHeld.has(key), `${key} is a document of the batch`);
        assert.ok((await store.getText(key)) !== null, `${key} has its text`);
        assert.equal((found.get(key) ?? []).length, (expected.get(key) ?? []).length, `${key} has all its edges`);
      }
      return held.length;
    });
  }

  test('killed twice in the middle, the store stays consistent; the re-run completes the batch', async () => {
    const dataDir = join(root, 'killed');
    const firstKill = Math.floor(DOCUMENTS / 4);
    await ingestKilledAfter(dataDir, firstKill);
    const heldAfterFirst = await assertConsistent(dataDir);
    assert.ok(heldAfterFirst >= firstKill - 1 && heldAfterFirst < DOCUMENTS, `killed mid-batch: ${heldAfterFirst} of ${DOCUMENTS} held`);

    const secondKill = Math.floor(DOCUMENTS / 2);
    await ingestKilledAfter(dataDir, secondKill);
    const heldAfterSecond = await assertConsistent(dataDir);
    assert.ok(heldAfterSecond >= secondKill - 1 && heldAfterSecond < DOCUMENTS, `killed mid-batch again: ${heldAfterSecond} of ${DOCUMENTS} held`);

    const rerun = runIngest(dataDir, ['--json', '--progress', 'none', batch]);
    assert.equal(rerun.status, 0, rerun.stderr);
    const report = JSON.parse(rerun.stdout) as { ingested: number; unchanged: number; failed: number };
    assert.equal(report.failed, 0);
    assert.ok(report.unchanged >= heldAfterSecond - 1, `documents already held are skipped (${report.unchanged})`);
    assert.equal(report.ingested + report.unchanged, DOCUMENTS);

    await withStore(dataDir, async (store) => {
      assertSqliteIntact(store);
      assert.deepEqual(await store.checkConsistency(), [], 'the graph keeps its invariants once the batch is complete');
      const graph = await store.wholeGraph(WHOLE);
      assert.deepEqual(heldKeys(graph), heldKeys(reference));
      assert.deepEqual(graph.nodes.map((node) => node.key).sort(), reference.nodes.map((node) => node.key).sort());
      assert.deepEqual(graph.edges.map(edgeId).sort(), reference.edges.map(edgeId).sort());
    });
  });

  test('readers keep answering while a bulk ingest writes (extraction on two threads, same graph)', async () => {
    const dataDir = join(root, 'concurrent');
    await withStore(dataDir, async (reader) => {
      const child = startIngest(dataDir, ['--progress', 'none', '--workers', '2', batch]);
      const ended = exited(child);
      let running = true;
      void ended.then(() => { running = false; });
      const errors: string[] = [];
      const seen = new Set<number>();
      let queries = 0;
      while (running) {
        try {
          const stats = await reader.stats();
          seen.add(stats.documents);
          const page = await reader.search({ text: 'kế hoạch thực hiện', first: 5, offset: 0 });
          const [central] = await reader.findByNumber('24-NQ/TW');
          if (central) await reader.lineage({ key: central.key, direction: 'DOWN', depth: 3, limit: 200 });
          for (const { document } of page.items) await reader.lineage({ key: document.key, direction: 'BOTH', depth: 2, limit: 100 });
          queries += 3 + page.items.length;
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
        await new Promise((tick) => setTimeout(tick, 20));
      }
      const { code } = await ended;
      assert.equal(code, 0);
      assert.deepEqual(errors, []);
      assert.ok(queries > 20, `${queries} queries answered during the ingest`);
      assert.ok(seen.size > 2, 'the readers saw the graph grow while they read');
      console.log(`# ${queries} reader queries answered, 0 errors, during an ingest of ${DOCUMENTS} files`);
      assert.deepEqual(await reader.checkConsistency(), []);
      const graph = await reader.wholeGraph(WHOLE);
      assert.deepEqual(graph.nodes.map((node) => node.key).sort(), reference.nodes.map((node) => node.key).sort());
      assert.deepEqual(graph.edges.map(edgeId).sort(), reference.edges.map(edgeId).sort());
    });
  });
});
