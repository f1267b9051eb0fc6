import type { LanguageMeta } from '../format.js';

/** Amharic, left to right. Dates in the Gregorian calendar, the one the city's documents use. */
export default {
  name: 'አማርኛ',
  dir: 'ltr',
  dateLocale: 'am-US-u-ca-gregory-nu-latn',
} satisfies LanguageMeta;
