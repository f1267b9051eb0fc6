import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { cityTimeZone } from './city-calendar';

/**
 * Form metrics (issue 16, README "Form metrics"): per form and month, how many fills started,
 * reached each page and were sent. Counted on the CMS, without cookies:
 *   - counters: one row per form, month ('YYYY-MM'), event and page, raised by an atomic upsert
 *     (`count = count + 1`), the same on SQLite and PostgreSQL;
 *   - dedupe: a fill is named by a random key; only its hash, salted with a random salt of the day,
 *     is kept, with the pages it was counted for. Salts and hashes of earlier days are deleted
 *     (the first count of a day, and hourly): once the salt is gone nothing links a hash to a key,
 *     and nothing identifying a fill survives the day. A fill that goes on past midnight is a new
 *     fill for the pages it reaches after it (rare; the price of keeping nothing).
 * Days and months are the city's (its calendar's time zone, else CITY_TIME_ZONE): staff read "January"
 * as the city's January, so a fill at 20:00 on 31 January in Alexandria counts in January, not in
 * February as a UTC month would have it; and the salt changes at the city's midnight.
 * Plain tables (no content type): nobody edits them and they are never in the public API.
 */
export const FORM_METRIC_TABLES = { counts: 'form_metric_counts', fills: 'form_metric_fills', salts: 'form_metric_salts' } as const;

export type MetricEvent = 'started' | 'reached' | 'submitted';
type Db = Core.Strapi['db']['connection'];

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ('YYYY-MM-DD') of an instant on the city's clock. */
export function cityDay(at: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  // en-CA writes dates as YYYY-MM-DD.
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(at);
}
/** The calendar month ('YYYY-MM') of an instant on the city's clock. */
export const cityMonth = (at: Date, timeZone: string): string => cityDay(at, timeZone).slice(0, 7);

/** When a count happens; both default to now and the city's time zone (tests set them). */
export interface MetricsClock {
  now?: Date;
  timeZone?: string;
}

async function readClock(strapi: Core.Strapi, clock: MetricsClock): Promise<{ now: Date; timeZone: string }> {
  return { now: clock.now ?? new Date(), timeZone: clock.timeZone ?? (await cityTimeZone(strapi)) };
}

/** This month on the city's clock: the one the Form metrics page opens on. */
export async function currentMonth(strapi: Core.Strapi, clock: MetricsClock = {}): Promise<string> {
  const { now, timeZone } = await readClock(strapi, clock);
  return cityMonth(now, timeZone);
}

/** The day's hash of a fill's key: the same within the day, unlinkable once the salt is deleted. */
export const fillHash = (salt: string, fill: string): string => crypto.createHmac('sha256', salt).update(fill).digest('hex');

async function createTable(db: Db, name: string, build: Parameters<Db['schema']['createTable']>[1]): Promise<void> {
  if (await db.schema.hasTable(name)) return;
  try {
    await db.schema.createTable(name, build);
  } catch (error) {
    // Another instance created it at the same moment.
    if (!(await db.schema.hasTable(name))) throw error;
  }
}

/** Creates the tables once (bootstrap of the form-metrics plugin). */
export async function ensureFormMetricTables(strapi: Core.Strapi): Promise<void> {
  const db = strapi.db.connection;
  await createTable(db, FORM_METRIC_TABLES.counts, (table) => {
    table.increments('id');
    table.string('form_code', 60).notNullable();
    table.string('month', 7).notNullable();
    table.string('event', 10).notNullable();
    // '' for the form-level events (started, submitted); the page's id for `reached`.
    table.string('step', 60).notNullable().defaultTo('');
    table.integer('count').notNullable().defaultTo(0);
    table.unique(['form_code', 'month', 'event', 'step'], 'form_metric_counts_uq');
  });
  await createTable(db, FORM_METRIC_TABLES.fills, (table) => {
    table.string('fill_hash', 64).notNullable();
    // '' for "started"; a page's id for "reached".
    table.string('step', 60).notNullable();
    table.string('day', 10).notNullable();
    table.primary(['fill_hash', 'step'], 'form_metric_fills_pk');
    table.index(['day'], 'form_metric_fills_day_idx');
  });
  await createTable(db, FORM_METRIC_TABLES.salts, (table) => {
    table.string('day', 10).notNullable().primary('form_metric_salts_pk');
    table.string('salt', 64).notNullable();
  });
}

/** One more for this form, month, event and page: an upsert, atomic on both databases. */
async function bump(db: Db, formCode: string, month: string, event: MetricEvent, step: string): Promise<void> {
  await db(FORM_METRIC_TABLES.counts)
    .insert({ form_code: formCode, month, event, step, count: 1 })
    .onConflict(['form_code', 'month', 'event', 'step'])
    .merge({ count: db.raw('?? + 1', [`${FORM_METRIC_TABLES.counts}.count`]) });
}

