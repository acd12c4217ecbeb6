// Starts the product: configuration, store, seed corpus on first start, web client, API.
import { existsSync } from 'node:fs';
import { readConfig, ConfigError } from './config.ts';
import { openStore } from './store/open-store.ts';
import { ingestPaths } from './ingest/index.ts';
import { createApp } from './api/http.ts';
import { ensureClientBuilt } from './client-build.ts';

async function main(): Promise<void> {
  const config = readConfig();
  const store = await openStore(config);

  const { documents, placeholders } = await store.stats();
  if (documents + placeholders === 0 && existsSync(config.seedDir)) {
    const summary = await ingestPaths(store, [config.seedDir], { progress: 'none' });
    console.log(`Loaded the seed corpus from ${config.seedDir}: ${summary.ingested} documents.`);
  }

  await ensureClientBuilt();
  const app = createApp({ store, config, trustProxy: config.trustProxy });
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    console.log(`Web client:       http://${host}:${port}/`);
    console.log(`GraphQL endpoint: http://${host}:${port}/graphql`);
    console.log(`API explorer:     http://${host}:${port}/explorer/`);
    console.log(`Store:            ${config.neo4j ? config.neo4j.uri : `embedded SQLite in ${config.dataDir}`}`);
  });

  const shutdown = (): void => {
    server.close();
    void store.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
