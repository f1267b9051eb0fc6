import { describe, expect, it } from 'vitest';
import { afterFailure, retryDelayMs, retrySettings } from './retry';

const settings = { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 150_000 };

describe('retrying a failed scheduled run', () => {
  it('waits twice as long after each failure, up to the cap', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, settings))).toEqual([60_000, 120_000, 150_000, 150_000]);
  });
  it('tries again later until the last attempt, then gives up', () => {
    const now = new Date('2026-12-02T15:00:00Z');
    expect(afterFailure(1, now, settings)).toEqual({ status: 'pending', nextAttemptAt: new Date('2026-12-02T15:01:00Z') });
    expect(afterFailure(2, now, settings)).toEqual({ status: 'pending', nextAttemptAt: new Date('2026-12-02T15:02:00Z') });
    expect(afterFailure(3, now, settings)).toEqual({ status: 'failed', nextAttemptAt: null });
  });
  it('reads its settings from the environment, with defaults for missing or nonsense values', () => {
    expect(retrySettings({})).toEqual({ maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 3_600_000 });
    expect(retrySettings({ SCHEDULING_MAX_ATTEMPTS: '2', SCHEDULING_RETRY_BASE_MS: 'soon' })).toMatchObject({ maxAttempts: 2, baseDelayMs: 60_000 });
  });
});
