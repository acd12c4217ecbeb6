// Keeps every partial key pointed at the right node (see resolution/resolve.ts): when a
// node appears, goes away, or a partial-key document is held or released, the patterns it
// may match are decided again and their edges moved.
import { isPartialKey, keyMatches } from '../../domain/document-key.ts';
import { mergePatternProperties, mergeProperties, placeholderOfPattern, propertiesFromKey, type NodeProperties, type PatternProperties } from '../resolution/plan.ts';
import type { Candidate } from '../resolution/agreement.ts';
import { lookupFields, resolvePattern, statesMore } from '../resolution/resolve.ts';
import type { Connection } from './connection.ts';
import type { Nodes } from './nodes.ts';

interface PatternRow {
  pattern: string;
  target: string;
  properties: string;
}

/** Upper bound on keys read when a pattern knows neither its number nor its type. */
const CANDIDATE_SCAN_LIMIT = 2_000;

export class Resolver {
  constructor(
    private readonly connection: Connection,
    private readonly nodes: Nodes,
  ) {}

  /** The node key a reference written as `ref` lands on now; creates what it needs. */
  resolve(ref: string, properties: NodeProperties): string {
    if (!isPartialKey(ref)) {
      this.ensureNode(ref, properties);
      return ref;
    }
    const existing = this.pattern(ref);
    if (existing) {
      const before = JSON.parse(existing.properties) as PatternProperties;
      const merged = mergePatternProperties(before, properties);
      this.connection.sql('UPDATE patterns SET properties = ? WHERE pattern = ?').run(JSON.stringify(merged), ref);
      const node = existing.target === ref ? this.nodes.get(ref) : undefined;
      if (node) this.nodes.mergeInto(node, properties);
      return statesMore(before, merged) ? this.decide(ref, null) : existing.target;
    }
    const { number, type } = lookupFields(ref);
    this.connection
      .sql('INSERT INTO patterns (pattern, k_type, k_number, target, properties) VALUES (?, ?, ?, ?, ?)')
      .run(ref, type, number, ref, JSON.stringify(properties));
    return this.decide(ref, null, ref);
  }

  /**
   * A node was created, or a partial-key document became held or placeholder again:
   * the patterns it matches may now resolve to it, elsewhere, or become ambiguous.
   */
  nodeChanged(key: string): void {
    if (isPartialKey(key)) {
      if (this.pattern(key)) this.decide(key, null);
      return;
    }
    for (const pattern of this.patternsMatching(key)) this.decide(pattern, null);
  }

  /** A full-key node is about to go: patterns resolved through it are decided again without it. */
  nodeLeaving(key: string): void {
    for (const pattern of this.patternsMatching(key)) this.decide(pattern, key);
  }

  /** Forgets a pattern no edge is written with any more. */
  forget(pattern: string): void {
    this.connection.sql('DELETE FROM patterns WHERE pattern = ?').run(pattern);
  }

  private pattern(pattern: string): PatternRow | undefined {
    return this.connection.sql('SELECT pattern, target, properties FROM patterns WHERE pattern = ?').get(pattern) as PatternRow | undefined;
  }

  private patternsMatching(key: string): string[] {
    const { number, type } = lookupFields(key);
    const rows = this.connection
      .sql(`SELECT pattern FROM patterns WHERE k_number IN (@number, '?') AND k_type IN (@type, '?')`)
      .all({ number, type }) as { pattern: string }[];
    return rows.map((row) => row.pattern).filter((pattern) => keyMatches(pattern, key));
  }

  private candidates(pattern: string): Candidate[] {
    const { number, type } = lookupFields(pattern);
    return (
      number !== '?'
        ? this.connection.sql('SELECT key, date, issuer FROM documents WHERE k_number = ? AND partial = 0').all(number)
        : type !== '?'
          ? this.connection.sql('SELECT key, date, issuer FROM documents WHERE k_type = ? AND partial = 0 LIMIT ?').all(type, CANDIDATE_SCAN_LIMIT)
          : this.connection.sql('SELECT key, date, issuer FROM documents WHERE partial = 0 LIMIT ?').all(CANDIDATE_SCAN_LIMIT)
    ) as Candidate[];
  }

  /**
   * Decides where `pattern` lands, moves its edges there, and keeps its own placeholder
   * only while it is unresolved. A held document whose own key is the pattern always wins.
   */
  private decide(pattern: string, leaving: string | null, previousTarget?: string): string {
    const row = this.pattern(pattern)!;
    const own = this.nodes.get(pattern);
    const heldItself = own !== undefined && own.placeholder === 0 && leaving !== pattern;
    const stated = JSON.parse(row.properties) as PatternProperties;
    const resolution = resolvePattern(pattern, this.candidates(pattern).filter((candidate) => candidate.key !== leaving), stated);
    const target = heldItself ? pattern : resolution.target;
    const before = previousTarget ?? row.target;

    if (target === pattern && !own) {
      const properties = { ...placeholderOfPattern(stated), ...propertiesFromKey(pattern) };
      this.nodes.insert(pattern, properties, true);
    }
    // Candidates describe an unresolved placeholder; a held document is not waiting for one.
    if (target === pattern) this.nodes.setCandidates(pattern, heldItself ? [] : resolution.candidates);
    if (target !== before) {
      this.connection.sql('UPDATE edges SET to_key = ? WHERE to_ref = ?').run(target, pattern);
      this.connection.sql('UPDATE edges SET from_key = ? WHERE from_ref = ?').run(target, pattern);
      this.connection.sql('UPDATE patterns SET target = ? WHERE pattern = ?').run(target, pattern);
    }
    if (target !== pattern && own && own.placeholder === 1) this.nodes.delete(own);
    return target;
  }

  private ensureNode(key: string, properties: NodeProperties): void {
    const row = this.nodes.get(key);
    if (row) {
      this.nodes.mergeInto(row, properties);
      // Patterns decide on candidates' dates: one learnt now may change where they land.
      if (row.placeholder === 1 && ((properties.date !== null && properties.date !== row.date) || (properties.issuer !== null && properties.issuer !== row.issuer))) this.nodeChanged(key);
      return;
    }
    this.nodes.insert(key, properties, true);
    this.nodeChanged(key);
  }
}
