import type { Core } from '@strapi/strapi';
import knexFactory, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cityDay, cityMonth, countFill, countSubmitted, currentMonth, ensureFormMetricTables, FORM_METRIC_TABLES, metricMonths, purgeFillsBefore, readMonth } from './form-metrics';

/**
 * The counting and the dedupe on a real database (SQLite in memory, as the CMS's knex runs it): the
 * same upsert and insert-or-ignore statements the CMS sends. The API tests run them on PostgreSQL.
 */
let db: Knex;
let strapi: Core.Strapi;

beforeEach(async () => {
  db = knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  // The part of Strapi the counters use: its knex, and its transaction, which hands the callback a transaction.
  const fake = {
    db: { connection: db, transaction: <T>(callback: (context: { trx: Knex.Transaction }) => Promise<T>) => db.transaction((trx) => callback({ trx })) },
    log: { warn: () => undefined },
  };
  strapi = fake as unknown as Core.Strapi;
  await ensureFormMetricTables(strapi);
});
afterEach(async () => {
  await db.destroy();
});

/** The demo city's zone (Alexandria, Virginia): EST in winter, EDT from March to November. */
const CITY = 'America/New_York';
/** A count at this instant on the city's clock. */
const at = (iso: string) => ({ now: new Date(iso), timeZone: CITY });
const counts = async (month: string) =>
  Object.fromEntries((await readMonth(strapi, month)).map((row) => [`${row.formCode} ${row.event}${row.step ? ` ${row.step}` : ''}`, row.count]));

describe('counting fills', () => {
  it('counts a fill as started once, and each page it reaches once', async () => {
    const now = at('2026-05-04T10:00:00Z');
    expect(await countFill(strapi, { formCode: 'pothole', fill: 'fill-key-aaaaaaaaaaaa', steps: ['where'] }, now)).toEqual({ started: true, reached: ['where'] });
    expect(await countFill(strapi, { formCode: 'pothole', fill: 'fill-key-aaaaaaaaaaaa', steps: ['what'] }, now)).toEqual({ started: false, reached: ['what'] });
    // A replayed beacon counts nothing.
    expect(await countFill(strapi, { formCode: 'pothole', fill: 'fill-key-aaaaaaaaaaaa', steps: ['what'] }, now)).toEqual({ started: false, reached: [] });
    await countFill(strapi, { formCode: 'pothole', fill: 'fill-key-bbbbbbbbbbbb', steps: ['where'] }, now);
    expect(await counts('2026-05')).toEqual({ 'pothole started': 2, 'pothole reached where': 2, 'pothole reached what': 1 });
  });

  it('counts twin beacons sent at the same moment once', async () => {
    const now = at('2026-05-04T10:00:00Z');
    const results = await Promise.all([1, 2, 3].map(() => countFill(strapi, { formCode: 'pothole', fill: 'fill-key-cccccccccccc', steps: ['where'] }, now)));
    expect(results.filter((result) => result.started)).toHaveLength(1);
    expect(await counts('2026-05')).toEqual({ 'pothole started': 1, 'pothole reached where': 1 });
  });

  it('counts every page of a one-page (no-JavaScript) fill, once', async () => {
    const now = at('2026-05-04T10:00:00Z');
    await countFill(strapi, { formCode: 'noise', fill: 'page-view-key-dddddd', steps: ['what', 'contact', 'check', 'check'] }, now);
    await countFill(strapi, { formCode: 'noise', fill: 'page-view-key-dddddd', steps: ['what', 'contact', 'check'] }, now);
    expect(await counts('2026-05')).toEqual({ 'noise started': 1, 'noise reached what': 1, 'noise reached contact': 1, 'noise reached check': 1 });
  });

  it('counts sent requests by month, and lists the months newest first', async () => {
    await countSubmitted(strapi, 'pothole', at('2026-04-30T23:59:00-04:00'));
    await countSubmitted(strapi, 'pothole', at('2026-05-01T00:01:00-04:00'));
    await countSubmitted(strapi, 'pothole', at('2026-05-02T00:01:00-04:00'));
    expect(await counts('2026-04')).toEqual({ 'pothole submitted': 1 });
    expect(await counts('2026-05')).toEqual({ 'pothole submitted': 2 });
    expect(await metricMonths(strapi)).toEqual(['2026-05', '2026-04']);
  });
});

