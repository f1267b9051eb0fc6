// The site's one content loader: reads every published entry of one content type, in every
// language, from Strapi's GraphQL API, validates it with the shared zod schemas and replaces the
// collection's contents. Anything wrong stops the build with a message naming the entry and field.
import { ApolloClient, ApolloError, HttpLink, InMemoryCache } from '@apollo/client/core';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { alertEntrySchema, departmentEntrySchema, globalEntrySchema, pageEntrySchema, serviceEntrySchema } from '@city/shared/content';
import { LOCALES, type Locale } from '@city/shared/locales';
import {
  AlertsPageDocument,
  AlertsStampsDocument,
  DepartmentsPageDocument,
  DepartmentsStampsDocument,
  GlobalDocument,
  PagesPageDocument,
  PagesStampsDocument,
  ServicesPageDocument,
  ServicesStampsDocument,
  type PublicationStatus,
} from '../graphql/generated/graphql';
import { DEFAULT_CMS_URL } from '../lib/config';
import { describeZodError } from '../lib/zod-issues';

/** The CMS caps a page at 100 entries (API_MAX_LIMIT); asking for that many keeps requests few. */
export const DEFAULT_PAGE_SIZE = 100;

export type CmsClient = ApolloClient<unknown>;

/** An Apollo client for build-time reads: no cache, since every build must see the CMS as it is now. */
export function createCmsClient(cmsUrl: string, fetchImpl: typeof fetch = fetch): CmsClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: `${cmsUrl.replace(/\/$/, '')}/graphql`,
      fetch: fetchImpl,
    }),
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: 'no-cache', errorPolicy: 'none' } },
  });
}

export interface FetchedPage {
  nodes: unknown[];
  /** How many pages this locale has in total; 0 when it has no entries. */
  pageCount: number;
}

/** When an entry last changed: the publisher fetches again only entries whose stamp moved. */
export interface EntryStamp {
  documentId: string;
  updatedAt: string | null;
  publishedAt: string | null;
}

export interface FetchedStamps {
  stamps: EntryStamp[];
  pageCount: number;
}

/** How to read one content type from the CMS and what makes a valid entry of it. */
export interface ContentSource<Schema extends z.ZodTypeAny> {
  /** Singular, for messages: "service". */
  type: string;
  schema: Schema;
  /** One page of entries; with `documentIds`, only those entries; with `status` DRAFT, the drafts (the publisher's preview only). */
  fetchPage(client: CmsClient, locale: Locale, page: number, pageSize: number, documentIds?: readonly string[], status?: PublicationStatus): Promise<FetchedPage>;
  /** Every entry's stamp, a page at a time (with `status` DRAFT, the drafts'); single types (Global) have none and are always fetched whole. */
  fetchStamps?(client: CmsClient, locale: Locale, page: number, pageSize: number, status?: PublicationStatus): Promise<FetchedStamps>;
  /** The store id; unique across locales. */
  id(entry: z.infer<Schema>): string;
  /** A single type (Global) must exist in every locale: the site cannot be built without it. */
  requiredInEveryLocale?: boolean;
  /**
   * Derived figures with no stamps (the performance report): the publisher reads them on its first
   * sync, when asked to, and when a collection they copy from changes, not on every publish.
   */
  refreshOnDemand?: boolean;
}

export class CmsUnreachableError extends Error {
  override name = 'CmsUnreachableError';
}
export class CmsInvalidDataError extends Error {
  override name = 'CmsInvalidDataError';
}

const connection = <T>(value: T | null | undefined, type: string, locale: Locale): T => {
  if (value === null || value === undefined) throw new CmsInvalidDataError(`The CMS returned no ${type} list for locale ${locale}.`);
  return value;
};

/** The filter that narrows a page query to some entries; none reads them all. */
export const byDocumentIds = (documentIds: readonly string[] | undefined) => (documentIds ? { documentId: { in: [...documentIds] } } : null);

/** `locale/slug`: slugs are shared across languages, so the locale keeps ids unique. */
const bySlug = (entry: { locale: Locale; slug: string }) => `${entry.locale}/${entry.slug}`;

