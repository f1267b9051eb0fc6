// TEMPORARY stub so the CMS compiles while the content is written; replaced by the full demo city.
import type { DemoCity } from '../types';
import { departments } from './department';

export const demoCity: DemoCity = {
  departments,
  serviceForms: [],
  services: [],
  pages: [],
  alerts: [],
  global: { locales: { en: { siteName: 'City of Alexandria', tagline: '', navigation: [], footerLinks: [] }, es: { siteName: 'Ciudad de Alexandria', tagline: '', navigation: [], footerLinks: [] } } },
};
