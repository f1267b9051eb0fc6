// The demo city's content in the portal's four languages (issue 18): every entry is written in each
// of them, a service's form exists in every language the service does (the seed links them per
// language and stops when one is missing), and Arabic and Amharic content keeps to its script,
// the glossary's name for the city and links within its own language.
import { LOCALES, localesOf, type Locale } from '@city/shared/locales';
import { describe, expect, it } from 'vitest';
import type { Block, InlineNode } from '../types';
import { demoCity } from '.';

const SCRIPTS = { ar: /\p{Script=Arabic}/u, am: /\p{Script=Ethiopic}/u } as const;

const linksOf = (blocks: Block[]): string[] => {
  const inline = (nodes: InlineNode[]) => nodes.flatMap((node) => (node.type === 'link' ? [node.url] : []));
  return blocks.flatMap((block) => (block.type === 'list' ? block.children.flatMap((item) => inline(item.children)) : inline(block.children)));
};

describe('the demo city in four languages', () => {
  it('writes the department, every service, every page and the alerts in each language', () => {
    const entries = [
      ...demoCity.departments.map((entry) => [`department ${entry.slug}`, entry.locales] as const),
      ...demoCity.services.map((entry) => [`service ${entry.slug}`, entry.locales] as const),
      ...demoCity.pages.map((entry) => [`page ${entry.slug}`, entry.locales] as const),
      ...demoCity.alerts.map((entry, index) => [`alert ${index}`, entry.locales] as const),
    ];
    for (const [name, locales] of entries) expect(localesOf(locales), name).toEqual([...LOCALES]);
  });

  it('has each service’s form in every language the service is written in', () => {
    for (const service of demoCity.services.filter((candidate) => candidate.serviceForm)) {
      const form = demoCity.serviceForms.find((candidate) => candidate.code === service.serviceForm);
      expect(form, `${service.slug}: form ${service.serviceForm}`).toBeDefined();
      const missing = localesOf(service.locales).filter((locale) => !form?.locales[locale]);
      expect(missing, `${service.slug}: form ${service.serviceForm} missing in`).toEqual([]);
    }
  });

  it('gives the services of one topic the same topic name in each language', () => {
    for (const locale of LOCALES) {
      const byEnglish = new Map<string, Set<string>>();
      for (const service of demoCity.services) {
        const topic = service.locales[locale]?.topic;
        if (topic) byEnglish.set(service.locales.en.topic, (byEnglish.get(service.locales.en.topic) ?? new Set()).add(topic));
      }
      for (const [english, names] of byEnglish) expect([...names], `${english} (${locale})`).toHaveLength(1);
    }
  });

  it('writes Arabic and Amharic services in their own script', () => {
    for (const locale of ['ar', 'am'] as const) {
      for (const service of demoCity.services) {
        const version = service.locales[locale];
        for (const [field, text] of Object.entries({ title: version?.title, summary: version?.summary, topic: version?.topic, keywords: version?.keywords, timeToComplete: version?.timeToComplete })) {
          expect(text, `${service.slug}.${field} (${locale})`).toMatch(SCRIPTS[locale]);
        }
      }
    }
  });

  it('calls the city ألكسندريا in Arabic, never الإسكندرية (Alexandria in Egypt)', () => {
    const arabic = JSON.stringify([
      ...demoCity.departments.map((entry) => entry.locales.ar),
      ...demoCity.services.map((entry) => entry.locales.ar),
      ...demoCity.pages.map((entry) => entry.locales.ar),
      ...demoCity.alerts.map((entry) => entry.locales.ar),
      demoCity.global?.locales.ar,
    ]);
    expect(arabic).toContain('ألكسندريا');
    expect(arabic).not.toContain('الإسكندرية');
  });

  it('links each language’s pages and services to pages of the same language that exist', () => {
    const exists: Record<string, (locale: Locale, slug: string) => boolean> = {
      services: (locale, slug) => Boolean(demoCity.services.find((service) => service.slug === slug)?.locales[locale]),
      pages: (locale, slug) => Boolean(demoCity.pages.find((page) => page.slug === slug)?.locales[locale]),
      departments: (locale, slug) => Boolean(demoCity.departments.find((department) => department.slug === slug)?.locales[locale]),
    };
    for (const locale of LOCALES) {
      const bodies = [...demoCity.pages, ...demoCity.services].map((entry) => [entry.slug, entry.locales[locale]?.body ?? []] as const);
      for (const [slug, body] of bodies) {
        for (const url of linksOf(body).filter((href) => href.startsWith('/'))) {
          const [, language, kind, target] = url.split('/');
          expect(language, `${slug} (${locale}) links to ${url}`).toBe(locale);
          const check = kind ? exists[kind] : undefined;
          if (check && target) expect(check(locale, target), `${slug} (${locale}) links to ${url}`).toBe(true);
        }
      }
    }
  });
});
