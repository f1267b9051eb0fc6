import { describe, expect, it } from 'vitest';
import { assembleFigures, daysOneDecimal, median, monthIndex, monthWindow, shareWithinTarget } from './figures';

const DAY = 86_400_000;

describe('median', () => {
  it('is the middle value of an odd count and the mean of the two middle ones of an even count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('days with one decimal', () => {
  it('rounds to a tenth of a day', () => {
    expect(daysOneDecimal(1.5 * DAY)).toBe(1.5);
    expect(daysOneDecimal(2 * DAY + 3 * 3_600_000)).toBe(2.1);
    expect(daysOneDecimal(0)).toBe(0);
  });
});

describe('share within target', () => {
  it('is the share of measured requests that met it, and null when none could be measured', () => {
    expect(shareWithinTarget(3, 4)).toBe(0.75);
    expect(shareWithinTarget(0, 2)).toBe(0);
    expect(shareWithinTarget(0, 0)).toBeNull();
  });
});

describe('month window', () => {
  it('holds the last 12 full months and the current one, in the city time zone', () => {
    // 03:00 UTC on 1 December is still 30 November in New York.
    const window = monthWindow(new Date('2026-12-01T03:00:00Z'), 'America/New_York');
    expect(window.months).toHaveLength(13);
    expect(window.months[0]).toBe('2025-11');
    expect(window.months[12]).toBe('2026-11');
    expect(window.boundaries).toHaveLength(14);
    expect(window.boundaries[0]!.toISOString()).toBe('2025-11-01T04:00:00.000Z');
    // The month after the change to standard time starts at 05:00 UTC.
    expect(window.boundaries[1]!.toISOString()).toBe('2025-12-01T05:00:00.000Z');
    expect(window.boundaries[13]!.toISOString()).toBe('2026-12-01T05:00:00.000Z');
  });

  it('puts an instant in the month it falls in locally, not in UTC', () => {
    const window = monthWindow(new Date('2026-12-02T12:00:00Z'), 'America/New_York');
    expect(window.months[12]).toBe('2026-12');
    // 31 October 23:30 in New York is 1 November in UTC.
    expect(window.months[monthIndex(window, new Date('2026-11-01T03:30:00Z'))]).toBe('2026-10');
    expect(window.months[monthIndex(window, new Date('2026-11-01T04:00:00Z'))]).toBe('2026-11');
    expect(monthIndex(window, new Date('2025-11-30T12:00:00Z'))).toBe(-1);
    expect(monthIndex(window, new Date('2027-01-01T12:00:00Z'))).toBe(-1);
  });

  it('follows the zone it is given', () => {
    const tokyo = monthWindow(new Date('2026-11-30T16:00:00Z'), 'Asia/Tokyo');
    expect(tokyo.months[12]).toBe('2026-12');
    expect(tokyo.boundaries[12]!.toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('refuses a zone that is not one', () => {
    expect(() => monthWindow(new Date(), 'Mars/Olympus')).toThrow(/time zone/);
  });
});

describe('assembling the figures', () => {
  const window = monthWindow(new Date('2026-12-02T12:00:00Z'), 'UTC', 3);

  it('gives every form a row for every month, zeros where nothing happened', () => {
    const figures = assembleFigures(window, [{ formCode: 'pothole', month: 1, count: 4 }], [], []);
    expect(figures.get('pothole')?.map((row) => [row.month, row.received, row.resolved])).toEqual([
      ['2026-10', 0, 0],
      ['2026-11', 4, 0],
      ['2026-12', 0, 0],
    ]);
    expect(figures.get('pothole')?.[1]?.medianDaysToResolve).toBeNull();
    expect(figures.get('pothole')?.[1]?.shareWithinTarget).toBeNull();
  });

  it('sets the resolved counts, the share within target and the median of the middle durations', () => {
    const figures = assembleFigures(
      window,
      [],
      [{ formCode: 'graffiti', month: 2, resolved: 4, withTarget: 3, withinTarget: 2 }],
      [
        { formCode: 'graffiti', month: 2, milliseconds: 1 * DAY },
        { formCode: 'graffiti', month: 2, milliseconds: 2 * DAY },
      ],
    );
    const december = figures.get('graffiti')?.[2];
    expect(december).toMatchObject({ month: '2026-12', resolved: 4, resolvedWithTarget: 3, resolvedWithinTarget: 2, medianDaysToResolve: 1.5 });
    expect(december?.shareWithinTarget).toBeCloseTo(2 / 3);
  });

  it('ignores rows outside the window', () => {
    const figures = assembleFigures(window, [{ formCode: 'late', month: 3, count: 1 }, { formCode: 'early', month: -1, count: 1 }], [], []);
    expect(figures.size).toBe(0);
  });
});
