// Downloads of a lineage or of the whole graph as GraphML, CSV (nodes or edges) or
// Cytoscape JSON:
//   GET /export/lineage.graphml?key=…&direction=UP|DOWN|BOTH&depth=3&relations=IMPLEMENTS,CITES&limit=500
//   GET /export/graph.csv?part=nodes|edges
import { Router, type Request, type Response } from 'express';
import type { Direction, EdgeKind, GraphStore, Subgraph } from '../../store/port.ts';
import type { ApiLimits } from '../limits.ts';
import { edgesCsv, nodesCsv } from '../export/csv.ts';
import { toGraphML } from '../export/graphml.ts';
import { toCytoscapeJson } from '../export/cytoscape.ts';
import { sendError } from './respond.ts';
import { storeFailureOf } from '../store-failures.ts';

type Format = 'graphml' | 'csv' | 'json';
const FORMATS: Format[] = ['graphml', 'csv', 'json'];

class ExportInputError extends Error {}

function integer(request: Request, name: string, fallback: number, min: number, max: number): number {
  const raw = request.query[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(value) || value < min || value > max) {
    throw new ExportInputError(`"${name}" must be a whole number between ${min} and ${max}.`);
  }
  return value;
}

function oneOf<T extends string>(request: Request, name: string, allowed: readonly T[], fallback: T): T {
  const raw = request.query[name] ?? fallback;
  if (typeof raw !== 'string' || !allowed.includes(raw as T)) throw new ExportInputError(`"${name}" must be one of ${allowed.join(', ')}.`);
  return raw as T;
}

function relations(request: Request): EdgeKind[] | undefined {
  const raw = request.query['relations'];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new ExportInputError('"relations" must be IMPLEMENTS, CITES or both, comma-separated.');
  const kinds = raw.split(',').map((kind) => kind.trim().toUpperCase());
  if (!kinds.every((kind) => kind === 'IMPLEMENTS' || kind === 'CITES')) {
    throw new ExportInputError('"relations" must be IMPLEMENTS, CITES or both, comma-separated.');
  }
  return kinds as EdgeKind[];
}

function safeFileName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}

function send(response: Response, request: Request, subgraph: Subgraph, format: Format, name: string): void {
  response.setHeader('X-Truncated', String(subgraph.truncated));
  if (format === 'graphml') {
    response.attachment(`${name}.graphml`).type('application/graphml+xml; charset=utf-8').send(toGraphML(subgraph));
  } else if (format === 'json') {
    response.attachment(`${name}.cyjs.json`).type('application/json; charset=utf-8').send(JSON.stringify(toCytoscapeJson(subgraph)));
  } else {
    const part = oneOf(request, 'part', ['nodes', 'edges'] as const, 'nodes');
    response.attachment(`${name}-${part}.csv`).type('text/csv; charset=utf-8').send(part === 'nodes' ? nodesCsv(subgraph) : edgesCsv(subgraph));
  }
}

export function exportRoutes(store: GraphStore, limits: ApiLimits): Router {
  const router = Router();
  const handle = (produce: (request: Request) => Promise<{ subgraph: Subgraph; name: string } | null>, format: Format) =>
    async (request: Request, response: Response) => {
      try {
        const result = await produce(request);
        if (!result) return sendError(response, 404, 'NOT_FOUND', `The document "${String(request.query['key'])}" was not found.`);
        send(response, request, result.subgraph, format, result.name);
      } catch (error) {
        if (error instanceof ExportInputError) return sendError(response, 400, 'BAD_USER_INPUT', error.message);
        const failure = storeFailureOf(error);
        if (failure) return sendError(response, failure.status, failure.code, failure.message);
        throw error;
      }
    };

  const lineage = async (request: Request) => {
    const key = request.query['key'];
    if (typeof key !== 'string' || key.trim() === '') throw new ExportInputError('"key" (a document key) is needed.');
    const direction = oneOf<Direction>(request, 'direction', ['UP', 'DOWN', 'BOTH'], 'BOTH');
    const depth = integer(request, 'depth', 3, 0, limits.maxLineageDepth);
    const limit = integer(request, 'limit', limits.maxLineageNodes, 1, limits.maxLineageNodes);
    const [document] = await store.getDocuments([key]);
    if (!document) return null;
    const subgraph = await store.lineage({ key, direction, depth, relations: relations(request), limit });
    return { subgraph, name: `lineage-${safeFileName(document.number ?? key)}-${direction.toLowerCase()}` };
  };
  const whole = async (request: Request) => {
    const limit = integer(request, 'limit', limits.maxExportNodes, 1, limits.maxExportNodes);
    return { subgraph: await store.wholeGraph(limit), name: 'graph' };
  };

  for (const format of FORMATS) {
    router.get(`/export/lineage.${format}`, handle(lineage, format));
    router.get(`/export/graph.${format}`, handle(whole, format));
  }
  return router;
}
