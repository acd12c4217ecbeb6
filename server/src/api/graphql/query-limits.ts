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

function measure(
  selections: SelectionSetNode,
  parent: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  context: ValidationContext,
  limits: QueryLimits,
  visiting: Set<string>,
  /** The page size set by an enclosing connection field, for the list inside it. */
  enclosingPage: number | null = null,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of selections.selections) {
    let inner: Measure = { depth: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      const definition = fieldDefinition(parent, selection.name.value, context);
      if (!definition || !selection.selectionSet) {
        cost += 1;
        depth = Math.max(depth, 1);
        continue;
      }
      const page = pageOf(selection, limits);
      const isList = returnsList(definition.type);
      const below = measure(selection.selectionSet, getNamedType(definition.type), fragments, context, limits, visiting, isList ? null : page);
      const times = isList ? (page ?? enclosingPage ?? DEFAULT_LIST_SIZE) : 1;
      // Tools send a deep standard introspection query (type references nest 8 levels):
      // its depth is checked against a limit of its own, its cost like any other field's.
      const introspection = selection.name.value === '__schema' || selection.name.value === '__type';
      if (introspection && below.depth + 1 > MAX_INTROSPECTION_DEPTH) {
        context.reportError(tooComplex(`The introspection query nests ${below.depth + 1} levels deep; at most ${MAX_INTROSPECTION_DEPTH} are allowed.`, { depth: below.depth + 1, maxDepth: MAX_INTROSPECTION_DEPTH }));
      }
      inner = { depth: introspection ? 1 : below.depth + 1, cost: 1 + times * below.cost };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
      inner = measure(selection.selectionSet, type ?? parent, fragments, context, limits, visiting, enclosingPage);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic spreads are reported by graphql's own rules
      visiting.add(name);
      const type = context.getSchema().getType(fragment.typeCondition.name.value) ?? parent;
      inner = measure(fragment.selectionSet, type, fragments, context, limits, visiting, enclosingPage);
      visiting.delete(name);
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
      const { depth, cost } = measure(operation.selectionSet, root, fragments, context, limits, new Set());
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
