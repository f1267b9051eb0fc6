import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from './content-types';

interface LocalesService {
  findByCode(code: string): Promise<unknown>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  setDefaultLocale(params: { code: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string>;
}

/** Every language of the site (a folder in shared/i18n) is a CMS locale, the default one first. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  for (const locale of LOCALES) {
    // findByCode, not find: find answers a list, and an empty list is truthy (Spanish was never created).
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
}