describe('what is kept of a fill', () => {
  it('keeps a salted hash, never the key, and a new salt each day', async () => {
    const key = 'fill-key-eeeeeeeeeeee';
    await countFill(strapi, { formCode: 'pothole', fill: key, steps: ['where'] }, at('2026-05-04T10:00:00Z'));
    const fills = (await db(FORM_METRIC_TABLES.fills).select()) as { fill_hash: string; step: string; day: string }[];
    expect(fills).toHaveLength(2);
    expect(JSON.stringify(fills)).not.toContain(key);
    const firstHash = fills[0]?.fill_hash;
    // The next day the same key hashes differently, and yesterday's hashes and salt are gone.
    await countFill(strapi, { formCode: 'pothole', fill: key, steps: ['where'] }, at('2026-05-05T00:00:01-04:00'));
    const next = (await db(FORM_METRIC_TABLES.fills).select()) as { fill_hash: string; day: string }[];
    expect(next.every((row) => row.day === '2026-05-05')).toBe(true);
    expect(next.map((row) => row.fill_hash)).not.toContain(firstHash);
    expect(((await db(FORM_METRIC_TABLES.salts).select('day')) as { day: string }[]).map((row) => row.day)).toEqual(['2026-05-05']);
  });

  it('purges only the days before the one given', async () => {
    await countFill(strapi, { formCode: 'pothole', fill: 'fill-key-ffffffffffff', steps: [] }, at('2026-05-04T10:00:00Z'));
    expect(await purgeFillsBefore(db, '2026-05-04')).toBe(0);
    expect(await db(FORM_METRIC_TABLES.fills).count({ n: '*' })).toEqual([{ n: 1 }]);
    expect(await purgeFillsBefore(db, '2026-05-05')).toBe(1);
    expect(await db(FORM_METRIC_TABLES.salts).count({ n: '*' })).toEqual([{ n: 0 }]);
    // The counters stay: they name no fill.
    expect(await counts('2026-05')).toEqual({ 'pothole started': 1 });
  });
});

