// The query side of the benchmark, on a store already loaded: lineage through the store,
// then a server process on the same data for cold start, lineage over GraphQL/HTTP,
// requests per second and memory.

import type { GraphStore } from '../../server/src/store/port.ts';
import { lineageThroughGraphql, lineageThroughput, lineageThroughStore, type LineageSample } from './lineage.ts';
import { cpuSecondsOf, folderSize, mb, ms, peakResidentBytesOf, residentBytesOf } from './measure.ts';
import { graphql, LINEAGE_QUERY, startServer } from './server-client.ts';

export interface QueryOptions {
  rounds: number;
  clients: number;
  seconds: number;
  profileServer?: string;
}

export async function measureQueries(store: GraphStore, dataDir: string, sample: LineageSample, options: QueryOptions, log: (line: string) => void) {
  const storeLatency = await lineageThroughStore(store, sample, options.rounds);
  log(`lineage through the store (depth 6): UP p50 ${ms(storeLatency.up.p50)} p95 ${ms(storeLatency.up.p95)} (${storeLatency.meanNodesUp.toFixed(0)} nodes); DOWN p50 ${ms(storeLatency.down.p50)} p95 ${ms(storeLatency.down.p95)} (${storeLatency.meanNodesDown.toFixed(0)} nodes); ${ms(storeLatency.cpuMsPerQuery)} of CPU per query (target p95 ≤ 10 ms)`);
  await store.close();
  const databaseBytes = folderSize(dataDir);
  log(`database size: ${mb(databaseBytes)}`);

  const server = await startServer(dataDir, { DATA_DIR: dataDir }, options.profileServer ? ['--cpu-prof', '--cpu-prof-dir', options.profileServer] : []);
  try {
    const firstStarted = performance.now();
    await graphql(server.url, LINEAGE_QUERY, { key: sample.up[0], direction: 'UP' });
    const coldStartMs = server.startMs + (performance.now() - firstStarted);
    const coldStartCpuSeconds = cpuSecondsOf(server.child.pid!);
    log(`cold start: ${ms(coldStartMs)} from spawning the server to its first lineage answer (store open ${ms(server.openMs)}${coldStartCpuSeconds === null ? '' : `; ${coldStartCpuSeconds.toFixed(2)} s of CPU`}) (target ≤ 3 s)`);
    const httpLatency = await lineageThroughGraphql(server.url, sample, Math.max(1, options.rounds - 1), server.child.pid);
    log(`lineage through GraphQL over HTTP: UP p50 ${ms(httpLatency.up.p50)} p95 ${ms(httpLatency.up.p95)}; DOWN p50 ${ms(httpLatency.down.p50)} p95 ${ms(httpLatency.down.p95)}; server CPU ${ms(httpLatency.cpuMsPerQuery)} per query (target p95 ≤ 30 ms)`);
    const throughput = await lineageThroughput(server.url, sample, options.clients, options.seconds, server.child.pid);
    const perCore = throughput.serverCpuMsPerRequest ? ` — server CPU ${ms(throughput.serverCpuMsPerRequest)} per request, ${(1000 / throughput.serverCpuMsPerRequest).toFixed(0)}/s per core` : '';
    log(`lineage requests/s: ${throughput.requestsPerSecond.toFixed(0)} with ${throughput.clients} clients over ${throughput.seconds.toFixed(1)} s (p50 ${ms(throughput.latency.p50)}, p95 ${ms(throughput.latency.p95)}, errors ${throughput.errors})${perCore} (target ≥ 500)`);
    if (throughput.firstError) log(`  first error: ${throughput.firstError}`);
    const serverRssBytes = residentBytesOf(server.child.pid!);
    const serverPeakRssBytes = peakResidentBytesOf(server.child.pid!);
    log(`server memory: RSS ${serverRssBytes ? mb(serverRssBytes) : 'n/a'}, peak ${serverPeakRssBytes ? mb(serverPeakRssBytes) : 'n/a'} (target ≤ 1 GB)`);
    return { storeLatency, databaseBytes, coldStartMs, coldStartCpuSeconds, storeOpenMs: server.openMs, httpLatency, throughput, serverRssBytes, serverPeakRssBytes };
  } finally {
    await server.stop();
  }
}
