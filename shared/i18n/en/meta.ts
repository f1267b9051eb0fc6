import type { LanguageMeta } from '../format.js';

/** English: the reference language, which every other language is checked against. */
export default {
  /** The language's name in itself, for the language switcher. */
  name: 'English',
  dir: 'ltr',
  /** The locale the site formats dates with: the city's country. */
  dateLocale: 'en-US',
} satisfies LanguageMeta;
