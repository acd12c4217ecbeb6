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
}

export async function lineageThroughStore(store: GraphStore, sample: LineageSample, rounds: number): Promise<LineageLatency> {
  const run = async (keys: string[], direction: 'UP' | 'DOWN') => {
    const times: number[] = [];
    let nodes = 0;
    for (let round = 0; round < rounds; round++) {
      for (const key of keys) {
        const t0 = performance.now();
        const graph = await store.lineage({ key, direction, depth: 6, limit: 500 });
        times.push(performance.now() - t0);
        nodes += graph.nodes.length;
      }
    }
    return { stats: percentiles(times), meanNodes: nodes / Math.max(1, times.length) };
  };
  await run(sample.up.slice(0, 20), 'UP'); // warm the page cache and statements
  const up = await run(sample.up, 'UP');
  const down = await run(sample.down, 'DOWN');
  return { up: up.stats, down: down.stats, meanNodesUp: up.meanNodes, meanNodesDown: down.meanNodes };
}

type LineageAnswer = { lineage: { nodes: unknown[] } };

export async function lineageThroughGraphql(url: string, sample: LineageSample, rounds: number): Promise<LineageLatency> {
  const run = async (keys: string[], direction: 'UP' | 'DOWN') => {
    const times: number[] = [];
    let nodes = 0;
    for (let round = 0; round < rounds; round++) {
      for (const key of keys) {
        const t0 = performance.now();
        const data = await graphql<LineageAnswer>(url, LINEAGE_QUERY, { key, direction });
        times.push(performance.now() - t0);
        nodes += data.lineage.nodes.length;
      }
    }
    return { stats: percentiles(times), meanNodes: nodes / Math.max(1, times.length) };
  };
  await run(sample.up.slice(0, 20), 'UP');
  const up = await run(sample.up, 'UP');
  const down = await run(sample.down, 'DOWN');
  return { up: up.stats, down: down.stats, meanNodesUp: up.meanNodes, meanNodesDown: down.meanNodes };
}

export interface Throughput {
  requestsPerSecond: number;
  latency: Percentiles;
  errors: number;
  firstError: string | null;
  clients: number;
  seconds: number;
}

/** A typical lineage query: UP from a local document, DOWN from a provincial one, alternating. */
export async function lineageThroughput(url: string, sample: LineageSample, clients: number, seconds: number): Promise<Throughput> {
  const { durations, errors, elapsed } = await closedLoop(clients, seconds, async (client, i) => {
    const up = (client + i) % 2 === 0;
    const keys = up ? sample.up : sample.down;
    await graphql(url, LINEAGE_QUERY, { key: keys[(client * 7919 + i) % keys.length], direction: up ? 'UP' : 'DOWN' });
  });
  return {
    requestsPerSecond: durations.length / elapsed,
    latency: percentiles(durations),
    errors: errors.length,
    firstError: errors[0] ?? null,
    clients,
    seconds: elapsed,
  };
}
