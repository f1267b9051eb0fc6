// Every page in every language, with its language alternates, for search engines.
import type { APIRoute } from 'astro';
import { alternatesFor, everyLocale, readCollection } from '@site/loaders/content';
import { routes } from '@city/shared/routes';
import { renderSitemap, type SitemapPage } from '@site/lib/sitemap';

const latest = (entries: readonly { slug: string; updatedAt: string }[], slug: string) =>
  entries
    .filter((entry) => entry.slug === slug)
    .map((entry) => entry.updatedAt)
    .sort()
    .at(-1);

export const GET: APIRoute = async ({ site }) => {
  const [services, departments, pages] = await Promise.all([readCollection('services'), readCollection('departments'), readCollection('pages')]);
  const collections = [
    { entries: services, path: routes.service },
    { entries: departments, path: routes.department },
    { entries: pages, path: routes.page },
  ];
  const sitemapPages: SitemapPage[] = [{ alternates: everyLocale(routes.home) }, { alternates: everyLocale(routes.search) }, { alternates: everyLocale(routes.performance) }];
  for (const { entries, path } of collections) {
    // In slug order, so the sitemap does not depend on the order the CMS or the publisher lists entries in.
    for (const slug of [...new Set(entries.map((entry) => entry.slug))].sort()) {
      const lastModified = latest(entries, slug);
      sitemapPages.push({ alternates: alternatesFor(entries, slug, path), ...(lastModified ? { lastModified } : {}) });
    }
  }
  if (!site) throw new Error('astro.config.mjs must set `site` for the sitemap');
  return new Response(renderSitemap(sitemapPages, site), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
