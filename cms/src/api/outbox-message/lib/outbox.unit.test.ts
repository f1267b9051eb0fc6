import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './outbox';

describe('the outbox backoff', () => {
  it('doubles from the base and stops at the cap', () => {
    const settings = { retryBaseMs: 1000, retryMaxMs: 5000 };
    expect([1, 2, 3, 4, 5].map((failures) => retryDelayMs(failures, settings))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});
