import { describe, expect, it } from 'vitest';
import { formatSummary, repeat, summarize } from './stats';

describe('summarize', () => {
  it('gives the median, min and max of odd and even counts', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });
  it('refuses an empty list instead of inventing a figure', () => {
    expect(() => summarize([])).toThrow(/no measurements/);
  });
});

describe('repeat', () => {
  it('runs the measure the given number of times', async () => {
    const seen: number[] = [];
    const summary = await repeat(5, async (run) => {
      seen.push(run);
      return run * 10;
    });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(summary.median).toBe(20);
    expect(formatSummary(summary, 0, ' s')).toBe('20 s (0 s–40 s)');
  });
});
