// Turns a lineage from the API into the elements the graph view draws. Pure: the colour
// (issuing system), the shape (document type), hollow placeholders and marked unresolved
// ones are all decided here as classes and data, so that they can be tested without a page.
import { bandOf, type Band } from '../levels.ts';
import { documentLabel, isUnresolved, type Lineage } from '../model.ts';
import { foldVietnamese } from '../fold.ts';

export interface NodeData {
  id: string;
  label: string;
  band: Band;
  shape: string;
  date: string | null;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relation: 'implements' | 'cites';
}

export interface GraphNode {
  group: 'nodes';
  data: NodeData;
  classes: string;
}

export interface GraphEdge {
  group: 'edges';
  data: EdgeData;
  classes: string;
}

export type GraphElement = GraphNode | GraphEdge;

/** Cytoscape node shapes by document type (folded name, shape, name as written); the legend lists them. */
export const TYPE_SHAPES: readonly (readonly [string, string, string])[] = [
  ['nghi quyet', 'ellipse', 'Nghị quyết'],
  ['chi thi', 'diamond', 'Chỉ thị'],
  ['ket luan', 'hexagon', 'Kết luận'],
  ['chuong trinh', 'round-rectangle', 'Chương trình'],
  ['ke hoach', 'rectangle', 'Kế hoạch'],
  ['quyet dinh', 'triangle', 'Quyết định'],
  ['huong dan', 'pentagon', 'Hướng dẫn'],
  ['cong van', 'tag', 'Công văn'],
  ['thong bao', 'vee', 'Thông báo'],
  ['luat', 'star', 'Luật'],
  ['nghi dinh', 'octagon', 'Nghị định'],
  ['thong tu', 'rhomboid', 'Thông tư'],
];

export const DEFAULT_SHAPE = 'round-tag';

export function shapeForType(type: string | null): string {
  if (!type) return DEFAULT_SHAPE;
  const folded = foldVietnamese(type);
  const match = TYPE_SHAPES.find(([name]) => folded === name || folded.startsWith(`${name} `));
  return match ? match[1] : DEFAULT_SHAPE;
}

function nodeClasses(doc: Lineage['nodes'][number], focusKey: string | null): string {
  const classes = ['doc', doc.system ? doc.system.toLowerCase() : 'nosystem'];
  if (doc.placeholder) classes.push('placeholder');
  if (isUnresolved(doc)) classes.push('unresolved');
  if (doc.key === focusKey) classes.push('focus');
  return classes.join(' ');
}

export function lineageToElements(lineage: Lineage, focusKey: string | null = null): GraphElement[] {
  const known = new Set(lineage.nodes.map((doc) => doc.key));
  const nodes: GraphNode[] = lineage.nodes.map((doc) => ({
    group: 'nodes',
    data: {
      id: doc.key,
      label: (isUnresolved(doc) ? '? ' : '') + documentLabel(doc),
      band: bandOf(doc),
      shape: shapeForType(doc.type),
      date: doc.date,
    },
    classes: nodeClasses(doc, focusKey),
  }));
  // An edge whose end fell outside a truncated lineage cannot be drawn.
  const edges: GraphEdge[] = lineage.edges
    .filter((edge) => known.has(edge.from) && known.has(edge.to))
    .map((edge) => {
      const relation = edge.relation === 'IMPLEMENTS' ? 'implements' : 'cites';
      return {
        group: 'edges',
        data: { id: edge.id, source: edge.from, target: edge.to, relation },
        classes: relation,
      };
    });
  return [...nodes, ...edges];
}

/** Adds the elements of `more` that `current` does not have yet (expanding a node). */
export function mergeLineages(current: Lineage, more: Lineage): Lineage {
  const nodeKeys = new Set(current.nodes.map((node) => node.key));
  const edgeIds = new Set(current.edges.map((edge) => edge.id));
  return {
    nodes: [...current.nodes, ...more.nodes.filter((node) => !nodeKeys.has(node.key))],
    edges: [...current.edges, ...more.edges.filter((edge) => !edgeIds.has(edge.id))],
    truncated: current.truncated || more.truncated,
  };
}