/** The variables of a list query: one page of one locale, narrowed to some entries or not. */
export interface PageVariables {
  locale: Locale;
  page: number;
  pageSize: number;
  filters: ReturnType<typeof byDocumentIds>;
  status?: PublicationStatus;
}
export type StampsVariables = Omit<PageVariables, 'filters'>;

interface Connection<Node> {
  nodes: Node[];
  pageInfo: { pageCount: number };
}
type MaybeConnection<Node> = Connection<Node> | null | undefined;

/**
 * A collection type read a page at a time. `list` and `stamps` send the type's two typed queries
 * and return the connection they answer with; the rest is the same for every collection.
 */
export function collectionSource<Schema extends z.ZodTypeAny>(spec: {
  type: string;
  schema: Schema;
  id: (entry: z.infer<Schema>) => string;
  list: (client: CmsClient, variables: PageVariables) => Promise<MaybeConnection<unknown>>;
  stamps: (client: CmsClient, variables: StampsVariables) => Promise<MaybeConnection<EntryStamp>>;
}): ContentSource<Schema> {
  return {
    type: spec.type,
    schema: spec.schema,
    id: spec.id,
    async fetchPage(client, locale, page, pageSize, documentIds, status) {
      const result = connection(await spec.list(client, { locale, page, pageSize, filters: byDocumentIds(documentIds), ...(status ? { status } : {}) }), spec.type, locale);
      return { nodes: result.nodes, pageCount: result.pageInfo.pageCount };
    },
    async fetchStamps(client, locale, page, pageSize, status) {
      const result = connection(await spec.stamps(client, { locale, page, pageSize, ...(status ? { status } : {}) }), spec.type, locale);
      return { stamps: result.nodes, pageCount: result.pageInfo.pageCount };
    },
  };
}

export const departmentSource = collectionSource({
  type: 'department',
  schema: departmentEntrySchema,
  id: bySlug,
  list: async (client, variables) => (await client.query({ query: DepartmentsPageDocument, variables })).data.departments_connection,
  stamps: async (client, variables) => (await client.query({ query: DepartmentsStampsDocument, variables })).data.departments_connection,
});

export const serviceSource = collectionSource({
  type: 'service',
  schema: serviceEntrySchema,
  id: bySlug,
  list: async (client, variables) => (await client.query({ query: ServicesPageDocument, variables })).data.services_connection,
  stamps: async (client, variables) => (await client.query({ query: ServicesStampsDocument, variables })).data.services_connection,
});

export const pageSource = collectionSource({
  type: 'page',
  schema: pageEntrySchema,
  id: bySlug,
  list: async (client, variables) => (await client.query({ query: PagesPageDocument, variables })).data.pages_connection,
  stamps: async (client, variables) => (await client.query({ query: PagesStampsDocument, variables })).data.pages_connection,
});

export const alertSource = collectionSource({
  type: 'alert',
  schema: alertEntrySchema,
  id: (entry) => `${entry.locale}/${entry.documentId}`,
  list: async (client, variables) => (await client.query({ query: AlertsPageDocument, variables })).data.alerts_connection,
  stamps: async (client, variables) => (await client.query({ query: AlertsStampsDocument, variables })).data.alerts_connection,
});

export const globalSource: ContentSource<typeof globalEntrySchema> = {
  type: 'global settings',
  schema: globalEntrySchema,
  id: (entry) => entry.locale,
  requiredInEveryLocale: true,
  async fetchPage(client, locale, _page, _pageSize, _documentIds, status) {
    const { data } = await client.query({ query: GlobalDocument, variables: { locale, ...(status ? { status } : {}) } });
    return {
      nodes: data.global ? [data.global] : [],
      pageCount: data.global ? 1 : 0,
    };
  },
};

/** Names an entry for a message even when the entry itself is malformed. */
function describeEntry(type: string, locale: Locale, node: unknown): string {
  const record = typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : {};
  const name = typeof record.slug === 'string' ? `slug "${record.slug}"` : typeof record.documentId === 'string' ? `documentId "${record.documentId}"` : 'no slug or id';
  return `${type} (locale ${locale}, ${name})`;
}

