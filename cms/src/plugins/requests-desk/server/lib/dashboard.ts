import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Dashboard } from '../../contract';
import { cityCalendar } from '../../../../lib/city-calendar';
import { nameOf, namesFor } from './names';
import { divisionCounts } from './queue';
import { withinScope, type Scope } from './scope';

const WEEKS = 12;
const WINDOW_DAYS = 90;

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const time = (value: string | number | Date | null | undefined): number | null => (value === null || value === undefined ? null : new Date(value).getTime());
const HOUR = 3_600_000;
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

interface FigureRow {
  created_at: string | number | Date;
  first_response_at: string | number | Date | null;
  closed_at: string | number | Date | null;
  due_at: string | number | Date | null;
  request_status: string;
  closure_reason: string | null;
}

/**
 * The figures' definition over the rows of the window: what `dashboard` computes in SQL, kept as
 * the reference the tests hold the SQL to.
 */
export function responseFigures(rows: readonly FigureRow[]) {
  const firstResponse: number[] = [];
  const resolution: number[] = [];
  let withTarget = 0;
  let withinTarget = 0;
  for (const row of rows) {
    const created = time(row.created_at) as number;
    const responded = time(row.first_response_at);
    if (responded !== null) firstResponse.push((responded - created) / HOUR);
    const closed = time(row.closed_at);
    const resolved = closed !== null && (row.request_status === 'resolved' || row.request_status === 'closed') && row.closure_reason !== 'duplicate';
    if (!resolved) continue;
    resolution.push((closed - created) / HOUR);
    const due = time(row.due_at);
    if (due !== null) {
      withTarget += 1;
      if (closed <= due) withinTarget += 1;
    }
  }
  return {
    medianHoursToFirstResponse: round1(median(firstResponse)),
    medianHoursToResolution: round1(median(resolution)),
    resolvedWithinTarget: withTarget === 0 ? null : withinTarget / withTarget,
    resolved: resolution.length,
  };
}

const TABLE = 'service_requests';
/** Limits a query of requests to the staff member's divisions. */
type Scoped = (builder: Knex.QueryBuilder) => Knex.QueryBuilder;
/** Resolved: closed as resolved or closed (a duplicate is not a resolution; rejected is not either). */
const RESOLVED = "closed_at is not null and request_status in ('resolved', 'closed') and (closure_reason is null or closure_reason <> 'duplicate')";

const isPostgres = (knex: Knex) => knex.client.config.client === 'pg' || knex.client.config.client === 'postgres';

const countSchema = z.union([z.number(), z.string()]).transform(Number);
const weeklyRowSchema = z.object({ form_code: z.string(), week: countSchema, n: countSchema });
const totalsRowSchema = z.object({ received: countSchema, resolved: countSchema.nullable(), with_target: countSchema.nullable(), within_target: countSchema.nullable() });
const postgresRowSchema = totalsRowSchema.extend({
  response_low: countSchema.nullable(),
  response_high: countSchema.nullable(),
  resolution_low: countSchema.nullable(),
  resolution_high: countSchema.nullable(),
});

type Totals = z.infer<typeof totalsRowSchema>;
/** The one or two middle durations (milliseconds) of each median; none when nothing was measured. */
interface Middles {
  response: number[];
  resolution: number[];
}

const totalsColumns = (knex: Knex) => [
  knex.raw(`sum(case when ${RESOLVED} then 1 else 0 end) as resolved`),
  knex.raw(`sum(case when ${RESOLVED} and due_at is not null then 1 else 0 end) as with_target`),
  knex.raw(`sum(case when ${RESOLVED} and due_at is not null and closed_at <= due_at then 1 else 0 end) as within_target`),
];

/**
 * PostgreSQL: one pass over the covering index. The lower and upper middles are `percentile_disc(0.5)`
 * in ascending and descending order (equal for an odd count): ordered-set aggregates sort plain
 * numbers, where ranking a union with window functions costs several times more.
 */
async function figuresOnPostgres(knex: Knex, inWindow: () => Knex.QueryBuilder): Promise<{ totals: Totals; middles: Middles }> {
  const millis = (column: string) => `round(date_part('epoch', ${column} - created_at) * 1000)`;
  const middle = (column: string, direction: 'asc' | 'desc', filter: string, name: string) =>
    knex.raw(`percentile_disc(0.5) within group (order by ${millis(column)} ${direction}) filter (where ${filter}) as ${name}`);
  const row = await inWindow()
    .count({ received: '*' })
    .select(
      ...totalsColumns(knex),
      middle('first_response_at', 'asc', 'first_response_at is not null', 'response_low'),
      middle('first_response_at', 'desc', 'first_response_at is not null', 'response_high'),
      middle('closed_at', 'asc', RESOLVED, 'resolution_low'),
      middle('closed_at', 'desc', RESOLVED, 'resolution_high'),
    )
    .first();
  const parsed = postgresRowSchema.parse(row);
  const pair = (low: number | null, high: number | null) => (low === null || high === null ? [] : [low, high]);
  return { totals: parsed, middles: { response: pair(parsed.response_low, parsed.response_high), resolution: pair(parsed.resolution_low, parsed.resolution_high) } };
}

/**
 * SQLite (epoch milliseconds in the columns): the counts first, then each median's one or two middle
 * durations by LIMIT and OFFSET over the covering index. Window functions rank the same rows
 * several times slower in SQLite (temporary b-trees per window), and the unary `+` keeps the
 * planner on the created_at index instead of visiting every resolved row by status.
 */
