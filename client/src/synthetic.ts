// Synthetic lineages shaped like policy flow, for the benchmark: a few central documents,
// many provincial ones implementing them, more district and unit documents below, some
// cross-citations. Deterministic, so runs compare.
import type { DocumentSummary, Lineage, LevelName, SystemName } from './model.ts';

const LEVELS: LevelName[] = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'];
const SYSTEMS: SystemName[] = ['PARTY', 'STATE', 'MASS'];
const TYPES = ['Nghị quyết', 'Chỉ thị', 'Kế hoạch', 'Công văn', 'Chương trình', 'Hướng dẫn'];

/** A lineage of about `elements` nodes + edges (edges ≈ nodes). */
export function syntheticLineage(elements: number): Lineage {
  const count = Math.max(2, Math.floor(elements / 2));
  const share = [0.02, 0.18, 0.35, 0.45];
  const nodes: DocumentSummary[] = [];
  const byLevel: string[][] = [[], [], [], []];
  for (let i = 0; i < count; i++) {
    let level = 0;
    for (let acc = share[0]!; level < 3 && i / count >= acc; acc += share[level + 1]!) level++;
    const key = `synthetic:${i}`;
    byLevel[level]!.push(key);
    nodes.push({
      key, type: TYPES[i % TYPES.length]!, number: `${i}-${level}/X`, issuer: null,
      date: `${2010 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`, title: null, level: LEVELS[level]!,
      province: null, system: SYSTEMS[i % 3]!, placeholder: i % 11 === 0,
    });
  }
  const edges: Lineage['edges'] = [];
  for (let level = 1; level < 4; level++) {
    const above = byLevel[level - 1]!;
    byLevel[level]!.forEach((key, index) => {
      const target = above[index % Math.max(1, above.length)];
      if (target) edges.push({ id: `e${edges.length}`, from: key, to: target, relation: index % 5 === 0 ? 'CITES' : 'IMPLEMENTS', assertedBy: key, cue: null, sentence: '' });
    });
  }
  for (let i = 0; edges.length < count && i < count; i++) {
    const from = byLevel[3]![i % byLevel[3]!.length]!;
    const to = byLevel[1]![(i * 7) % byLevel[1]!.length]!;
    edges.push({ id: `e${edges.length}`, from, to, relation: 'CITES', assertedBy: from, cue: null, sentence: '' });
  }
  return { nodes, edges: edges.slice(0, count), truncated: false };
}
