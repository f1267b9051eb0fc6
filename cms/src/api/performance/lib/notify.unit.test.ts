import { describe, expect, it } from 'vitest';
import { noticeDelayMs, notifyIntervalMs, touchesClosure } from './notify';

describe('performance notices', () => {
  it('wait for the rest of a batch after a quiet spell, then at most once per interval', () => {
    const interval = 5 * 60_000;
    expect(noticeDelayMs(1_000_000, Number.NEGATIVE_INFINITY, interval)).toBe(30_000);
    // One minute after the last notice: the next waits out the rest of the interval.
    expect(noticeDelayMs(1_000_000 + 60_000, 1_000_000, interval)).toBe(4 * 60_000);
    // A short interval shortens the wait for the batch too.
    expect(noticeDelayMs(0, Number.NEGATIVE_INFINITY, 200)).toBe(200);
  });

  it('read the interval from the environment, five minutes by default', () => {
    expect(notifyIntervalMs({})).toBe(300_000);
    expect(notifyIntervalMs({ PERFORMANCE_NOTIFY_INTERVAL_MS: '60000' })).toBe(60_000);
    expect(notifyIntervalMs({ PERFORMANCE_NOTIFY_INTERVAL_MS: 'soon' })).toBe(300_000);
  });

  it('follow writes that set or clear a closing time, not other writes', () => {
    expect(touchesClosure({ closedAt: '2026-12-01T10:00:00Z', requestStatus: 'resolved' })).toBe(true);
    expect(touchesClosure({ closedAt: null })).toBe(true);
    expect(touchesClosure({ closureReason: 'duplicate' })).toBe(true);
    expect(touchesClosure({ nextPublicNote: 'Thanks' })).toBe(false);
    expect(touchesClosure(undefined)).toBe(false);
  });
});
