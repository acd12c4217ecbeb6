// saveDocument and deleteDocument for Neo4j, each inside one managed write transaction:
// the same steps as sqlite/writer.ts, with nodes and edges written in UNWIND batches.
import { isPartialKey } from '../../domain/document-key.ts';
import type { DocumentRecord, SaveOptions, SaveOutcome } from '../port.ts';
import { planDocumentWrite, type NodeProperties } from '../resolution/plan.ts';
import * as cypher from './cypher.ts';
import type { Run } from './executor.ts';
import { issuerOf, nodeProperties } from './properties.ts';
import { Neo4jResolver } from './resolver.ts';

export class Neo4jWriter {
  private readonly resolver: Neo4jResolver;

  constructor(private readonly run: Run) {
    this.resolver = new Neo4jResolver(run);
  }

  async save(record: DocumentRecord, options: SaveOptions = {}): Promise<SaveOutcome> {
    const [known] = await this.run<{ key: string; contentHash: string }>(cypher.SOURCE_DOCUMENT, { source: record.source });
    if (!options.force && known && known.contentHash === record.contentHash && known.key === record.key) {
      return { key: record.key, status: 'unchanged', filledPlaceholder: false, edges: await this.assertedEdgeCount(record.key) };
    }
    if (known && known.key !== record.key) await this.release(known.key);

    const plan = planDocumentWrite(record);
    const existing = await this.resolver.node(record.key);
    const refsBefore = await this.removeAssertedEdges(record.key);

    const held = { source: record.source, contentHash: record.contentHash, text: record.text };
    await this.resolver.writeNodes([{ key: record.key, properties: { ...nodeProperties(record.key, plan.document, held), ...(existing ? {} : { candidates: [] }) } }]);
    await this.run(cypher.SET_ISSUERS, { rows: [{ key: record.key, issuer: issuerOf(plan.document) }] });
    // A held text may state a date or issuer its placeholder lacked: patterns that landed on it are decided again.
    if (!existing || existing.placeholder) await this.resolver.nodeChanged(record.key);

    const landing = await this.resolver.resolveAll(plan.placeholders);
    landing.set(record.key, record.key);
    for (const kind of cypher.EDGE_KINDS) {
      const edges = plan.edges
        .filter((edge) => edge.kind === kind)
        .map((edge) => ({ from: landing.get(edge.fromRef)!, to: landing.get(edge.toRef)!, edge }))
        .filter(({ from, to }) => from !== to)
        .map(({ from, to, edge }) => ({
          from,
          to,
          properties: { assertedBy: record.key, fromRef: edge.fromRef, toRef: edge.toRef, cue: edge.cue, sentence: edge.sentence, surface: edge.surface, start: edge.start, end: edge.end },
        }));
      if (edges.length > 0) await this.run(cypher.createEdges(kind), { edges });
    }
    await this.collectGarbage(refsBefore);
    return {
      key: record.key,
      status: existing && !existing.placeholder ? 'updated' : 'created',
      filledPlaceholder: existing?.placeholder === true,
      edges: await this.assertedEdgeCount(record.key),
    };
  }

  async release(key: string): Promise<boolean> {
    const node = await this.resolver.node(key);
    if (!node || node.placeholder) return false;
    const refs = await this.removeAssertedEdges(key);
    const kept: NodeProperties = { ...node.properties, title: null, place: null };
    await this.resolver.writeNodes([{ key, properties: nodeProperties(key, kept, null) }]);
    await this.run(cypher.SET_ISSUERS, { rows: [{ key, issuer: null }] });
    if (isPartialKey(key)) await this.resolver.nodeChanged(key);
    refs.add(key);
    await this.collectGarbage(refs);
    return true;
  }

  private async removeAssertedEdges(key: string): Promise<Set<string>> {
    const rows = await this.run<{ fromRef: string; toRef: string }>(cypher.REMOVE_ASSERTED_EDGES, { key });
    return new Set(rows.flatMap((row) => [row.fromRef, row.toRef]));
  }

  private async collectGarbage(refs: Set<string>): Promise<void> {
    for (const ref of refs) {
      const [{ named } = { named: false }] = await this.run<{ named: boolean }>(cypher.NAMED_BY_EDGES, { key: ref });
      if (named) continue;
      if (isPartialKey(ref)) await this.resolver.forget(ref);
      const node = await this.resolver.node(ref);
      if (!node || !node.placeholder) continue;
      if (!isPartialKey(ref)) await this.resolver.nodeLeaving(ref);
      await this.run(cypher.DELETE_NODE, { key: ref });
    }
  }

  private async assertedEdgeCount(key: string): Promise<number> {
    const [row] = await this.run<{ count: number }>(cypher.ASSERTED_EDGE_COUNT, { key });
    return row?.count ?? 0;
  }
}
