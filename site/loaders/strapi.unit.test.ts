import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@city/shared/locales';
import {
  CmsInvalidDataError,
  CmsUnreachableError,
  createCmsClient,
  globalSource,
  serviceSource,
  syncCollection,
  type SyncOptions,
} from './strapi';

const CMS_URL = 'http://cms.test';

/** The part of Astro's data store the loader uses, kept in a Map. */
class MemoryStore {
  readonly entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number | undefined }>();
  keys = () => [...this.entries.keys()];
  delete = (id: string) => void this.entries.delete(id);
  set = (entry: { id: string; data: Record<string, unknown>; digest?: string | number | undefined }) => {
    this.entries.set(entry.id, entry);
    return true;
  };
}

const service = (slug: string, locale: Locale, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Service',
  documentId: `doc-${slug}`,
  locale,
  updatedAt: '2026-05-01T12:00:00.000Z',
  slug,
  title: `${slug} (${locale})`,
  summary: 'A summary.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body text.' }] }],
  audience: 'residents',
  topic: 'Topic',
  keywords: null,
  timeToComplete: null,
  department: { __typename: 'Department', slug: 'it', name: 'IT' },
  serviceForm: null,
  ...overrides,
});

interface GraphqlRequest {
  operationName: string;
  variables: { locale: Locale; page?: number; pageSize?: number };
}

