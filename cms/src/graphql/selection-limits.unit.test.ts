import { buildSchema, getIntrospectionQuery, Kind, parse, validate, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as siteDocuments from '../../../site/graphql/generated/graphql';
import { DEFAULT_SELECTION_LIMITS, documentProblem, measureSelection, selectionLimitsFromEnv, selectionLimitsRule, selectionProblem } from './selection-limits';

function sizeOf(document: DocumentNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return measureSelection(operation.selectionSet, fragments);
}
const size = (source: string) => sizeOf(parse(source));
const aliases = (count: number, field = 'services { title }') => `{ ${Array.from({ length: count }, (_x, index) => `a${index}: ${field}`).join(' ')} }`;

describe('GraphQL selection limits', () => {
  it('count every field, aliases and repeats included', () => {
    expect(size('{ services { title slug } }')).toEqual({ rootFields: 1, fields: 3 });
    expect(size(aliases(300))).toEqual({ rootFields: 300, fields: 600 });
    expect(size('{ services { title } services { title } services { title } }')).toEqual({ rootFields: 3, fields: 6 });
    expect(size('{ services { a: department { name } b: department { name } } }')).toEqual({ rootFields: 1, fields: 5 });
  });

  it('count a fragment each time it is spread, at the root too, without expanding it again', () => {
    expect(size('query { ...F ...F } fragment F on Query { services { title } pages { title } }')).toEqual({ rootFields: 4, fields: 8 });
    expect(size('query { ... on Query { services { title } } }')).toEqual({ rootFields: 1, fields: 2 });
    // Each level doubles: 2^30 fields, counted without walking them.
    const levels = Array.from({ length: 30 }, (_x, index) => `fragment F${index} on Service { ...F${index + 1} ...F${index + 1} }`).join(' ');
    const nested = size(`{ services { ...F0 } } ${levels} fragment F30 on Service { title }`);
    expect(nested.fields).toBe(1 + 2 ** 30);
    // A cycle (refused by the standard rules anyway) does not loop.
    expect(size('{ services { ...A } } fragment A on Service { title ...B } fragment B on Service { ...A }').fields).toBe(2);
  });

  it('leave room for every query, mutation and fragment the site sends, and for introspection', () => {
    const documents = Object.entries(siteDocuments).filter((entry): entry is [string, DocumentNode] => {
      const value: unknown = entry[1];
      return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
    });
    // A fragment's own document (the forms' conditions) is measured where an operation spreads it.
    const operations = documents.filter(([, document]) => document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION));
    expect(operations.length).toBeGreaterThanOrEqual(10);
    const largest = Math.max(...operations.map(([, document]) => sizeOf(document).fields));
    // The largest today (the service forms, with their conditions) is under half the limit.
    expect(largest).toBeLessThanOrEqual(DEFAULT_SELECTION_LIMITS.maxFields / 2);
    for (const [name, document] of operations) expect(selectionProblem(sizeOf(document), DEFAULT_SELECTION_LIMITS), name).toBeUndefined();
    expect(selectionProblem(size(getIntrospectionQuery()), DEFAULT_SELECTION_LIMITS)).toBeUndefined();
  });

  it('name the limit that was passed', () => {
    expect(selectionProblem({ rootFields: 11, fields: 20 }, { maxRootFields: 10, maxFields: 300 })).toMatch(/11 top-level fields.*at most 10/);
    expect(selectionProblem({ rootFields: 1, fields: 301 }, { maxRootFields: 10, maxFields: 300 })).toMatch(/301 fields.*at most 300/);
    expect(selectionProblem({ rootFields: 10, fields: 300 }, { maxRootFields: 10, maxFields: 300 })).toBeUndefined();
  });

  it('are read from the environment, ignoring nonsense', () => {
    expect(selectionLimitsFromEnv({ GRAPHQL_MAX_ROOT_FIELDS: '4', GRAPHQL_MAX_FIELDS: '50' })).toEqual({ maxRootFields: 4, maxFields: 50 });
    expect(selectionLimitsFromEnv({ GRAPHQL_MAX_ROOT_FIELDS: '0', GRAPHQL_MAX_FIELDS: 'lots' })).toEqual(DEFAULT_SELECTION_LIMITS);
    expect(selectionLimitsFromEnv({})).toEqual(DEFAULT_SELECTION_LIMITS);
  });

  it('check every operation of a document, and refuse it as a validation rule', () => {
    const limits = { maxRootFields: 10, maxFields: 300 };
    const deepAliases = parse(`{ services { ${Array.from({ length: 300 }, (_x, index) => `d${index}: department { title }`).join(' ')} } }`);
    expect(documentProblem(deepAliases, limits)).toMatch(/601 fields/);
    expect(documentProblem(parse('query A { services { title } } query B { ...F } fragment F on Query { pages { title } }'), limits)).toBeUndefined();
    expect(documentProblem(parse(`query A { services { title } } query B ${aliases(11)}`), limits)).toMatch(/11 top-level fields/);

    const schema = buildSchema('type Service { title: String department: Service } type Query { services: [Service] pages: [Service] }');
    const rule = selectionLimitsRule(limits);
    expect(validate(schema, parse('{ services { title } pages { title } }'), [rule])).toEqual([]);
    expect(validate(schema, parse(aliases(11)), [rule]).map((error) => error.message)).toEqual([expect.stringMatching(/11 top-level fields/)]);
    expect(validate(schema, deepAliases, [rule])[0]?.message).toMatch(/601 fields/);
  });
});