/** Deletes the hashes and salts of days before `day`; returns how many hashes went. */
export async function purgeFillsBefore(db: Db, day: string): Promise<number> {
  // One transaction: the fills and the salt that hashed them go together, never one without the other.
  return db.transaction(async (trx) => {
    const fills = await trx(FORM_METRIC_TABLES.fills).where('day', '<', day).delete();
    await trx(FORM_METRIC_TABLES.salts).where('day', '<', day).delete();
    return fills;
  });
}

/** The day's salt: made by whichever instance counts first that day, read by the others. */
async function daySalt(db: Db, day: string): Promise<string> {
  const read = async () => ((await db(FORM_METRIC_TABLES.salts).where({ day }).first('salt')) as { salt: string } | undefined)?.salt;
  const found = await read();
  if (found) return found;
  await db(FORM_METRIC_TABLES.salts).insert({ day, salt: crypto.randomBytes(32).toString('hex') }).onConflict('day').ignore();
  const made = await read();
  if (!made) throw new Error('The form metrics salt of the day could not be stored');
  return made;
}

/** The day each CMS (by its Strapi instance) last purged: the first count of a new day purges. */
const purgedOn = new WeakMap<Core.Strapi, string>();

export interface FillCount {
  /** Whether this was the fill's first count of the day (`started` was raised). */
  started: boolean;
  /** The pages counted now (those already counted for this fill today are not). */
  reached: string[];
}

/**
 * Counts a fill as started and as having reached `steps`, each at most once per fill and day:
 * a replayed beacon, or a no-JavaScript post sent again after an error, counts nothing more.
 */
export async function countFill(strapi: Core.Strapi, input: { formCode: string; fill: string; steps: readonly string[] }, clock: MetricsClock = {}): Promise<FillCount> {
  const { now, timeZone } = await readClock(strapi, clock);
  const day = cityDay(now, timeZone);
  const month = cityMonth(now, timeZone);
  if (purgedOn.get(strapi) !== day) {
    await purgeFillsBefore(strapi.db.connection, day);
    purgedOn.set(strapi, day);
  }
  return strapi.db.transaction(async ({ trx }) => {
    const db = trx as unknown as Db;
    const hash = fillHash(await daySalt(db, day), input.fill);
    const counted: string[] = [];
    for (const step of ['', ...new Set(input.steps)]) {
      // The primary key decides: a twin beacon racing this one inserts nothing and counts nothing.
      const inserted = (await db(FORM_METRIC_TABLES.fills).insert({ fill_hash: hash, step, day }).onConflict(['fill_hash', 'step']).ignore().returning('step')) as unknown[];
      if (inserted.length === 0) continue;
      counted.push(step);
      await bump(db, input.formCode, month, step === '' ? 'started' : 'reached', step);
    }
    return { started: counted.includes(''), reached: counted.filter((step) => step !== '') };
  });
}

/**
 * One more request sent for this form. Called by the intake inside the transaction that stores
 * the request (strapi.db.transaction joins it), so it counts exactly the requests stored, and a
 * replay, which stores nothing, counts nothing.
 */
export async function countSubmitted(strapi: Core.Strapi, formCode: string, clock: MetricsClock = {}): Promise<void> {
  const { now, timeZone } = await readClock(strapi, clock);
  await strapi.db.transaction(async ({ trx }) => bump(trx as unknown as Db, formCode, cityMonth(now, timeZone), 'submitted', ''));
}

export interface MetricRow {
  formCode: string;
  month: string;
  event: MetricEvent;
  step: string;
  count: number;
}

const EVENTS: readonly string[] = ['started', 'reached', 'submitted'];

/** Every counter of a month. */
export async function readMonth(strapi: Core.Strapi, month: string): Promise<MetricRow[]> {
  const rows = (await strapi.db.connection(FORM_METRIC_TABLES.counts).where({ month }).select('form_code', 'month', 'event', 'step', 'count')) as {
    form_code: string;
    month: string;
    event: string;
    step: string;
    count: number | string;
  }[];
  return rows
    .filter((row) => EVENTS.includes(row.event))
    .map((row) => ({ formCode: row.form_code, month: row.month, event: row.event as MetricEvent, step: row.step, count: Number(row.count) }));
}

/** The months that have counts, newest first. */
export async function metricMonths(strapi: Core.Strapi): Promise<string[]> {
  const rows = (await strapi.db.connection(FORM_METRIC_TABLES.counts).distinct('month').orderBy('month', 'desc')) as { month: string }[];
  return rows.map((row) => row.month);
}

/** Deletes the hashes of the city's earlier days every hour, whether or not anything is counted. */
export function startFillPurge(strapi: Core.Strapi, intervalMs = 60 * 60_000): () => void {
  const timer = setInterval(() => {
    readClock(strapi, {})
      .then(({ now, timeZone }) => purgeFillsBefore(strapi.db.connection, cityDay(now, timeZone)))
      .catch((error: unknown) => strapi.log.warn(`Form metrics: the hourly purge failed: ${String(error)}`));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
