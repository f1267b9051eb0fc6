import { LOCALES } from '@city/shared/locales';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlertRebuildTimer, fetchAlertTimes, nextAlertChange, type AlertTimes } from './alert-schedule';

const NOW = Date.parse('2026-11-26T12:00:00.000Z');

describe('the next alert change', () => {
  it('is the earliest start or end still to come', () => {
    const alerts: AlertTimes[] = [
      { startsAt: '2026-11-01T00:00:00.000Z', endsAt: '2026-11-30T00:00:00.000Z' },
      { startsAt: '2026-11-27T08:00:00.000Z', endsAt: null },
      { startsAt: '2026-11-26T11:00:00.000Z', endsAt: '2026-11-26T18:30:00.000Z' },
    ];
    expect(nextAlertChange(alerts, NOW)).toBe(Date.parse('2026-11-26T18:30:00.000Z'));
  });

  it('is null when every start and end has passed, or there are no alerts', () => {
    expect(nextAlertChange([{ startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-02-01T00:00:00.000Z' }, { startsAt: '2026-03-01T00:00:00.000Z', endsAt: null }], NOW)).toBeNull();
    expect(nextAlertChange([], NOW)).toBeNull();
  });

  it('ignores a time the CMS sent that is not a date', () => {
    expect(nextAlertChange([{ startsAt: 'soon', endsAt: '2026-12-01T00:00:00.000Z' }], NOW)).toBe(Date.parse('2026-12-01T00:00:00.000Z'));
  });
});

describe('reading the alerts’ times from the CMS', () => {
  it('reads every page in every language, and only the two times', async () => {
    const asked: URL[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      const url = new URL(String(input));
      asked.push(url);
      const page = Number(url.searchParams.get('pagination[page]'));
      const locale = url.searchParams.get('locale');
      const data = locale === 'en' && page === 1 ? [{ startsAt: '2026-12-01T00:00:00.000Z', endsAt: null }] : [{ startsAt: `2026-12-0${page + 1}T00:00:00.000Z`, endsAt: '2027-01-01T00:00:00.000Z' }];
      return Response.json({ data, meta: { pagination: { page, pageCount: locale === 'en' ? 2 : 1 } } });
    }) as typeof fetch;
    const times = await fetchAlertTimes('http://cms.test', fakeFetch);
    expect(asked.map((url) => `${url.searchParams.get('locale')}:${url.searchParams.get('pagination[page]')}`)).toEqual(['en:1', 'en:2', ...LOCALES.slice(1).map((locale) => `${locale}:1`)]);
    expect(asked.every((url) => url.pathname === '/api/alerts' && url.searchParams.get('fields[0]') === 'startsAt' && url.searchParams.get('fields[1]') === 'endsAt')).toBe(true);
    expect(times).toEqual([
      { startsAt: '2026-12-01T00:00:00.000Z', endsAt: null },
      { startsAt: '2026-12-03T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' },
      // The first page of every other language.
      ...LOCALES.slice(1).map(() => ({ startsAt: '2026-12-02T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' })),
    ]);
  });

  it('fails on an error answer instead of scheduling nothing', async () => {
    const failing = (async () => new Response('no', { status: 500 })) as typeof fetch;
    await expect(fetchAlertTimes('http://cms.test', failing)).rejects.toThrow(/500/);
  });
});

describe('the rebuild timer', () => {
  beforeEach(() => vi.useFakeTimers({ now: NOW }));
  afterEach(() => vi.useRealTimers());

  it('rebuilds just after the next change, not before', async () => {
    const rebuild = vi.fn();
    const timer = new AlertRebuildTimer(rebuild, async () => [{ startsAt: '2026-11-26T12:10:00.000Z', endsAt: '2026-11-26T13:00:00.000Z' }]);
    expect(await timer.refresh()).toBe(Date.parse('2026-11-26T12:10:00.000Z'));
    await vi.advanceTimersByTimeAsync(10 * 60_000 - 1);
    expect(rebuild).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1001);
    expect(rebuild).toHaveBeenCalledTimes(1);
    timer.stop();
  });

  it('keeps one timer: a refresh replaces the one before', async () => {
    const rebuild = vi.fn();
    let times: AlertTimes[] = [{ startsAt: '2026-11-26T12:05:00.000Z', endsAt: null }];
    const timer = new AlertRebuildTimer(rebuild, async () => times);
    await timer.refresh();
    times = [{ startsAt: '2026-11-26T12:30:00.000Z', endsAt: null }];
    await timer.refresh();
    await vi.advanceTimersByTimeAsync(20 * 60_000);
    expect(rebuild).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(11 * 60_000);
    expect(rebuild).toHaveBeenCalledTimes(1);
    timer.stop();
  });

  it('asks again in a minute when the CMS cannot answer, and says so', async () => {
    const rebuild = vi.fn();
    const log = vi.fn();
    const readTimes = vi.fn<() => Promise<AlertTimes[]>>().mockRejectedValueOnce(new Error('connect ECONNREFUSED')).mockResolvedValue([{ startsAt: '2026-11-26T12:03:00.000Z', endsAt: null }]);
    const timer = new AlertRebuildTimer(rebuild, readTimes, log);
    expect(await timer.refresh()).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(readTimes).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2 * 60_000 + 1000);
    expect(rebuild).toHaveBeenCalledTimes(1);
    timer.stop();
  });

  it('wakes up early for a change further away than a timer can wait, and asks again', async () => {
    const rebuild = vi.fn();
    const readTimes = vi.fn(async () => [{ startsAt: '2027-06-01T00:00:00.000Z', endsAt: null }]);
    const timer = new AlertRebuildTimer(rebuild, readTimes);
    await timer.refresh();
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(readTimes).toHaveBeenCalledTimes(2);
    expect(rebuild).not.toHaveBeenCalled();
    timer.stop();
  });

  it('sets nothing once stopped, even for a refresh already under way', async () => {
    const rebuild = vi.fn();
    let answer: (times: AlertTimes[]) => void = () => undefined;
    const timer = new AlertRebuildTimer(rebuild, () => new Promise((resolve) => (answer = resolve)));
    const refreshing = timer.refresh();
    timer.stop();
    answer([{ startsAt: '2026-11-26T12:01:00.000Z', endsAt: null }]);
    await refreshing;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(rebuild).not.toHaveBeenCalled();
  });
});
