import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededCms, type RunningCms } from './harness/cms';
import { graphql, request } from './harness/http';

const SITE_ORIGIN = 'https://www.alexandria.example';
let cms: RunningCms;

/** The CMS as it runs in production: NODE_ENV=production and the site's origin as the only CORS origin. */
beforeAll(async () => {
  cms = await startSeededCms({ NODE_ENV: 'production', CORS_ORIGINS: SITE_ORIGIN });
});
afterAll(async () => {
  await cms?.stop();
});

const STACK_TRACE = /\n\s+at .+\(|stacktrace|node_modules/i;

describe('the CMS in production mode', () => {
  it('turns GraphQL introspection off', async () => {
    const response = await graphql(cms.url, '{ __schema { types { name } } }');
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('serves no GraphQL playground', async () => {
    const response = await fetch(`${cms.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(text).not.toMatch(/<html|landing page|sandbox|playground/i);
  });

  it('refuses queries deeper than the depth limit', async () => {
    const deep = '{ services { department { services { department { services { department { services { department { services { department { services { title } } } } } } } } } } } }';
    const response = await graphql(cms.url, deep);
    expect(response.body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('caps how many entries one query returns', async () => {
    const response = await graphql<{ services: unknown[] }>(cms.url, '{ services(pagination: { limit: 100000 }) { title } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.services.length).toBeLessThanOrEqual(100);
    const rest = await request<{ meta: { pagination: { pageSize: number } } }>(`${cms.url}/api/services?pagination[pageSize]=5000`);
    expect(rest.body.meta.pagination.pageSize).toBeLessThanOrEqual(100);
  });

  it('keeps strict parameters on', async () => {
    expect((await request(`${cms.url}/api/pages?whatever=1`)).status).toBe(400);
  });

  it('shows no stack trace in any error', async () => {
    const answers = [
      await request(`${cms.url}/api/pages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }),
      await request(`${cms.url}/api/pages?filters[nope][$eq]=1`),
      await request(`${cms.url}/api/does-not-exist`),
      await graphql(cms.url, '{ services(filters: { nope: { eq: 1 } }) { title } }'),
      await graphql(cms.url, 'query { ] }'),
      await request(`${cms.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": 5}' }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(500);
      expect(JSON.stringify(answer.body)).not.toMatch(STACK_TRACE);
    }
  });

  it("allows cross-origin calls from the site's origin only", async () => {
    const preflight = (origin: string) =>
      fetch(`${cms.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight(SITE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});
