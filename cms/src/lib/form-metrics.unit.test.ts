import type { Core } from '@strapi/strapi';
import knexFactory, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countFill, countSubmitted, ensureFormMetricTables, FORM_METRIC_TABLES, metricMonths, purgeFillsBefore, readMonth } from './form-metrics';

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

const at = (iso: string) => new Date(iso);
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
    await countSubmitted(strapi, 'pothole', at('2026-04-30T23:59:00Z'));
    await countSubmitted(strapi, 'pothole', at('2026-05-01T00:01:00Z'));
    await countSubmitted(strapi, 'pothole', at('2026-05-02T00:01:00Z'));
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
    await countFill(strapi, { formCode: 'pothole', fill: key, steps: ['where'] }, at('2026-05-05T00:00:01Z'));
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
