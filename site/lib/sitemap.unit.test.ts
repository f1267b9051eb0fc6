import { describe, expect, it } from 'vitest';
import { renderSitemap } from './sitemap';

describe('sitemap.xml', () => {
  it('lists each language version with every alternate, and leaves out languages a page lacks', () => {
    const xml = renderSitemap(
      [
        { alternates: { en: '/en/services/wifi/', es: '/es/services/wifi/' }, lastModified: '2026-05-01T12:00:00.000Z' },
        { alternates: { en: '/en/pages/only-english/' } },
      ],
      new URL('https://city.example/'),
    );
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1] ?? '');
    expect(urls).toHaveLength(3);
    expect(urls[1]).toContain('<loc>https://city.example/es/services/wifi/</loc>');
    expect(urls[1]).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://city.example/en/services/wifi/"/>');
    expect(urls[1]).toContain('<xhtml:link rel="alternate" hreflang="es" href="https://city.example/es/services/wifi/"/>');
    expect(urls[1]).toContain('<lastmod>2026-05-01T12:00:00.000Z</lastmod>');
    expect(urls[2]).not.toContain('hreflang="es"');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });
});
