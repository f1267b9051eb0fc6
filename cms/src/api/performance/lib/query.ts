import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { assembleFigures, monthWindow, type MiddleDuration, type MonthFigures, type MonthWindow, type ReceivedCount, type ResolvedCount } from './figures';

/**
 * The aggregates behind the public performance page, counted by the database: only form codes,
 * month numbers, counts and the one or two middle durations of each form's month leave it, never a
 * request. Same SQL on SQLite and PostgreSQL but for the length of a duration (SQLite keeps instants
 * as epoch milliseconds). Months are cut at instants computed in the city's time zone, so no
 * database needs time zone support.
 */
type Knex = Core.Strapi['db']['connection'];
type QueryBuilder = ReturnType<Knex['queryBuilder']>;

const TABLE = 'service_requests';
/** A duplicate is closed, not resolved. */
const RESOLVED_STATUSES = ['resolved', 'closed'];
const NOT_A_RESOLUTION = 'duplicate';

const count = z.union([z.number(), z.string(), z.bigint()]).transform(Number);
const receivedRow = z.object({ form_code: z.string(), month: count, n: count });
const resolvedRow = z.object({ form_code: z.string(), month: count, resolved: count, with_target: count, within_target: count });
const middleRow = z.object({ form_code: z.string(), month: count, duration: count });

/** `CASE` giving the index of the month an instant column falls in; the caller keeps rows inside the window. */
function monthOf(column: string, window: MonthWindow): { sql: string; bindings: Date[] } {
  const inner = window.boundaries.slice(1, -1);
  const sql = `CASE ${inner.map((_, index) => `WHEN ${column} < ? THEN ${index}`).join(' ')} ELSE ${inner.length} END`;
  return { sql, bindings: inner };
}

function isPostgres(knex: Knex): boolean {
  return knex.client.config.client === 'postgres' || knex.client.config.client === 'pg';
}

async function countReceived(knex: Knex, window: MonthWindow): Promise<ReceivedCount[]> {
  const month = monthOf('created_at', window);
  const rows = await knex
    .select('form_code', knex.raw(`${month.sql} AS month`, month.bindings), knex.raw('COUNT(*) AS n'))
    .from(TABLE)
    .where('created_at', '>=', window.boundaries[0]!)
    .andWhere('created_at', '<', window.boundaries.at(-1)!)
    .groupBy('form_code', 'month');
  return z
    .array(receivedRow)
    .parse(rows)
    .map((row) => ({ formCode: row.form_code, month: row.month, count: row.n }));
}

/** Requests resolved in the window: the rows both resolved figures read. */
function resolvedInWindow(knex: Knex, window: MonthWindow): QueryBuilder {
  return knex(TABLE)
    .where('closed_at', '>=', window.boundaries[0]!)
    .andWhere('closed_at', '<', window.boundaries.at(-1)!)
    .whereIn('request_status', RESOLVED_STATUSES)
    .andWhere((where) => where.whereNull('closure_reason').orWhereNot('closure_reason', NOT_A_RESOLUTION));
}

async function countResolved(knex: Knex, window: MonthWindow): Promise<ResolvedCount[]> {
  const month = monthOf('closed_at', window);
  const rows = await resolvedInWindow(knex, window)
    .select(
      'form_code',
      knex.raw(`${month.sql} AS month`, month.bindings),
      knex.raw('COUNT(*) AS resolved'),
      knex.raw('SUM(CASE WHEN due_at IS NOT NULL THEN 1 ELSE 0 END) AS with_target'),
      knex.raw('SUM(CASE WHEN due_at IS NOT NULL AND closed_at <= due_at THEN 1 ELSE 0 END) AS within_target'),
    )
    .groupBy('form_code', 'month');
  return z
    .array(resolvedRow)
    .parse(rows)
    .map((row) => ({ formCode: row.form_code, month: row.month, resolved: row.resolved, withTarget: row.with_target, withinTarget: row.within_target }));
}

/** The one or two middle durations of each form's month, ranked by the database (window functions: SQLite 3.25+, PostgreSQL). */
async function middleDurations(knex: Knex, window: MonthWindow): Promise<MiddleDuration[]> {
  const month = monthOf('closed_at', window);
  const duration = isPostgres(knex) ? 'EXTRACT(EPOCH FROM (closed_at - created_at)) * 1000' : '(closed_at - created_at)';
  const resolved = resolvedInWindow(knex, window).select('form_code', knex.raw(`${month.sql} AS month`, month.bindings), knex.raw(`${duration} AS duration`));
  const ranked = knex
    .select(
      'form_code',
      'month',
      'duration',
      knex.raw('ROW_NUMBER() OVER (PARTITION BY form_code, month ORDER BY duration) AS position'),
      knex.raw('COUNT(*) OVER (PARTITION BY form_code, month) AS total'),
    )
    .from(resolved.as('resolved'));
  const rows = await knex
    .select('form_code', 'month', 'duration')
    .from(ranked.as('ranked'))
    .whereRaw('position IN ((total + 1) / 2, (total + 2) / 2)');
  return z
    .array(middleRow)
    .parse(rows)
    .map((row) => ({ formCode: row.form_code, month: row.month, milliseconds: row.duration }));
}

/** Each form code's figures for every month shown at `now`. */
export async function figuresByForm(strapi: Core.Strapi, now: Date, timeZone: string): Promise<{ months: string[]; byForm: Map<string, MonthFigures[]> }> {
  const knex = strapi.db.connection;
  const window = monthWindow(now, timeZone);
  const [received, resolved, middles] = await Promise.all([countReceived(knex, window), countResolved(knex, window), middleDurations(knex, window)]);
  return { months: window.months, byForm: assembleFigures(window, received, resolved, middles) };
}

/**
 * What the three reads filter and group by. Covering indexes: each read is answered from its
 * index alone, without visiting the table's wide rows (answers, snapshots).
 */
export async function ensurePerformanceIndexes(strapi: Core.Strapi): Promise<void> {
  const indexes = [
    ['service_requests_received_idx', 'created_at, form_code'],
    ['service_requests_closed_idx', 'closed_at, form_code, request_status, closure_reason, created_at, due_at'],
  ];
  for (const [name, columns] of indexes) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${TABLE} (${columns})`);
  }
}
