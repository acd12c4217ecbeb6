// The shared contract against a live Neo4j, whenever NEO4J_URI is set (with NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE). The database is emptied before each test: point it at
// a scratch database, never at one holding data you want to keep.
import { test } from 'node:test';
import { readConfig } from '../../server/src/config.ts';
import { Neo4jGraphStore } from '../../server/src/store/neo4j/neo4j-store.ts';
import { Executor } from '../../server/src/store/neo4j/executor.ts';
import { describeGraphStoreContract } from './contract.ts';

// Batched deletion needs an auto-commit transaction, which the adapter's executor never
// opens (it only uses managed ones): the test empties the database through the driver.
const CLEAR_GRAPH = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

const config = process.env.NEO4J_URI ? readConfig(process.env).neo4j : undefined;

if (!config) {
  const reason = 'NEO4J_URI is not set: the Neo4j contract suite needs a live server (set NEO4J_URI, NEO4J_PASSWORD and optionally NEO4J_USERNAME, NEO4J_DATABASE)';
  console.log(`Skipped the Neo4j store tests: ${reason}.`);
  test('GraphStore contract: Neo4j', { skip: reason }, () => undefined);
} else {
  describeGraphStoreContract(`Neo4j at ${config.uri}`, async () => {
    const executor = new Executor(config);
    try {
      const session = executor.driver.session({ database: config.database });
      try {
        await session.run(CLEAR_GRAPH);
      } finally {
        await session.close();
      }
    } finally {
      await executor.close();
    }
    const store = new Neo4jGraphStore(config);
    await store.init();
    return store;
  }, { historyRuns: 25 });
}
