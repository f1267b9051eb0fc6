// Reads the content collections for pages. Components never query: routes call these and pass props.
import { getCollection } from 'astro:content';
import { isAlertActive, type AlertEntry, type DepartmentEntry, type GlobalEntry, type ServiceEntry } from '@city/shared/content';
import { LOCALES, type Locale } from '@city/shared/locales';
import type { CollectionName, ContentCollections } from './collections';
import type { Alternates } from '@city/shared/routes';
import { noteRead, runtimeContent } from './runtime-content';

/**
 * One collection's entries: from the publisher's renderer when it renders, else from Astro's
 * build-time store. Every read is noted, so the renderer knows which pages a change can show on.
 */
export async function readCollection<Name extends CollectionName>(name: Name): Promise<ContentCollections[Name]> {
  noteRead(name);
  const runtime = runtimeContent();
  if (runtime) return runtime.collections[name];
  return (await getCollection(name)).map((entry) => entry.data) as ContentCollections[Name];
}

const byLocale = <T extends { locale: Locale }>(entries: readonly T[], locale: Locale): T[] => entries.filter((data) => data.locale === locale);

// Every page reads Global, and each getCollection call copies and walks the collection. Content
// does not change during a build, so a build reads it once per language (the renderer once per
// content it is handed: the live content's version, or a preview's drafts); the dev server reads
// it each time, since an edit there reloads content without restarting the process.
const STATIC_BUILD = {};
const globalsByContent = new WeakMap<object, { version: number; byLocale: Map<Locale, GlobalEntry> }>();

export async function getGlobal(locale: Locale): Promise<GlobalEntry> {
  noteRead('globals');
  const runtime = runtimeContent();
  const version = runtime?.version ?? 0;
  // Keyed by the collections object, so a preview and a publish rendering at once never share one.
  const key = runtime?.collections ?? STATIC_BUILD;
  let memo = globalsByContent.get(key);
  if (memo?.version !== version) globalsByContent.set(key, (memo = { version, byLocale: new Map() }));
  const known = import.meta.env.DEV ? undefined : memo.byLocale.get(locale);
  if (known) return known;
  const global = byLocale(await readCollection('globals'), locale)[0];
  // The loader refuses to finish without Global in every locale, so this is a programming error.
  if (!global) throw new Error(`No global settings for ${locale}`);
  memo.byLocale.set(locale, global);
  return global;
}

export async function getServices(locale: Locale): Promise<ServiceEntry[]> {
  return byLocale(await readCollection('services'), locale).sort((a, b) => a.title.localeCompare(b.title, locale));
}

export async function getDepartments(locale: Locale): Promise<DepartmentEntry[]> {
  return byLocale(await readCollection('departments'), locale).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Alerts in force when the site is built; the next publish refreshes them. */
export async function getActiveAlerts(locale: Locale, now = new Date()): Promise<AlertEntry[]> {
  const order = { emergency: 0, warning: 1, info: 2 } as const;
  return byLocale(await readCollection('alerts'), locale)
    .filter((alert) => isAlertActive(alert, now))
    .sort((a, b) => order[a.severity] - order[b.severity] || b.startsAt.localeCompare(a.startsAt) || a.documentId.localeCompare(b.documentId));
}

/** Which languages have an entry with this slug, as alternates for the language switcher and hreflang. */
export function alternatesFor(entries: readonly { locale: Locale; slug: string }[], slug: string, path: (locale: Locale, slug: string) => string): Alternates {
  return Object.fromEntries(LOCALES.filter((locale) => entries.some((e) => e.locale === locale && e.slug === slug)).map((locale) => [locale, path(locale, slug)]));
}

/** One path per language for pages every language has (home, search). */
export function everyLocale(path: (locale: Locale) => string): Alternates {
  return Object.fromEntries(LOCALES.map((locale) => [locale, path(locale)]));
}

/** Services grouped by topic, topics and services in alphabetical order. */
export function groupByTopic(services: readonly ServiceEntry[], locale: Locale): { topic: string; services: ServiceEntry[] }[] {
  const groups = new Map<string, ServiceEntry[]>();
  for (const service of services) groups.set(service.topic, [...(groups.get(service.topic) ?? []), service]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, locale)).map(([topic, list]) => ({ topic, services: list }));
}

/** Residents see services for residents or both; businesses likewise. */
export function forAudience(services: readonly ServiceEntry[], audience: 'residents' | 'businesses'): ServiceEntry[] {
  return services.filter((service) => service.audience === audience || service.audience === 'both');
}
