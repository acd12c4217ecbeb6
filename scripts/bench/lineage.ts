// Lineage queries (UP and DOWN, depth 6): latency through the store and through GraphQL
// over loopback HTTP, and how many a server answers per second under concurrent clients.

import type { GraphStore } from '../../server/src/store/port.ts';
import { closedLoop, percentiles, type Percentiles } from './measure.ts';
import { graphql, LINEAGE_QUERY } from './server-client.ts';

export interface LineageSample {
  /** Local documents: their governing documents are UP. */
  up: string[];
  /** Central and provincial documents: what carries them down is DOWN. */
  down: string[];
}

export interface LineageLatency {
  up: Percentiles;
  down: Percentiles;
  meanNodesUp: number;
  meanNodesDown: number;
  /** CPU time of this process per query (store) — what a query costs, load aside. */
  cpuMsPerQuery: number;
}

type Direction = 'UP' | 'DOWN';

/**
 * Times one lineage query per key and direction (`rounds` times over the sample, after a
 * warm-up of the page cache and statements); `ask` answers with the number of nodes, and
 * `cpuMs` reads the CPU time that counts (this process, or the server's).
 */
async function timeLineages(
  sample: LineageSample,
  rounds: number,
  ask: (key: string, direction: Direction) => Promise<number>,
  cpuMs: () => number,
): Promise<LineageLatency> {
  let queries = 0;
  const run = async (keys: string[], direction: Direction) => {
    const times: number[] = [];
    let nodes = 0;
    for (let round = 0; round < rounds; round++) {
      for (const key of keys) {
        const t0 = performance.now();
        nodes += await ask(key, direction);
        times.push(performance.now() - t0);
        queries++;
      }
    }
    return { stats: percentiles(times), meanNodes: nodes / Math.max(1, times.length) };
  };
  await run(sample.up.slice(0, 20), 'UP');
  queries = 0;
  const cpu0 = cpuMs();
  const up = await run(sample.up, 'UP');
  const down = await run(sample.down, 'DOWN');
  const cpuMsPerQuery = (cpuMs() - cpu0) / Math.max(1, queries);
  return { up: up.stats, down: down.stats, meanNodesUp: up.meanNodes, meanNodesDown: down.meanNodes, cpuMsPerQuery };
}

export function lineageThroughStore(store: GraphStore, sample: LineageSample, rounds: number): Promise<LineageLatency> {
  const ownCpuMs = () => {
    const cpu = process.cpuUsage();
    return (cpu.user + cpu.system) / 1000;
  };
  return timeLineages(sample, rounds, async (key, direction) => (await store.lineage({ key, direction, depth: 6, limit: 500 })).nodes.length, ownCpuMs);
}

type LineageAnswer = { lineage: { nodes: unknown[] } };

/** CPU seconds the server's processes have used so far; null when they cannot be read. */
export type ServerCpu = () => number | null;

export function lineageThroughGraphql(url: string, sample: LineageSample, rounds: number, serverCpu?: ServerCpu): Promise<LineageLatency> {
  // Without the server's CPU time NaN says it is unknown in the report.
  const serverCpuMs = () => 1000 * (serverCpu?.() ?? NaN);
  return timeLineages(sample, rounds, async (key, direction) => (await graphql<LineageAnswer>(url, LINEAGE_QUERY, { key, direction })).lineage.nodes.length, serverCpuMs);
}

export interface Throughput {
  requestsPerSecond: number;
  latency: Percentiles;
  errors: number;
  firstError: string | null;
  clients: number;
  seconds: number;
  /** The server's CPU time per answered request: what one core could serve, load aside. */
  serverCpuMsPerRequest: number | null;
  /** The clients' own CPU time per request: what the load generator takes from the same cores. */
  clientCpuMsPerRequest: number;
}

/** A typical lineage query: UP from a local document, DOWN from a provincial one, alternating. */
export async function lineageThroughput(url: string, sample: LineageSample, clients: number, seconds: number, serverCpu?: ServerCpu): Promise<Throughput> {
  const cpuBefore = serverCpu?.() ?? null;
  const clientCpuBefore = process.cpuUsage();
  const { durations, errors, elapsed } = await closedLoop(clients, seconds, async (client, i) => {
    const up = (client + i) % 2 === 0;
    const keys = up ? sample.up : sample.down;
    await graphql(url, LINEAGE_QUERY, { key: keys[(client * 7919 + i) % keys.length], direction: up ? 'UP' : 'DOWN' });
  });
  const cpuAfter = serverCpu?.() ?? null;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  return {
    clientCpuMsPerRequest: (clientCpu.user + clientCpu.system) / 1000 / Math.max(1, durations.length),
    serverCpuMsPerRequest: cpuBefore !== null && cpuAfter !== null ? (1000 * (cpuAfter - cpuBefore)) / Math.max(1, durations.length) : null,
    requestsPerSecond: durations.length / elapsed,
    latency: percentiles(durations),
    errors: errors.length,
    firstError: errors[0] ?? null,
    clients,
    seconds: elapsed,
  };
}
