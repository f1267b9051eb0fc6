import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
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

/** The pure part: response and resolution figures from the rows of the window. */
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

/** The supervisor's figures, over the divisions the scope sees (a supervisor: all). */
export async function dashboard(strapi: Core.Strapi, scope: Scope, now = new Date()): Promise<Dashboard> {
  const knex = strapi.db.connection;
  const zone = (await cityCalendar(strapi))?.timeZone ?? 'UTC';
  const firstWeek = DateTime.fromJSDate(now, { zone }).startOf('week').minus({ weeks: WEEKS - 1 });
  const windowStart = DateTime.fromJSDate(now).minus({ days: WINDOW_DAYS }).toJSDate();
  const scoped = <T extends { whereIn(column: string, values: readonly string[]): T }>(builder: T): T => withinScope(builder, scope, 'division_key');

  const [weeklyRows, figureRows, counts, names] = await Promise.all([
    scoped(knex('service_requests').select('created_at', 'form_code').where('created_at', '>=', firstWeek.toJSDate())) as Promise<{ created_at: string | number | Date; form_code: string }[]>,
    scoped(
      knex('service_requests')
        .select('created_at', 'first_response_at', 'closed_at', 'due_at', 'request_status', 'closure_reason')
        .where('created_at', '>=', windowStart),
    ) as Promise<FigureRow[]>,
    divisionCounts(strapi, scope, now),
    namesFor(strapi, scope.language),
  ]);

  // The weeks' first instants, computed once: each row then needs a comparison, not a date library call.
  const weekStarts = Array.from({ length: WEEKS }, (_, index) => firstWeek.plus({ weeks: index }));
  const startMillis = weekStarts.map((week) => week.toMillis());
  const weekOf = (millis: number): string => {
    let index = WEEKS - 1;
    while (index > 0 && millis < (startMillis[index] as number)) index -= 1;
    return weekStarts[index]?.toISODate() ?? '';
  };
  const weekly = new Map<string, number>();
  for (const row of weeklyRows) {
    const key = `${weekOf(time(row.created_at) as number)}\u0000${row.form_code}`;
    weekly.set(key, (weekly.get(key) ?? 0) + 1);
  }
  const figures = responseFigures(figureRows);
  return {
    weekly: [...weekly.entries()]
      .map(([key, count]) => {
        const [week = '', code = ''] = key.split('\u0000');
        return { week, serviceTitle: nameOf(names.services, code, code), count };
      })
      .sort((a, b) => a.week.localeCompare(b.week) || a.serviceTitle.localeCompare(b.serviceTitle)),
    openByDivision: counts.map((count) => ({ divisionName: nameOf(names.divisions, count.divisionKey, count.divisionKey || '—'), open: count.open, overdue: count.overdue })),
    medianHoursToFirstResponse: figures.medianHoursToFirstResponse,
    medianHoursToResolution: figures.medianHoursToResolution,
    resolvedWithinTarget: figures.resolvedWithinTarget,
    totals: {
      received: figureRows.length,
      resolved: figures.resolved,
      open: counts.reduce((sum, count) => sum + count.open, 0),
      overdue: counts.reduce((sum, count) => sum + count.overdue, 0),
    },
  };
}