async function figuresOnSqlite(knex: Knex, inWindow: () => Knex.QueryBuilder): Promise<{ totals: Totals; middles: Middles }> {
  const row = await inWindow()
    .count({ received: '*' })
    .select(...totalsColumns(knex), knex.raw('sum(case when first_response_at is not null then 1 else 0 end) as responded'))
    .first();
  const totals = totalsRowSchema.extend({ responded: countSchema.nullable() }).parse(row);
  const middlesOf = async (column: string, filter: string, count: number): Promise<number[]> => {
    if (count === 0) return [];
    const rows = await inWindow()
      .select(knex.raw(`(${column} - created_at) as duration`))
      .whereRaw(filter)
      .orderBy('duration')
      .offset(Math.floor((count - 1) / 2))
      .limit(count % 2 === 1 ? 1 : 2);
    return z.array(z.object({ duration: countSchema })).parse(rows).map((middle) => middle.duration);
  };
  const [response, resolution] = await Promise.all([
    middlesOf('first_response_at', 'first_response_at is not null', totals.responded ?? 0),
    middlesOf('closed_at', RESOLVED.replace('request_status in', '+request_status in'), totals.resolved ?? 0),
  ]);
  return { totals, middles: { response, resolution } };
}

/**
 * The window's figures, aggregated by the database: one row of counts and only the one or two
 * middle durations of each median, so a 100,000-request backlog sends a handful of values, not
 * the window's tens of thousands of rows. Equal to `responseFigures` over the window's rows (the
 * API tests compare the two on both databases).
 */
async function windowFigures(knex: Knex, scoped: Scoped, windowStart: Date) {
  const inWindow = () => scoped(knex(TABLE).where('created_at', '>=', windowStart));
  const { totals, middles } = await (isPostgres(knex) ? figuresOnPostgres(knex, inWindow) : figuresOnSqlite(knex, inWindow));
  // Hours first, then the mean of the middle two: the same arithmetic as `median` over every row.
  const middleHours = (values: number[]) => median(values.map((value) => value / HOUR));
  const withTarget = totals.with_target ?? 0;
  return {
    received: totals.received,
    medianHoursToFirstResponse: round1(middleHours(middles.response)),
    medianHoursToResolution: round1(middleHours(middles.resolution)),
    resolvedWithinTarget: withTarget === 0 ? null : (totals.within_target ?? 0) / withTarget,
    resolved: totals.resolved ?? 0,
  };
}

/** Requests received per week (the week's index, 0 the oldest) and service, counted by the database. */
async function weeklyCounts(knex: Knex, scoped: Scoped, weekStarts: readonly Date[]) {
  // Later weeks' starts as CASE bounds: a request belongs to the last week that started before it.
  const bounds = weekStarts.slice(1);
  const week = `case ${bounds.map((_, index) => `when created_at < ? then ${index}`).join(' ')} else ${bounds.length} end`;
  const rows = await scoped(knex(TABLE).where('created_at', '>=', weekStarts[0] as Date))
    .select('form_code', knex.raw(`${week} as week`, bounds), knex.raw('count(*) as n'))
    .groupBy('form_code', 'week');
  return z.array(weeklyRowSchema).parse(rows);
}

/** The supervisor's figures, over the divisions the scope sees (a supervisor: all). */
export async function dashboard(strapi: Core.Strapi, scope: Scope, now = new Date()): Promise<Dashboard> {
  const knex = strapi.db.connection;
  const zone = (await cityCalendar(strapi))?.timeZone ?? 'UTC';
  const firstWeek = DateTime.fromJSDate(now, { zone }).startOf('week').minus({ weeks: WEEKS - 1 });
  const weekStarts = Array.from({ length: WEEKS }, (_, index) => firstWeek.plus({ weeks: index }));
  const windowStart = DateTime.fromJSDate(now).minus({ days: WINDOW_DAYS }).toJSDate();
  const scoped: Scoped = (builder) => withinScope(builder, scope, 'division_key');

  const [weeklyRows, figures, counts, names] = await Promise.all([
    weeklyCounts(knex, scoped, weekStarts.map((week) => week.toJSDate())),
    windowFigures(knex, scoped, windowStart),
    divisionCounts(strapi, scope, now),
    namesFor(strapi, scope.language),
  ]);
  return {
    weekly: weeklyRows
      .map((row) => ({ week: weekStarts[row.week]?.toISODate() ?? '', serviceTitle: nameOf(names.services, row.form_code, row.form_code), count: row.n }))
      .sort((a, b) => a.week.localeCompare(b.week) || a.serviceTitle.localeCompare(b.serviceTitle)),
    openByDivision: counts.map((count) => ({ divisionName: nameOf(names.divisions, count.divisionKey, count.divisionKey || '—'), open: count.open, overdue: count.overdue })),
    medianHoursToFirstResponse: figures.medianHoursToFirstResponse,
    medianHoursToResolution: figures.medianHoursToResolution,
    resolvedWithinTarget: figures.resolvedWithinTarget,
    totals: {
      received: figures.received,
      resolved: figures.resolved,
      open: counts.reduce((sum, count) => sum + count.open, 0),
      overdue: counts.reduce((sum, count) => sum + count.overdue, 0),
    },
  };
}
