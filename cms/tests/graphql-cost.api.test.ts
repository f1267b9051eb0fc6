import crypto from 'node:crypto';
import { getIntrospectionQuery, Kind, print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as siteDocuments from '../../site/graphql/generated/graphql';
import { startSeededCms, type RunningCms } from './harness/cms';
import { graphql, type JsonResponse, type GraphqlBody } from './harness/http';

/**
 * GraphQL cost: one query may not repeat the heaviest field hundreds of times, by aliases, by
 * repeated root fields or by repeated nested fields; the site's own operations still pass.
 */
let cms: RunningCms;

beforeAll(async () => {
  cms = await startSeededCms();
  // The first GraphQL request of a fresh CMS pays for warming up; the timings below are not about that.
  await graphql(cms.url, '{ services(pagination: { limit: 1 }) { title } }');
});
afterAll(async () => {
  await cms?.stop();
});

/** The most a query can ask of one service form: every field, its form and its options. */
const HEAVY = 'serviceForms(pagination: { limit: 100 }) { code title introduction fields { __typename ... on ComponentFormFieldSingleChoice { key options(pagination: { limit: 100 }) { value label } } } services { title body department { name divisions { name } } } }';
const LIMIT_MESSAGE = /top-level fields|fields \(aliases/;

async function timed(query: string, variables: Record<string, unknown> = {}): Promise<JsonResponse<GraphqlBody<unknown>> & { ms: number }> {
  const started = performance.now();
  const response = await graphql(cms.url, query, variables);
  return { ...response, ms: performance.now() - started };
}

describe('GraphQL cost limits', () => {
  it('refuse hundreds of aliases of the heaviest field at once, with a clear message', async () => {
    const query = `{ ${Array.from({ length: 300 }, (_x, index) => `a${index}: ${HEAVY}`).join(' ')} }`;
    const response = await timed(query);
    expect(response.status).toBe(400);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0]?.message).toBe('This query asks for 300 top-level fields (aliases and repeats count); at most 10 are allowed. Split it into several queries.');
    // Refused before anything runs (without the limits this query runs for over a minute).
    expect(response.ms).toBeLessThan(5_000);
  });

  it('refuse many repeated root fields, with or without aliases', async () => {
    const roots = ['services', 'departments', 'pages', 'serviceForms', 'alerts'];
    const repeated = `{ ${Array.from({ length: 200 }, (_x, index) => `${roots[index % roots.length]} { documentId }`).join(' ')} }`;
    const response = await timed(repeated);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/200 top-level fields.*at most 10/);
    const thousand = await timed(`{ ${Array.from({ length: 1000 }, () => 'services { documentId }').join(' ')} }`);
    expect(thousand.status).toBe(400);
    expect(thousand.body.errors?.[0]?.message).toMatch(/1000 top-level fields/);
    const same = await timed(`{ ${Array.from({ length: 50 }, () => 'services { title }').join(' ')} }`);
    expect(same.status).toBe(400);
    expect(same.body.errors?.[0]?.message).toMatch(/50 top-level fields/);
  });

  it('refuse a field repeated hundreds of times further down, and through fragments', async () => {
    const nested = `{ services(pagination: { limit: 100 }) { ${Array.from({ length: 200 }, (_x, index) => `d${index}: department { name summary }`).join(' ')} } }`;
    const response = await timed(nested);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/601 fields.*at most 400/);
    const spreads = `query { services { ...A ...A ...A ...A } } fragment A on Service { ...B ...B ...B ...B } fragment B on Service { ...C ...C ...C ...C } fragment C on Service { ...D ...D ...D ...D } fragment D on Service { department { name summary } title body }`;
    const fragments = await timed(spreads);
    expect(fragments.status).toBe(400);
    expect(fragments.body.errors?.[0]?.message).toMatch(LIMIT_MESSAGE);
  });

  it('let every operation the site sends through, and introspection', async () => {
    const documents = Object.entries(siteDocuments).filter((entry): entry is [string, DocumentNode] => {
      const value: unknown = entry[1];
      const isDocument = typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
      // A fragment's own document (the forms' conditions) is sent only inside the operations that spread it.
      return isDocument && (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    });
    expect(documents.length).toBeGreaterThanOrEqual(10);
    const variables: Record<string, unknown> = {
      locale: 'en',
      page: 1,
      pageSize: 100,
      reference: 'ALX-0000-0000',
      email: 'nobody@example.com',
      input: { formCode: 'no-such-form', locale: 'en', answers: {}, contact: {}, idempotencyKey: crypto.randomUUID() },
    };
    for (const [name, document] of documents) {
      const response = await timed(print(document), variables);
      expect(JSON.stringify(response.body.errors ?? []), name).not.toMatch(LIMIT_MESSAGE);
      if (!name.startsWith('Submit') && !name.startsWith('ServiceRequestStatus')) {
        expect(response.body.errors, name).toBeUndefined();
        expect(response.status, name).toBe(200);
      }
    }
    const introspection = await timed(getIntrospectionQuery());
    expect(introspection.body.errors).toBeUndefined();
  });
});
