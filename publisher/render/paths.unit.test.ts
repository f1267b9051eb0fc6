import { describe, expect, it } from 'vitest';
import { fileFor, noPagination, pathnameFor } from './paths';

describe('render paths', () => {
  it('fills a route pattern with its params', () => {
    expect(pathnameFor('/[lang]/services/[slug]/request', { lang: 'es', slug: 'parking' })).toBe('/es/services/parking/request');
    expect(pathnameFor('/sitemap.xml', {})).toBe('/sitemap.xml');
    expect(() => pathnameFor('/[lang]/track', {})).toThrow(/\[lang\]/);
  });

  it('names the files a static build writes', () => {
    expect(fileFor({ type: 'page', route: '/' }, '/')).toBe('index.html');
    expect(fileFor({ type: 'page', route: '/[lang]/services/[slug]' }, '/en/services/parking')).toBe('en/services/parking/index.html');
    expect(fileFor({ type: 'page', route: '/404' }, '/404')).toBe('404.html');
    expect(fileFor({ type: 'endpoint', route: '/sitemap.xml' }, '/sitemap.xml')).toBe('sitemap.xml');
  });

  it('refuses pagination rather than render a wrong page', () => {
    expect(() => noPagination()).toThrow(/paginate/);
  });
});
