import type { LanguageMeta } from '../format.js';

/**
 * Arabic (Modern Standard Arabic), right to left. Dates in the Gregorian calendar with Western
 * digits, as the city's other documents write them: `ar` alone would let a browser choose another
 * calendar or Arabic-Indic digits, and the server and the browser must write the same date.
 */
export default {
  name: 'العربية',
  dir: 'rtl',
  dateLocale: 'ar-US-u-ca-gregory-nu-latn',
} satisfies LanguageMeta;
