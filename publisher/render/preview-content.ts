// The content a preview renders: the live content, with the previewed language's changed drafts in
// place of their published entries, so a draft shows with the drafts it links to (a new service in a draft
// department). Alerts and the performance figures stay as published: an alert shows on every page
// and is previewed by publishing it for later, and the figures are not content.
import type { z } from 'zod';
import { routes } from '@city/shared/routes';
import type { Locale } from '@city/shared/locales';
import type { PreviewTarget } from '@city/shared/preview';
import { contentSources, type CollectionName, type ContentCollections } from '../../site/loaders/collections';
import { fetchEntries, fetchStamps, type ContentSource, type EntryStamp, type FetchOptions, type InvalidEntry } from '../../site/loaders/strapi';
import { inContentOrder } from './snapshot';

const DRAFT_COLLECTIONS = ['departments', 'services', 'pages', 'globals', 'serviceForms'] as const satisfies readonly CollectionName[];

export interface DraftContent {
  collections: ContentCollections;
  /** Drafts the schema refused (unfinished): their published version, if any, is shown instead. */
  invalid: InvalidEntry[];
}

type Entry = { documentId: string; locale: Locale };

/**
 * How much later than its published version a draft must have been saved to count as changed:
 * Strapi saves the two versions of a publish a few milliseconds apart (its content manager allows
 * the same slack when it shows "Modified").
 */
const SAME_SAVE_MS = 1000;

/**
 * The documents whose draft differs from what is live: never published, or saved since. Only these
 * are read in full, so a preview on a city of thousands of services reads a few entries, not all.
 */
export function changedDrafts(drafts: readonly EntryStamp[], published: readonly EntryStamp[]): string[] {
  const publishedAt = new Map(published.map((stamp) => [stamp.documentId, Date.parse(stamp.updatedAt ?? '')]));
  return drafts
    .filter((draft) => {
      const live = publishedAt.get(draft.documentId);
      if (live === undefined || Number.isNaN(live)) return true;
      const saved = Date.parse(draft.updatedAt ?? '');
      return Number.isNaN(saved) || saved - live > SAME_SAVE_MS;
    })
    .map((draft) => draft.documentId);
}

/** The drafts of one collection worth reading: the changed ones, or all of a type without stamps (Global). */
async function draftsToRead(source: ContentSource<z.ZodTypeAny>, options: FetchOptions, locale: Locale): Promise<string[] | undefined> {
  const [drafts, published] = await Promise.all([fetchStamps(source, { ...options, status: 'DRAFT' }, locale), fetchStamps(source, { ...options, status: 'PUBLISHED' }, locale)]);
  if (drafts === null || published === null) return undefined;
  return changedDrafts(drafts, published);
}

/** The live collections with `locale`'s changed drafts of the draft collections in place of their published versions. */
export async function draftContent(live: ContentCollections, options: FetchOptions, locale: Locale): Promise<DraftContent> {
  const invalid: InvalidEntry[] = [];
  const collections = { ...live } as Record<CollectionName, Entry[]>;
  await Promise.all(
    DRAFT_COLLECTIONS.map(async (name) => {
      const source = contentSources[name] as ContentSource<z.ZodTypeAny>;
      const changed = await draftsToRead(source, options, locale);
      if (changed?.length === 0) return;
      const refused: InvalidEntry[] = [];
      const drafts = (await fetchEntries(source, { ...options, status: 'DRAFT' }, locale, changed, (entry) => refused.push(entry))) as Entry[];
      invalid.push(...refused);
      const unfinished = new Set(refused.map((entry) => entry.documentId));
      const replaced = new Set(drafts.map((entry) => entry.documentId));
      const liveEntries = live[name] as Entry[];
      // An unfinished draft keeps its published version; a draft that is fine replaces it.
      const keptLive = liveEntries.filter((entry) => entry.locale !== locale || (!replaced.has(entry.documentId) && (changed !== undefined || unfinished.has(entry.documentId))));
      collections[name] = inContentOrder(name, [...keptLive, ...drafts]) as Entry[];
    }),
  );
  return { collections: collections as ContentCollections, invalid };
}

/**
 * The page an entry shows on: a department, service or page its own; a service form the request
 * page of the service that offers it; Global the home page. Null when the content has no such entry
 * (or no service offers the form).
 */
export function previewPathname(target: PreviewTarget, content: ContentCollections): string | null {
  const { locale, documentId } = target;
  const find = <T extends Entry>(entries: readonly T[]) => entries.find((entry) => entry.locale === locale && entry.documentId === documentId);
  switch (target.uid) {
    case 'api::department.department': {
      const entry = find(content.departments);
      return entry ? routes.department(locale, entry.slug) : null;
    }
    case 'api::service.service': {
      const entry = find(content.services);
      return entry ? routes.service(locale, entry.slug) : null;
    }
    case 'api::page.page': {
      const entry = find(content.pages);
      return entry ? routes.page(locale, entry.slug) : null;
    }
    case 'api::service-form.service-form': {
      const form = find(content.serviceForms);
      const service = form && content.services.find((entry) => entry.locale === locale && entry.serviceForm?.code === form.code);
      return service ? routes.serviceRequest(locale, service.slug) : null;
    }
    case 'api::global.global':
      return routes.home(locale);
  }
}