function explainRequestError(error: unknown, cmsUrl: string, what: string): Error {
  if (error instanceof CmsInvalidDataError) return error;
  if (error instanceof ApolloError && error.graphQLErrors.length > 0) {
    const messages = error.graphQLErrors.map((graphQLError) => graphQLError.message).join('; ');
    return new CmsInvalidDataError(`The CMS at ${cmsUrl} refused the query for ${what}: ${messages}. If the content model changed, run \`npm run codegen\`.`);
  }
  const cause = error instanceof ApolloError && error.networkError ? error.networkError : error;
  const detail = cause instanceof Error ? `${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ''}` : String(cause);
  return new CmsUnreachableError(
    `Could not read ${what} from the CMS at ${cmsUrl}: ${detail}. The build stops so that an empty or partial site is never published; check that the CMS is running and CMS_URL points to it.`,
    { cause: error },
  );
}

export interface FetchOptions {
  client: CmsClient;
  cmsUrl: string;
  pageSize?: number;
  /** DRAFT reads the drafts: the publisher's preview, whose client carries the CMS's preview credential. */
  status?: PublicationStatus;
}

/** Pages of one list fetched at once after the first: the CMS answers several while one is in flight. */
const PAGES_AT_ONCE = 4;

/**
 * Fetches page 1, which says how many there are, then the rest a few at a time, in page order.
 * An empty page ends the list, so a wrong page count can never make it run on.
 */
async function fetchAllPages<T>(fetchPage: (page: number) => Promise<{ items: T[]; pageCount: number }>): Promise<T[]> {
  const first = await fetchPage(1);
  const pages: T[][] = [first.items];
  if (first.items.length === 0) return [];
  for (let page = 2; page <= first.pageCount; page += PAGES_AT_ONCE) {
    const batch = await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, first.pageCount - page + 1) }, (_, index) => fetchPage(page + index)));
    pages.push(...batch.map((result) => result.items));
    if (batch.some((result) => result.items.length === 0)) break;
  }
  return pages.flat();
}

/** An entry the schema refused: what `fetchEntries` reports instead of throwing when asked to. */
export interface InvalidEntry {
  documentId: string | null;
  message: string;
}

/**
 * Reads every page of one locale (or, with `documentIds`, only those entries) and validates each
 * entry; anything wrong throws with a message naming the entry and field. A preview passes
 * `invalid` instead: a draft may be unfinished, and the entries it refuses are left out.
 */
export async function fetchEntries<Schema extends z.ZodTypeAny>(
  source: ContentSource<Schema>,
  options: FetchOptions,
  locale: Locale,
  documentIds?: readonly string[],
  invalid?: (entry: InvalidEntry) => void,
): Promise<z.infer<Schema>[]> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const nodes = await fetchAllPages(async (page) => {
    try {
      const result = await source.fetchPage(options.client, locale, page, pageSize, documentIds, options.status);
      return { items: result.nodes, pageCount: result.pageCount };
    } catch (error) {
      throw explainRequestError(error, options.cmsUrl, `${source.type} entries (locale ${locale}, page ${page})`);
    }
  });
  const entries: z.infer<Schema>[] = [];
  for (const node of nodes) {
    const parsed = source.schema.safeParse(node);
    const entry = parsed.success ? (parsed.data as z.infer<Schema> & { locale: Locale }) : undefined;
    const problems = !parsed.success ? describeZodError(parsed.error).join('; ') : entry?.locale !== locale ? `field "locale" is "${entry?.locale}", expected "${locale}"` : null;
    if (problems === null) {
      entries.push(entry);
      continue;
    }
    const message = `Invalid ${describeEntry(source.type, locale, node)} from the CMS: ${problems}`;
    if (!invalid) throw new CmsInvalidDataError(message);
    const record = typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : {};
    invalid({ documentId: typeof record.documentId === 'string' ? record.documentId : null, message });
  }
  return entries;
}

