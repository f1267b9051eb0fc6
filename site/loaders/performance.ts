// The performance page's figures in one language (read through readCollection, so the publisher
// knows the page shows them).
import type { Locale } from '@city/shared/locales';
import { readCollection } from './content';
import type { PerformanceEntry } from './performance-source';

export async function getPerformance(locale: Locale): Promise<PerformanceEntry | undefined> {
  return (await readCollection('performance')).find((entry) => entry.locale === locale);
}
