// Chooses the adapter from the configuration: Neo4j when NEO4J_URI is set, otherwise the
// embedded SQLite file in DATA_DIR. The store comes back initialised (schema ready) or
// the promise rejects with a message an operator can act on.
import type { Config } from '../config.ts';
import type { GraphStore } from './port.ts';
import { SqliteGraphStore } from './sqlite/sqlite-store.ts';
import { Neo4jGraphStore } from './neo4j/neo4j-store.ts';

export async function openStore(config: Config): Promise<GraphStore> {
  const store: GraphStore = config.neo4j ? new Neo4jGraphStore(config.neo4j) : new SqliteGraphStore(config.dataDir);
  try {
    await store.init();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