/** Every entry's stamp in one locale (the drafts' with `options.status` DRAFT); null for a single type, which has none. */
export async function fetchStamps<Schema extends z.ZodTypeAny>(source: ContentSource<Schema>, options: FetchOptions, locale: Locale): Promise<EntryStamp[] | null> {
  const fetchPage = source.fetchStamps;
  if (!fetchPage) return null;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  return fetchAllPages(async (page) => {
    try {
      const result = await fetchPage(options.client, locale, page, pageSize, options.status);
      return { items: result.stamps, pageCount: result.pageCount };
    } catch (error) {
      throw explainRequestError(error, options.cmsUrl, `${source.type} stamps (locale ${locale}, page ${page})`);
    }
  });
}

/** Refuses two entries with one store id (two services with one slug in one language, say). */
export function checkUniqueIds<Schema extends z.ZodTypeAny>(source: ContentSource<Schema>, entries: readonly z.infer<Schema>[]): Map<string, z.infer<Schema>> {
  const byId = new Map<string, z.infer<Schema>>();
  for (const entry of entries) {
    const id = source.id(entry);
    const { locale } = entry as { locale: Locale };
    if (byId.has(id)) throw new CmsInvalidDataError(`The CMS returned ${describeEntry(source.type, locale, entry)} twice (id ${id}).`);
    byId.set(id, entry);
  }
  return byId;
}

/** A single type (Global) must exist in every locale. */
export function checkRequired<Schema extends z.ZodTypeAny>(source: ContentSource<Schema>, locale: Locale, found: number): void {
  if (found === 0 && source.requiredInEveryLocale) {
    throw new CmsInvalidDataError(`The CMS has no published ${source.type} for locale ${locale}; the site cannot be built without it. Publish it in the admin.`);
  }
}

export interface SyncOptions extends FetchOptions {
  store: Pick<LoaderContext['store'], 'keys' | 'delete' | 'set'>;
  generateDigest: LoaderContext['generateDigest'];
  locales?: readonly Locale[];
}

export interface SyncReport {
  stored: number;
  removed: string[];
}

/**
 * Reads every page of every locale, validates each entry, and only then replaces the store's
 * contents: a failure part-way leaves the store as the last good build left it.
 */
export async function syncCollection<Schema extends z.ZodTypeAny>(source: ContentSource<Schema>, options: SyncOptions): Promise<SyncReport> {
  const all: z.infer<Schema>[] = [];
  for (const locale of options.locales ?? LOCALES) {
    const entries = await fetchEntries(source, options, locale);
    checkRequired(source, locale, entries.length);
    all.push(...entries);
  }
  const fetched = checkUniqueIds(source, all);
  const removed = options.store.keys().filter((id) => !fetched.has(id));
  for (const id of removed) options.store.delete(id);
  for (const [id, data] of fetched) options.store.set({ id, data, digest: options.generateDigest(data) });
  return { stored: fetched.size, removed };
}

/**
 * `astro check` syncs content before type checking, but the types come from the schemas alone, so
 * type checking should not need a running CMS. Builds always load.
 */
export function isTypeCheckOnly(argv: readonly string[] = process.argv): boolean {
  return /astro(\.m?js)?$/.test(argv[1] ?? '') && argv[2] === 'check';
}

/** The publisher's render bundle (publisher/render/) is built without content: it receives it when it renders. */
export function isRenderBundleBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SITE_RENDER_BUNDLE === '1';
}

/** The Astro loader for one content type. CMS_URL chooses the CMS (default http://127.0.0.1:1337). */
export function strapiLoader<Schema extends z.ZodTypeAny>(source: ContentSource<Schema>): Loader {
  return {
    name: `strapi-${source.type.replace(/\s+/g, '-')}`,
    schema: source.schema,
    async load({ store, logger, generateDigest }) {
      if (isTypeCheckOnly()) {
        logger.info(`astro check: ${source.type} entries not loaded (types come from the schema)`);
        return;
      }
      if (isRenderBundleBuild()) {
        logger.info(`render bundle: ${source.type} entries not loaded (the publisher hands content to it at render time)`);
        return;
      }
      const cmsUrl = process.env.CMS_URL ?? DEFAULT_CMS_URL;
      const report = await syncCollection(source, {
        client: createCmsClient(cmsUrl),
        cmsUrl,
        store,
        generateDigest,
      });
      logger.info(`${report.stored} ${source.type} entries${report.removed.length ? `, ${report.removed.length} removed` : ''}`);
    },
  };
}
