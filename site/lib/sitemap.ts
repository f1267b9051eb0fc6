import type { Locale } from '@city/shared/locales';
import { escapeHtml } from './html';
import type { Alternates } from '@city/shared/routes';

export interface SitemapPage {
  /** This page in each language it exists in. */
  alternates: Alternates;
  lastModified?: string;
}

/** sitemap.xml with one <url> per page and language, each listing every language version (xhtml:link). */
export function renderSitemap(pages: readonly SitemapPage[], site: URL): string {
  const absolute = (path: string) => escapeHtml(new URL(path, site).href);
  const urls = pages.flatMap((page) => {
    const versions = Object.entries(page.alternates) as [Locale, string][];
    const links = versions.map(([locale, path]) => `    <xhtml:link rel="alternate" hreflang="${locale}" href="${absolute(path)}"/>`).join('\n');
    return versions.map(
      ([, path]) =>
        `  <url>\n    <loc>${absolute(path)}</loc>\n${page.lastModified ? `    <lastmod>${page.lastModified}</lastmod>\n` : ''}${links}\n  </url>`,
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
