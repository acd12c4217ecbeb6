// The query side of the benchmark, on a store already loaded: lineage through the store,
// then a server process on the same data for cold start, lineage over GraphQL/HTTP,
// requests per second and memory; then requests per second again with one server process
// per core, since one Node process serves from one core.

import { cpus } from 'node:os';
import type { GraphStore } from '../../server/src/store/port.ts';
import { lineageThroughGraphql, lineageThroughput, lineageThroughStore, type LineageSample, type Throughput } from './lineage.ts';
import { folderSize, mb, ms } from './measure.ts';
import { graphql, LINEAGE_QUERY, startServer } from './server-client.ts';

export interface QueryOptions {
  rounds: number;
  clients: number;
  seconds: number;
  profileServer?: string;
}

function describeThroughput(throughput: Throughput, processes: number): string {
  const perCore = throughput.serverCpuMsPerRequest ? ` — server CPU ${ms(throughput.serverCpuMsPerRequest)} per request, ${(1000 / throughput.serverCpuMsPerRequest).toFixed(0)}/s per core` : '';
  const where = `${throughput.clients} clients, ${processes} server process${processes > 1 ? 'es' : ''}`;
  return `lineage requests/s: ${throughput.requestsPerSecond.toFixed(0)} with ${where} over ${throughput.seconds.toFixed(1)} s (p50 ${ms(throughput.latency.p50)}, p95 ${ms(throughput.latency.p95)}, errors ${throughput.errors})${perCore}; clients' CPU ${ms(throughput.clientCpuMsPerRequest)} per request (target ≥ 500)`;
}

export async function measureQueries(store: GraphStore, dataDir: string, sample: LineageSample, options: QueryOptions, log: (line: string) => void) {
  const storeLatency = await lineageThroughStore(store, sample, options.rounds);
  log(`lineage through the store (depth 6): UP p50 ${ms(storeLatency.up.p50)} p95 ${ms(storeLatency.up.p95)} (${storeLatency.meanNodesUp.toFixed(0)} nodes); DOWN p50 ${ms(storeLatency.down.p50)} p95 ${ms(storeLatency.down.p95)} (${storeLatency.meanNodesDown.toFixed(0)} nodes); ${ms(storeLatency.cpuMsPerQuery)} of CPU per query (target p95 ≤ 10 ms)`);
  await store.close();
  const databaseBytes = folderSize(dataDir);
  log(`database size: ${mb(databaseBytes)}`);

  const profile = options.profileServer ? ['--cpu-prof', '--cpu-prof-dir', options.profileServer] : [];
  const server = await startServer(dataDir, { DATA_DIR: dataDir }, profile);
  let measured;
  try {
    const firstStarted = performance.now();
    await graphql(server.url, LINEAGE_QUERY, { key: sample.up[0], direction: 'UP' });
    const coldStartMs = server.startMs + (performance.now() - firstStarted);
    const coldStartCpuSeconds = server.cpuSeconds();
    log(`cold start: ${ms(coldStartMs)} from spawning the server to its first lineage answer (store open ${ms(server.openMs)}${coldStartCpuSeconds === null ? '' : `; ${coldStartCpuSeconds.toFixed(2)} s of CPU`}) (target ≤ 3 s)`);
    const httpLatency = await lineageThroughGraphql(server.url, sample, Math.max(1, options.rounds - 1), server.cpuSeconds);
    log(`lineage through GraphQL over HTTP: UP p50 ${ms(httpLatency.up.p50)} p95 ${ms(httpLatency.up.p95)}; DOWN p50 ${ms(httpLatency.down.p50)} p95 ${ms(httpLatency.down.p95)}; server CPU ${ms(httpLatency.cpuMsPerQuery)} per query (target p95 ≤ 30 ms)`);
    const throughput = await lineageThroughput(server.url, sample, options.clients, options.seconds, server.cpuSeconds);
    log(describeThroughput(throughput, 1));
    if (throughput.firstError) log(`  first error: ${throughput.firstError}`);
    const memory = server.residentBytes();
    log(`server memory: RSS ${memory ? mb(memory.now) : 'n/a'}, peak ${memory ? mb(memory.peak) : 'n/a'} (target ≤ 1 GB)`);
    measured = { storeLatency, databaseBytes, coldStartMs, coldStartCpuSeconds, storeOpenMs: server.openMs, httpLatency, throughput, serverRssBytes: memory?.now ?? null, serverPeakRssBytes: memory?.peak ?? null };
  } finally {
    await server.stop();
  }

  const processes = cpus().length;
  if (processes < 2) return measured;
  const servers = await startServer(dataDir, { DATA_DIR: dataDir }, [], processes);
  try {
    await graphql(servers.url, LINEAGE_QUERY, { key: sample.up[0], direction: 'UP' });
    const throughputPerCore = await lineageThroughput(servers.url, sample, options.clients, options.seconds, servers.cpuSeconds);
    log(describeThroughput(throughputPerCore, processes));
    if (throughputPerCore.firstError) log(`  first error: ${throughputPerCore.firstError}`);
    return { ...measured, throughputPerCore: { processes, ...throughputPerCore } };
  } finally {
    await servers.stop();
  }
}
