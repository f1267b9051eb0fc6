import type { Locale } from '@city/shared/locales';
import type { PerformanceReport } from '@city/shared/performance';

/**
 * The report is public and costs three aggregate reads of the requests table, so each language's
 * is kept for PERFORMANCE_CACHE_MS (default one minute), and callers arriving together share one
 * read. notifyPerformanceChanged forgets it, so the rebuild after closures reads fresh figures.
 */
const DEFAULT_MAX_AGE_MS = 60_000;

let kept = new Map<Locale, { storedAt: number; value: Promise<PerformanceReport> }>();

function maxAgeMs(): number {
  const parsed = Number(process.env.PERFORMANCE_CACHE_MS);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : DEFAULT_MAX_AGE_MS;
}

export function cachedReport(locale: Locale, read: () => Promise<PerformanceReport>, now = Date.now()): Promise<PerformanceReport> {
  const known = kept.get(locale);
  if (known && now - known.storedAt < maxAgeMs()) return known.value;
  const value = read();
  kept.set(locale, { storedAt: now, value });
  // A failed read is not kept: the next caller tries again.
  value.catch(() => {
    if (kept.get(locale)?.value === value) kept.delete(locale);
  });
  return value;
}

export function forgetReports(): void {
  kept = new Map();
}
