// Partial keys in Neo4j, decided exactly as in SQLite (see resolution/resolve.ts and
// sqlite/resolver.ts): Pattern nodes remember what each partial key was written as and
// where its edges currently land. Used inside one write transaction.
import { isPartialKey, keyMatches } from '../../domain/document-key.ts';
import { mergePatternProperties, mergeProperties, nodePropertiesOf, placeholderOfPattern, propertiesFromKey, type NodeProperties, type PatternProperties } from '../resolution/plan.ts';
import type { Candidate } from '../resolution/agreement.ts';
import { lookupFields, resolvePattern, statesMore } from '../resolution/resolve.ts';
import * as cypher from './cypher.ts';
import { int, type Run } from './executor.ts';
import { nodeProperties, toStoredDocument } from './properties.ts';

const CANDIDATE_SCAN_LIMIT = 2_000;

export interface NodeState {
  key: string;
  placeholder: boolean;
  properties: NodeProperties;
}

export class Neo4jResolver {
  constructor(private readonly run: Run) {}

  async nodes(keys: string[]): Promise<Map<string, NodeState>> {
    const rows = await this.run<{ key: string; node: Record<string, unknown> | null }>(cypher.NODES_BY_KEYS, { keys });
    const found = new Map<string, NodeState>();
    for (const row of rows) {
      if (!row.node) continue;
      const document = toStoredDocument(row.node);
      found.set(row.key, { key: row.key, placeholder: document.placeholder, properties: nodePropertiesOf(document) });
    }
    return found;
  }

  async node(key: string): Promise<NodeState | undefined> {
    return (await this.nodes([key])).get(key);
  }

  async writeNodes(rows: { key: string; properties: Record<string, unknown> }[]): Promise<void> {
    if (rows.length > 0) await this.run(cypher.WRITE_NODES, { rows });
  }

  async insertPlaceholder(key: string, properties: NodeProperties): Promise<void> {
    await this.writeNodes([{ key, properties: { ...nodeProperties(key, properties, null), candidates: [] } }]);
  }

  /** Lands full keys on their own nodes (creating placeholders in one batch), then partial ones. */
  async resolveAll(refs: Map<string, NodeProperties>): Promise<Map<string, string>> {
    const landing = new Map<string, string>();
    const full = [...refs.keys()].filter((ref) => !isPartialKey(ref));
    const existing = await this.nodes(full);
    const merged: { key: string; properties: Record<string, unknown> }[] = [];
    const decideAgain: string[] = [];
    for (const ref of full) {
      landing.set(ref, ref);
      const node = existing.get(ref);
      const offered = refs.get(ref)!;
      if (!node) {
        merged.push({ key: ref, properties: { ...nodeProperties(ref, offered, null), candidates: [] } });
        decideAgain.push(ref);
      } else if (node.placeholder) {
        const properties = mergeProperties(node.properties, offered);
        if (JSON.stringify(properties) !== JSON.stringify(node.properties)) merged.push({ key: ref, properties: nodeProperties(ref, properties, null) });
        // Patterns decide on candidates' dates: one learnt now may change where they land.
        if (properties.date !== node.properties.date || properties.issuer !== node.properties.issuer) decideAgain.push(ref);
      }
    }
    await this.writeNodes(merged);
    for (const key of decideAgain) await this.nodeChanged(key);
    for (const ref of [...refs.keys()].filter(isPartialKey)) landing.set(ref, await this.resolvePartial(ref, refs.get(ref)!));
    return landing;
  }

  private async resolvePartial(ref: string, properties: NodeProperties): Promise<string> {
    const [existing] = await this.run<{ target: string; properties: string }>(cypher.PATTERN, { pattern: ref });
    if (existing) {
      const before = JSON.parse(existing.properties) as PatternProperties;
      const merged = mergePatternProperties(before, properties);
      await this.run(cypher.SET_PATTERN_PROPERTIES, { pattern: ref, properties: JSON.stringify(merged) });
      const node = existing.target === ref ? await this.node(ref) : undefined;
      if (node?.placeholder) {
        const next = mergeProperties(node.properties, properties);
        if (JSON.stringify(next) !== JSON.stringify(node.properties)) await this.writeNodes([{ key: ref, properties: nodeProperties(ref, next, null) }]);
      }
      return statesMore(before, merged) ? this.decide(ref, null) : existing.target;
    }
    const { number, type } = lookupFields(ref);
    await this.run(cypher.CREATE_PATTERN, { pattern: ref, kType: type, kNumber: number, target: ref, properties: JSON.stringify(properties) });
    return this.decide(ref, null, ref);
  }

  /** See sqlite/resolver.ts: a node appeared, or a partial-key document was held or released. */
  async nodeChanged(key: string): Promise<void> {
    if (isPartialKey(key)) {
      if ((await this.run(cypher.PATTERN, { pattern: key })).length > 0) await this.decide(key, null);
      return;
    }
    for (const pattern of await this.patternsMatching(key)) await this.decide(pattern, null);
  }

  async nodeLeaving(key: string): Promise<void> {
    for (const pattern of await this.patternsMatching(key)) await this.decide(pattern, key);
  }

  async forget(pattern: string): Promise<void> {
    await this.run(cypher.DELETE_PATTERN, { pattern });
  }

  private async patternsMatching(key: string): Promise<string[]> {
    const rows = await this.run<{ pattern: string }>(cypher.PATTERNS_FOR, lookupFields(key));
    return rows.map((row) => row.pattern).filter((pattern) => keyMatches(pattern, key));
  }

  private async candidates(pattern: string): Promise<Candidate[]> {
    const { number, type } = lookupFields(pattern);
    const rows =
      number !== '?'
        ? await this.run<Candidate>(cypher.CANDIDATES_BY_NUMBER, { number })
        : type !== '?'
          ? await this.run<Candidate>(cypher.CANDIDATES_BY_TYPE, { type, limit: int(CANDIDATE_SCAN_LIMIT) })
          : await this.run<Candidate>(cypher.CANDIDATES_ANY, { limit: int(CANDIDATE_SCAN_LIMIT) });
    return rows.map((row) => ({ key: row.key, date: row.date ?? null, issuer: row.issuer ?? null }));
  }

  private async decide(pattern: string, leaving: string | null, previousTarget?: string): Promise<string> {
    const [row] = await this.run<{ target: string; properties: string }>(cypher.PATTERN, { pattern });
    const own = await this.node(pattern);
    const heldItself = own !== undefined && !own.placeholder && leaving !== pattern;
    const stated = JSON.parse(row!.properties) as PatternProperties;
    const resolution = resolvePattern(pattern, (await this.candidates(pattern)).filter((candidate) => candidate.key !== leaving), stated);
    const target = heldItself ? pattern : resolution.target;
    const before = previousTarget ?? row!.target;

    if (target === pattern && !own) {
      await this.insertPlaceholder(pattern, { ...placeholderOfPattern(stated), ...propertiesFromKey(pattern) });
    }
    // Candidates describe an unresolved placeholder; a held document is not waiting for one.
    if (target === pattern) await this.run(cypher.SET_CANDIDATES, { key: pattern, candidates: heldItself ? [] : resolution.candidates });
    if (target !== before) {
      for (const kind of cypher.EDGE_KINDS) {
        await this.run(cypher.moveEdges(kind, 'to'), { pattern, target });
        await this.run(cypher.moveEdges(kind, 'from'), { pattern, target });
      }
      await this.run(cypher.SET_PATTERN_TARGET, { pattern, target });
    }
    if (target !== pattern && own?.placeholder) await this.run(cypher.DELETE_NODE, { key: pattern });
    return target;
  }
}
