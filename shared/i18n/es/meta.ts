import type { LanguageMeta } from '../format.js';

export default {
  name: 'Español',
  dir: 'ltr',
  dateLocale: 'es-US',
} satisfies LanguageMeta;