describe("the city's clock", () => {
  const rows = async () => (await db(FORM_METRIC_TABLES.fills).select('day', 'step').orderBy(['day', 'step'])) as { day: string; step: string }[];
  const salts = async () => ((await db(FORM_METRIC_TABLES.salts).select('day').orderBy('day')) as { day: string }[]).map((row) => row.day);

  it('names the day and month as the city does, not as UTC does', () => {
    // 20:00 on 31 January in Alexandria is 01:00 on 1 February in UTC.
    expect(cityDay(new Date('2026-02-01T01:00:00Z'), CITY)).toBe('2026-01-31');
    expect(cityMonth(new Date('2026-02-01T01:00:00Z'), CITY)).toBe('2026-01');
    expect(cityMonth(new Date('2026-02-01T05:00:00Z'), CITY)).toBe('2026-02');
  });

  it('counts a fill at 20:00 on 31 January in January, and one after the city’s midnight in February', async () => {
    await countFill(strapi, { formCode: 'pothole', fill: 'fill-key-late-january', steps: ['where'] }, at('2026-01-31T20:00:00-05:00'));
    await countSubmitted(strapi, 'pothole', at('2026-01-31T20:05:00-05:00'));
    await countFill(strapi, { formCode: 'pothole', fill: 'fill-key-early-febru', steps: ['where'] }, at('2026-02-01T00:30:00-05:00'));
    await countSubmitted(strapi, 'pothole', at('2026-02-01T00:35:00-05:00'));
    expect(await counts('2026-01')).toEqual({ 'pothole started': 1, 'pothole reached where': 1, 'pothole submitted': 1 });
    expect(await counts('2026-02')).toEqual({ 'pothole started': 1, 'pothole reached where': 1, 'pothole submitted': 1 });
    expect(await metricMonths(strapi)).toEqual(['2026-02', '2026-01']);
  });

  it('keeps a fill’s hash until the city’s midnight, and purges it after', async () => {
    const fill = { formCode: 'pothole', fill: 'fill-key-midnight-aaa', steps: ['where'] };
    await countFill(strapi, fill, at('2026-01-31T20:00:00-05:00'));
    // 23:59 in the city (04:59 the next day in UTC): the same day, the same fill, nothing counted again.
    expect(await countFill(strapi, fill, at('2026-01-31T23:59:00-05:00'))).toEqual({ started: false, reached: [] });
    expect(await rows()).toEqual([
      { day: '2026-01-31', step: '' },
      { day: '2026-01-31', step: 'where' },
    ]);
    // Past the city's midnight: the day's hashes and salt are gone, and the fill is a new one.
    expect(await countFill(strapi, fill, at('2026-02-01T00:01:00-05:00'))).toEqual({ started: true, reached: ['where'] });
    expect(await rows()).toEqual([
      { day: '2026-02-01', step: '' },
      { day: '2026-02-01', step: 'where' },
    ]);
    expect(await salts()).toEqual(['2026-02-01']);
  });

  it('moves the day with the clocks in spring: midnight after the change is 04:00 UTC, not 05:00', async () => {
    // Clocks went forward on 8 March 2026. 04:30 UTC on 9 March is 00:30 EDT: a new day (EST would say 23:30 on the 8th).
    const fill = { formCode: 'pothole', fill: 'fill-key-spring-aaaaa', steps: [] };
    await countFill(strapi, fill, at('2026-03-09T03:30:00Z'));
    expect(await salts()).toEqual(['2026-03-08']);
    expect(await countFill(strapi, fill, at('2026-03-09T04:30:00Z'))).toEqual({ started: true, reached: [] });
    expect(await salts()).toEqual(['2026-03-09']);
    expect(await counts('2026-03')).toEqual({ 'pothole started': 2 });
  });

  it('moves the day with the clocks in autumn: 04:30 UTC on 2 November is still 1 November (23:30 EST)', async () => {
    // Clocks went back on 1 November 2026; EDT would have said 00:30 on the 2nd.
    const fill = { formCode: 'pothole', fill: 'fill-key-autumn-aaaaa', steps: [] };
    await countFill(strapi, fill, at('2026-11-01T12:00:00Z'));
    expect(await countFill(strapi, fill, at('2026-11-02T04:30:00Z'))).toEqual({ started: false, reached: [] });
    expect(await salts()).toEqual(['2026-11-01']);
    expect(await countFill(strapi, fill, at('2026-11-02T05:30:00Z'))).toEqual({ started: true, reached: [] });
    expect(await salts()).toEqual(['2026-11-02']);
  });

  it('reads the time zone from the city calendar editors keep when none is given', async () => {
    // The part of Strapi the calendar read uses: a city on the other side of the date line.
    const calendar = {
      timeZone: 'Pacific/Auckland',
      workdayStart: '08:00:00.000',
      workdayEnd: '17:00:00.000',
      monday: true,
      tuesday: true,
      wednesday: true,
      thursday: true,
      friday: true,
      saturday: false,
      sunday: false,
      holidays: [],
    };
    const withCalendar = { ...strapi, db: { ...strapi.db, query: () => ({ findOne: async () => calendar }) } } as unknown as Core.Strapi;
    // 12:00 UTC on 31 January is 01:00 on 1 February in Auckland.
    const now = new Date('2026-01-31T12:00:00Z');
    expect(await currentMonth(withCalendar, { now })).toBe('2026-02');
    await countSubmitted(withCalendar, 'pothole', { now });
    expect(await counts('2026-02')).toEqual({ 'pothole submitted': 1 });
  });
});
