// Validation rules that refuse a query before it runs when it nests too deep or would
// resolve too many fields. Cost is a worst-case estimate: a list multiplies what is under
// it by the page argument (`first`/`limit`) of its own field or of the connection holding
// it (`search(first: 50) { hits … }`), by the largest page when the argument is a
// variable, and by a default list size otherwise.
import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

const DEFAULT_LIST_SIZE = 10;
const MAX_INTROSPECTION_DEPTH = 16;
const PAGE_ARGUMENTS = new Set(['first', 'limit']);

interface Measure {
  depth: number;
  cost: number;
}

function returnsList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The page a field asks for, or null when it has no page argument. */
function pageOf(field: FieldNode, limits: QueryLimits): number | null {
  const argument = field.arguments?.find((arg) => PAGE_ARGUMENTS.has(arg.name.value));
  if (!argument) return null;
  if (argument.value.kind === Kind.INT) return Math.max(1, Math.min(Number(argument.value.value), limits.maxListSize));
  return limits.maxPageSize;
}

/** A field's definition, including the introspection fields no type lists among its own. */
function fieldDefinition(parent: GraphQLNamedType, name: string, context: ValidationContext): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parent === context.getSchema().getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** What one validation walk carries: the fragments, those being expanded, and those measured. */
interface Walk {
  context: ValidationContext;
  limits: QueryLimits;
  fragments: Record<string, FragmentDefinitionNode>;
  expanding: Set<string>;
  // A fragment spread many times is measured once: otherwise spreads of spreads would make
  // the validation itself take exponential time.
  measured: Map<string, Measure>;
}

function measureSpread(name: string, parent: GraphQLNamedType, walk: Walk, enclosingPage: number | null): Measure {
  const fragment = walk.fragments[name];
  if (!fragment || walk.expanding.has(name)) return { depth: 0, cost: 0 }; // unknown or cyclic: graphql's own rules report them
  const memo = `${name}|${enclosingPage}`;
  const known = walk.measured.get(memo);
  if (known) return known;
  walk.expanding.add(name);
  const type = walk.context.getSchema().getType(fragment.typeCondition.name.value) ?? parent;
  const result = measure(fragment.selectionSet, type, walk, enclosingPage);
  walk.expanding.delete(name);
  walk.measured.set(memo, result);
  return result;
}

function measureField(selection: FieldNode, parent: GraphQLNamedType, walk: Walk, enclosingPage: number | null): Measure {
  const definition = fieldDefinition(parent, selection.name.value, walk.context);
  if (!definition || !selection.selectionSet) return { depth: 1, cost: 1 };
  const page = pageOf(selection, walk.limits);
  const isList = returnsList(definition.type);
  const below = measure(selection.selectionSet, getNamedType(definition.type), walk, isList ? null : page);
  const times = isList ? (page ?? enclosingPage ?? DEFAULT_LIST_SIZE) : 1;
  // Tools send a deep standard introspection query (type references nest 8 levels):
  // its depth is checked against a limit of its own, its cost like any other field's.
  const introspection = selection.name.value === '__schema' || selection.name.value === '__type';
  if (introspection && below.depth + 1 > MAX_INTROSPECTION_DEPTH) {
    walk.context.reportError(
      tooComplex(`The introspection query nests ${below.depth + 1} levels deep; at most ${MAX_INTROSPECTION_DEPTH} are allowed.`, {
        depth: below.depth + 1,
        maxDepth: MAX_INTROSPECTION_DEPTH,
      }),
    );
  }
  return { depth: introspection ? 1 : below.depth + 1, cost: 1 + times * below.cost };
}

function measure(selections: SelectionSetNode, parent: GraphQLNamedType, walk: Walk, enclosingPage: number | null = null): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selections.selections) {
    let inner: Measure;
    if (selection.kind === Kind.FIELD) {
      inner = measureField(selection, parent, walk, enclosingPage);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.context.getSchema().getType(selection.typeCondition.name.value) : parent;
      inner = measure(selection.selectionSet, type ?? parent, walk, enclosingPage);
    } else {
      inner = measureSpread(selection.name.value, parent, walk, enclosingPage);
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxPageSize: number;
  /** The largest list any argument can ask for (the lineage node cap). */
  maxListSize: number;
}

export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root =
        operation.operation === 'query'
          ? context.getSchema().getQueryType()
          : operation.operation === 'mutation'
            ? context.getSchema().getMutationType()
            : context.getSchema().getSubscriptionType();
      if (!root) return;
      const fragments = Object.fromEntries(
        context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
      );
      const walk: Walk = { context, limits, fragments, expanding: new Set(), measured: new Map() };
      const { depth, cost } = measure(operation.selectionSet, root, walk);
      if (depth > limits.maxDepth) {
        context.reportError(tooComplex(`The query nests ${depth} levels deep; at most ${limits.maxDepth} are allowed.`, { depth, maxDepth: limits.maxDepth }));
      } else if (cost > limits.maxCost) {
        context.reportError(tooComplex(`The query could resolve about ${cost} fields; at most ${limits.maxCost} are allowed. Ask for smaller pages or fewer nested lists.`, { cost, maxCost: limits.maxCost }));
      }
    },
  });
}

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details, http: { status: 400 } } });
}
