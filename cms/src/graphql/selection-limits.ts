import { GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * A cost limit for GraphQL, beside the depth limit: one operation may select at most
 * `maxRootFields` root fields and `maxFields` fields in all. Every selection counts, aliases and
 * repeats included (`a: services {…} b: services {…}` is two), and a fragment counts each time it
 * is spread, so neither aliases nor fragments can multiply the work of one request.
 */
export interface SelectionLimits {
  maxRootFields: number;
  maxFields: number;
}

export interface SelectionSize {
  rootFields: number;
  fields: number;
}

// The site's service-form query selects about 150 fields (twelve question types, each with its condition).
export const DEFAULT_SELECTION_LIMITS: SelectionLimits = { maxRootFields: 10, maxFields: 400 };

/** The limits from GRAPHQL_MAX_ROOT_FIELDS and GRAPHQL_MAX_FIELDS (positive integers), else the defaults. */
export function selectionLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): SelectionLimits {
  const int = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    maxRootFields: int('GRAPHQL_MAX_ROOT_FIELDS', DEFAULT_SELECTION_LIMITS.maxRootFields),
    maxFields: int('GRAPHQL_MAX_FIELDS', DEFAULT_SELECTION_LIMITS.maxFields),
  };
}

/**
 * Counts the fields of a selection set, fragments expanded. Each fragment is counted once and
 * remembered, so nested spreads cannot make the counting itself expensive; a fragment that spreads
 * itself counts nothing more (the standard NoFragmentCycles rule refuses it).
 */
export function measureSelection(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): SelectionSize {
  const known = new Map<string, SelectionSize>();
  const inProgress = new Set<string>();

  const fragmentSize = (name: string): SelectionSize => {
    const cached = known.get(name);
    if (cached) return cached;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return { rootFields: 0, fields: 0 };
    inProgress.add(name);
    const size = measure(fragment.selectionSet);
    inProgress.delete(name);
    known.set(name, size);
    return size;
  };

  const measure = (set: SelectionSetNode): SelectionSize => {
    let rootFields = 0;
    let fields = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        rootFields += 1;
        fields += 1 + (selection.selectionSet ? measure(selection.selectionSet).fields : 0);
      } else {
        const inner = selection.kind === Kind.INLINE_FRAGMENT ? measure(selection.selectionSet) : fragmentSize(selection.name.value);
        rootFields += inner.rootFields;
        fields += inner.fields;
      }
    }
    return { rootFields, fields };
  };

  return measure(selectionSet);
}

/** What is wrong with an operation of this size, or undefined when it is within the limits. */
export function selectionProblem(size: SelectionSize, limits: SelectionLimits): string | undefined {
  if (size.rootFields > limits.maxRootFields) {
    return `This query asks for ${size.rootFields} top-level fields (aliases and repeats count); at most ${limits.maxRootFields} are allowed. Split it into several queries.`;
  }
  if (size.fields > limits.maxFields) {
    return `This query selects ${size.fields} fields (aliases, repeats and each use of a fragment count); at most ${limits.maxFields} are allowed. Split it into several queries.`;
  }
  return undefined;
}

/** The first operation of a document past the limits, said in words; undefined when all are within. */
export function documentProblem(document: DocumentNode, limits: SelectionLimits): string | undefined {
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const problem = selectionProblem(measureSelection(definition.selectionSet, fragments), limits);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The limits as a validation rule (config/plugins.ts): a query past them is refused with a 400
 * before anything runs. It runs beside the standard rules, so the query is still parsed and
 * validated (a few hundred milliseconds for the largest body GRAPHQL_MAX_BODY_KB lets through).
 */
export function selectionLimitsRule(limits: SelectionLimits = selectionLimitsFromEnv()): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    Document(document) {
      const problem = documentProblem(document, limits);
      if (problem) context.reportError(new GraphQLError(problem, { nodes: [document] }));
    },
  });
}
