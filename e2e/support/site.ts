// What the browser tests visit: one page of each template in each language, found from the
// site's own sitemap so the tests follow the content instead of hard-coding it.
import type { APIRequestContext } from '@playwright/test';

export const LOCALES = ['en', 'es', 'ar', 'am'] as const;
export type Locale = (typeof LOCALES)[number];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function siteUrl(): string {
  const url = process.env.E2E_SITE_URL;
  if (!url) throw new Error('E2E_SITE_URL is not set: run the browser tests through playwright.config.ts (global setup).');
  return url;
}

/** Paths (site-relative) from sitemap.xml. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get(`${siteUrl()}/sitemap.xml`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

/** A word the demo city's pages use in each language, for a search with results. */
const SEARCH_WORDS: Record<Locale, string> = { en: 'website', es: 'sitio', ar: 'موقع', am: 'ድር' };

export const TEMPLATES = ['home', 'department', 'service', 'page', 'search'] as const;
export type Template = (typeof TEMPLATES)[number];

/** A page of this template in this language: the first of its kind in the sitemap. */
export async function pathFor(request: APIRequestContext, template: Template, locale: Locale): Promise<string> {
  if (template === 'home') return `/${locale}/`;
  if (template === 'search') return `/${locale}/search/?q=${encodeURIComponent(SEARCH_WORDS[locale])}`;
  const folder = { department: 'departments', service: 'services', page: 'pages' }[template];
  const path = (await sitemapPaths(request)).find((candidate) => candidate.startsWith(`/${locale}/${folder}/`));
  if (!path) throw new Error(`the sitemap has no ${template} page in ${locale}`);
  return path;
}

/** Pages outside the two language trees. */
export const OTHER_PAGES = [
  { name: 'language chooser (/index.html)', path: '/index.html' },
  { name: 'not found (404)', path: '/no-such-page/' },
] as const;
