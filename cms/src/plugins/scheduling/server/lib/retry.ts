/** How often and how far apart a failed scheduled run is tried again. */
export interface RetrySettings {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

/** SCHEDULING_MAX_ATTEMPTS (5), SCHEDULING_RETRY_BASE_MS (1 minute), SCHEDULING_RETRY_MAX_MS (1 hour). */
export function retrySettings(env: NodeJS.ProcessEnv = process.env): RetrySettings {
  return {
    maxAttempts: Math.floor(positive(env.SCHEDULING_MAX_ATTEMPTS, 5)),
    baseDelayMs: positive(env.SCHEDULING_RETRY_BASE_MS, 60_000),
    maxDelayMs: positive(env.SCHEDULING_RETRY_MAX_MS, 3_600_000),
  };
}

/**
 * The wait before try `attempts + 1`, doubling from the base: a publish refused by a check waits
 * for an editor's fix, a database hiccup clears in seconds; neither gains from trying every tick.
 */
export function retryDelayMs(attempts: number, settings: RetrySettings): number {
  return Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/** After a failed try: give up (failed) or try again later (pending). */
export function afterFailure(attempts: number, now: Date, settings: RetrySettings): { status: 'failed' | 'pending'; nextAttemptAt: Date | null } {
  if (attempts >= settings.maxAttempts) return { status: 'failed', nextAttemptAt: null };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, settings)) };
}
