// The publisher's own copy of the site's content, kept between publishes inside the render bundle
// (so it shares the loader's code and its bundled Apollo Client). The first sync reads
// everything, as the content loader does; later ones ask each collection for its entries' stamps
// (id, last update, last publication) and fetch only the entries whose stamp moved.
import type { z } from 'zod';
import { LOCALES, type Locale } from '@city/shared/locales';
import { COLLECTION_NAMES, contentSources, type CollectionName, type ContentCollections } from '../../site/loaders/collections';
import { checkRequired, checkUniqueIds, fetchEntries, fetchStamps, type ContentSource, type EntryStamp, type FetchOptions } from '../../site/loaders/strapi';

/** Collections that copy fields of others: a service shows its department's name and its form's title. */
const COPIES_FROM: Partial<Record<CollectionName, CollectionName[]>> = {
  services: ['departments', 'serviceForms'],
  // The figures name services: read again when a title or slug may have changed. Listed after
  // services in contentSources, so the (stable) sort below keeps it after them.
  performance: ['services', 'serviceForms'],
};

/** Entries whose stamp moved are fetched by id, this many at a time (the CMS's page limit). */
const IDS_PER_REQUEST = 100;

interface Kept {
  /** `locale/documentId` to the entry. */
  entries: Map<string, unknown>;
  /** `locale/documentId` to the entry's stamp; empty for single types. */
  stamps: Map<string, string>;
}

export interface SyncOptions {
  /** Collections read only on demand (`refreshOnDemand`) to read again now. */
  refresh?: ReadonlySet<CollectionName>;
}

export interface SyncResult {
  changed: Set<CollectionName>;
  /** Entries fetched: everything on the first sync, only what changed after. */
  fetched: number;
}

const keyOf = (locale: Locale, documentId: string) => `${locale}/${documentId}`;
const documentIdOf = (entry: unknown): string => (entry as { documentId: string }).documentId;

export class ContentSnapshot {
  private readonly kept = new Map<CollectionName, Kept>();
  version = 0;

  constructor(private readonly options: FetchOptions) {}

  /** Brings every collection up to date; throws, keeping the snapshot as it was, when the CMS answers wrong. */
  async sync(options: SyncOptions = {}): Promise<SyncResult> {
    const next = new Map<CollectionName, Kept>();
    const changed = new Set<CollectionName>();
    let fetched = 0;
    // Every list of stamps at once: on a publish they are most of the work, and small.
    const stamps = new Map<string, EntryStamp[] | null>();
    await Promise.all(
      COLLECTION_NAMES.flatMap((name) =>
        LOCALES.map(async (locale) => stamps.set(`${name}/${locale}`, await fetchStamps(contentSources[name] as ContentSource<z.ZodTypeAny>, this.options, locale))),
      ),
    );
    // Collections others copy from come first, so their change is known before the copies are read.
    const order = [...COLLECTION_NAMES].sort((a, b) => Number(a in COPIES_FROM) - Number(b in COPIES_FROM));
    for (const name of order) {
      const everything = (COPIES_FROM[name] ?? []).some((source) => changed.has(source));
      const everythingOrAsked = everything || options.refresh?.has(name) === true;
      const result = await this.syncOne(name, contentSources[name] as ContentSource<z.ZodTypeAny>, everythingOrAsked, (locale) => stamps.get(`${name}/${locale}`) ?? null);
      next.set(name, result.kept);
      fetched += result.fetched;
      if (result.changed) changed.add(name);
    }
    for (const [name, kept] of next) this.kept.set(name, kept);
    if (changed.size > 0) this.version += 1;
    return { changed, fetched };
  }

  /** Every collection, its entries in one order (language, then store id) however they were fetched. */
  collections(): ContentCollections {
    const collections = {} as Record<CollectionName, unknown[]>;
    for (const name of COLLECTION_NAMES) collections[name] = inContentOrder(name, this.kept.get(name)?.entries.values() ?? []);
    return collections as ContentCollections;
  }

  private async syncOne<Schema extends z.ZodTypeAny>(
    name: CollectionName,
    source: ContentSource<Schema>,
    everything: boolean,
    stampsIn: (locale: Locale) => EntryStamp[] | null,
  ): Promise<{ kept: Kept; changed: boolean; fetched: number }> {
    const before = this.kept.get(name);
    // Derived figures (no stamps) are read again only when asked or when what they copy changed.
    if (source.refreshOnDemand && before && !everything) return { kept: before, changed: false, fetched: 0 };
    const entries = new Map<string, unknown>();
    const stamps = new Map<string, string>();
    let fetched = 0;
    let changed = before === undefined;
    for (const locale of LOCALES) {
      const current = stampsIn(locale);
      if (current === null || before === undefined || everything) {
        // A single type, a first sync, or a collection whose copies are stale: read it whole.
        const all = await fetchEntries(source, this.options, locale);
        checkRequired(source, locale, all.length);
        fetched += all.length;
        for (const entry of all) entries.set(keyOf(locale, documentIdOf(entry)), entry);
        for (const stamp of current ?? []) stamps.set(keyOf(locale, stamp.documentId), `${stamp.updatedAt}|${stamp.publishedAt}`);
        continue;
      }
      const moved: string[] = [];
      for (const stamp of current) {
        const key = keyOf(locale, stamp.documentId);
        const value = `${stamp.updatedAt}|${stamp.publishedAt}`;
        stamps.set(key, value);
        if (before.stamps.get(key) === value && before.entries.has(key)) entries.set(key, before.entries.get(key));
        else moved.push(stamp.documentId);
      }
      for (let start = 0; start < moved.length; start += IDS_PER_REQUEST) {
        const batch = await fetchEntries(source, this.options, locale, moved.slice(start, start + IDS_PER_REQUEST));
        fetched += batch.length;
        for (const entry of batch) entries.set(keyOf(locale, documentIdOf(entry)), entry);
      }
      // An entry unpublished between the two requests is simply gone; its stamp goes with it.
      for (const documentId of moved) if (!entries.has(keyOf(locale, documentId))) stamps.delete(keyOf(locale, documentId));
    }
    checkUniqueIds(source, [...entries.values()]);
    if (!changed && before) changed = !sameEntries(before.entries, entries);
    return { kept: { entries, stamps }, changed, fetched };
  }
}

function sameEntries(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, entry] of a) {
    const other = b.get(key);
    if (other === undefined || (other !== entry && JSON.stringify(other) !== JSON.stringify(entry))) return false;
  }
  return true;
}

/** A collection's entries in one order, language then store id, however they were fetched. */
export function inContentOrder(name: CollectionName, entries: Iterable<unknown>): unknown[] {
  const source = contentSources[name] as ContentSource<z.ZodTypeAny>;
  const sortKey = (entry: unknown) => `${LOCALES.indexOf((entry as { locale: Locale }).locale)}:${source.id(entry)}`;
  return [...entries]
    .map((entry) => ({ entry, key: sortKey(entry) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ entry }) => entry);
}
