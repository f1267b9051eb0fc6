// The content a preview renders: the live content, with the previewed language's drafts in place of
// its published entries, so a draft shows with the drafts it links to (a new service in a draft
// department). Alerts and the performance figures stay as published: an alert shows on every page
// and is previewed by publishing it for later, and the figures are not content.
import type { z } from 'zod';
import { routes } from '@city/shared/routes';
import type { Locale } from '@city/shared/locales';
import type { PreviewTarget } from '@city/shared/preview';
import { contentSources, type CollectionName, type ContentCollections } from '../../site/loaders/collections';
import { fetchEntries, type ContentSource, type FetchOptions, type InvalidEntry } from '../../site/loaders/strapi';
import { inContentOrder } from './snapshot';

const DRAFT_COLLECTIONS = ['departments', 'services', 'pages', 'globals', 'serviceForms'] as const satisfies readonly CollectionName[];

export interface DraftContent {
  collections: ContentCollections;
  /** Drafts the schema refused (unfinished): their published version, if any, is shown instead. */
  invalid: InvalidEntry[];
}

type Entry = { documentId: string; locale: Locale };

/** The live collections with `locale`'s entries of the draft collections read again as drafts. */
export async function draftContent(live: ContentCollections, options: FetchOptions, locale: Locale): Promise<DraftContent> {
  const invalid: InvalidEntry[] = [];
  const collections = { ...live } as Record<CollectionName, Entry[]>;
  await Promise.all(
    DRAFT_COLLECTIONS.map(async (name) => {
      const source = contentSources[name] as ContentSource<z.ZodTypeAny>;
      const refused: InvalidEntry[] = [];
      const drafts = (await fetchEntries(source, { ...options, status: 'DRAFT' }, locale, undefined, (entry) => refused.push(entry))) as Entry[];
      invalid.push(...refused);
      const unfinished = new Set(refused.map((entry) => entry.documentId));
      const liveEntries = live[name] as Entry[];
      // An unfinished draft keeps its published version; a draft that is fine replaces it.
      const keptLive = liveEntries.filter((entry) => entry.locale !== locale || unfinished.has(entry.documentId));
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