/** A fake CMS: answers GraphQL requests from `respond`, and records them. */
function fakeCms(respond: (request: GraphqlRequest) => unknown) {
  const requests: GraphqlRequest[] = [];
  const fetchImpl: typeof fetch = async (_input, init) => {
    const request = JSON.parse(String(init?.body)) as GraphqlRequest;
    requests.push(request);
    return new Response(JSON.stringify(respond(request)), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { requests, client: createCmsClient(CMS_URL, fetchImpl) };
}

/** Serves `all` services in pages of `pageSize`, as Strapi's `services_connection` does; none in a locale not given. */
function pagedServices(all: Partial<Record<Locale, ReturnType<typeof service>[]>>) {
  return ({ variables: { locale, page = 1, pageSize = 100 } }: GraphqlRequest) => {
    const list = all[locale] ?? [];
    return {
      data: {
        services_connection: {
          __typename: 'ServiceEntityResponseCollection',
          nodes: list.slice((page - 1) * pageSize, page * pageSize),
          pageInfo: { __typename: 'Pagination', page, pageCount: Math.ceil(list.length / pageSize), total: list.length },
        },
      },
    };
  };
}

const options = (client: SyncOptions['client'], store: MemoryStore, pageSize = 2): SyncOptions => ({
  client,
  cmsUrl: CMS_URL,
  store,
  generateDigest: (data) => JSON.stringify(data).length.toString(),
  pageSize,
});

describe('the Strapi loader', () => {
  it('pages through every locale until the last page and stores each entry once', async () => {
    const en = ['a', 'b', 'c', 'd', 'e'].map((slug) => service(slug, 'en'));
    const es = ['a', 'b'].map((slug) => service(slug, 'es'));
    const cms = fakeCms(pagedServices({ en, es }));
    const store = new MemoryStore();

    const report = await syncCollection(serviceSource, options(cms.client, store));

    // One page for each language with no services (all but English and Spanish here).
    const empty = LOCALES.filter((code) => code !== 'en' && code !== 'es').map((code) => `${code}:1`);
    expect(cms.requests.map((r) => `${r.variables.locale}:${r.variables.page}`).sort()).toEqual([...empty, 'en:1', 'en:2', 'en:3', 'es:1'].sort());
    expect(report.stored).toBe(7);
    expect(store.keys().sort()).toEqual(['en/a', 'en/b', 'en/c', 'en/d', 'en/e', 'es/a', 'es/b']);
    expect(store.entries.get('es/b')?.data).toMatchObject({ title: 'b (es)', department: { slug: 'it', name: 'IT' } });
    // GraphQL's bookkeeping field is not content and is not stored.
    expect(store.entries.get('en/a')?.data).not.toHaveProperty('__typename');
  });

  it('removes entries the CMS no longer has', async () => {
    const store = new MemoryStore();
    const everything = { en: [service('kept', 'en'), service('deleted', 'en')], es: [service('unpublished', 'es')] };
    await syncCollection(serviceSource, options(fakeCms(pagedServices(everything)).client, store));
    expect(store.keys().sort()).toEqual(['en/deleted', 'en/kept', 'es/unpublished']);

    const report = await syncCollection(serviceSource, options(fakeCms(pagedServices({ en: [service('kept', 'en')], es: [] })).client, store));

    expect(report.removed.sort()).toEqual(['en/deleted', 'es/unpublished']);
    expect(store.keys()).toEqual(['en/kept']);
  });

  it('fails with the entry and field named when the CMS sends invalid data, and leaves the store alone', async () => {
    const store = new MemoryStore();
    await syncCollection(serviceSource, options(fakeCms(pagedServices({ en: [service('fine', 'en')], es: [] })).client, store));
    const broken = service('broken-one', 'es', { summary: null });
    const cms = fakeCms(pagedServices({ en: [service('fine', 'en')], es: [broken] }));

    const failure = syncCollection(serviceSource, options(cms.client, store));

    await expect(failure).rejects.toThrow(CmsInvalidDataError);
    await expect(failure).rejects.toThrow('Invalid service (locale es, slug "broken-one") from the CMS: field "summary": Expected string, received null');
    expect(store.keys()).toEqual(['en/fine']);
  });

  it('names the nested rich-text field that is wrong', async () => {
    const body = [
      { type: 'paragraph', children: [{ type: 'text', text: 'ok' }] },
      { type: 'paragraph', children: [{ type: 'link', url: 42, children: [] }] },
    ];
    const cms = fakeCms(pagedServices({ en: [service('rich', 'en', { body })], es: [] }));
    await expect(syncCollection(serviceSource, options(cms.client, new MemoryStore()))).rejects.toThrow(
      'Invalid service (locale en, slug "rich") from the CMS: field "body[1].children[0].url": Expected string, received number',
    );
  });

  it('fails with the CMS address when the CMS cannot be reached', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1337') });
    };
    const failure = syncCollection(serviceSource, options(createCmsClient(CMS_URL, refused), new MemoryStore()));
    await expect(failure).rejects.toThrow(CmsUnreachableError);
    await expect(failure).rejects.toThrow(
      'Could not read service entries (locale en, page 1) from the CMS at http://cms.test: fetch failed (connect ECONNREFUSED 127.0.0.1:1337)',
    );
  });

  it('fails when the CMS answers with an HTTP error instead of data', async () => {
    const failing: typeof fetch = async () => new Response('Bad gateway', { status: 502 });
    await expect(syncCollection(serviceSource, options(createCmsClient(CMS_URL, failing), new MemoryStore()))).rejects.toThrow(CmsUnreachableError);
  });

  it('reports GraphQL errors, e.g. a query the CMS schema no longer accepts', async () => {
    const cms = fakeCms(() => ({ errors: [{ message: 'Cannot query field "topic" on type "Service".' }], data: null }));
    await expect(syncCollection(serviceSource, options(cms.client, new MemoryStore()))).rejects.toThrow(
      /refused the query for service entries \(locale en, page 1\): Cannot query field "topic" on type "Service"/,
    );
  });

  it('requires the global settings in every locale', async () => {
    const footerLinks = ['accessibility', 'privacy', 'public_records', 'contact'].map((purpose) => ({ label: purpose, href: `/en/pages/${purpose}`, purpose }));
    const global = { documentId: 'g', locale: 'en', updatedAt: '2026-05-01T12:00:00.000Z', siteName: 'City', tagline: null, navigation: [], footerLinks };
    const cms = fakeCms(({ variables }) => ({ data: { global: variables.locale === 'en' ? global : null } }));
    await expect(syncCollection(globalSource, options(cms.client, new MemoryStore()))).rejects.toThrow(
      `The CMS has no published global settings for locale ${LOCALES[1]}`,
    );
  });

  it('refuses global settings whose footer lacks a required link', async () => {
    const global = (locale: string) => ({
      documentId: 'g',
      locale,
      updatedAt: '2026-05-01T12:00:00.000Z',
      siteName: 'City',
      tagline: null,
      navigation: [{ label: 'Home', href: 'javascript:alert(1)', purpose: 'navigation' }],
      footerLinks: [{ label: 'Privacy', href: '/en/pages/privacy', purpose: 'privacy' }],
    });
    const cms = fakeCms(({ variables }) => ({ data: { global: global(variables.locale) } }));
    const failure = syncCollection(globalSource, options(cms.client, new MemoryStore()));
    await expect(failure).rejects.toThrow('field "navigation[0].href": must be a site path');
    await expect(failure).rejects.toThrow('field "footerLinks": needs a link with purpose "accessibility"');
  });
});
