/**
 * The figures are public and cost three aggregate reads of the requests table, the same for every
 * language, so they are kept for PERFORMANCE_CACHE_MS (default one minute) and callers arriving
 * together share one read; the services' names are read fresh each time (two small reads), so a
 * renamed service shows at the next rebuild. notifyPerformanceChanged forgets the figures, so the
 * rebuild after closures counts again.
 */
const DEFAULT_MAX_AGE_MS = 60_000;

let kept: { storedAt: number; value: Promise<unknown> } | undefined;

function maxAgeMs(): number {
  const parsed = Number(process.env.PERFORMANCE_CACHE_MS);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : DEFAULT_MAX_AGE_MS;
}

export function cachedFigures<T>(read: () => Promise<T>, now = Date.now()): Promise<T> {
  if (kept && now - kept.storedAt < maxAgeMs()) return kept.value as Promise<T>;
  const value = read();
  const entry = { storedAt: now, value };
  kept = entry;
  // A failed read is not kept: the next caller tries again.
  value.catch(() => {
    if (kept === entry) kept = undefined;
  });
  return value;
}

export function forgetFigures(): void {
  kept = undefined;
}
