import { DateTime } from 'luxon';

/**
 * The arithmetic of the public "How we're doing" figures, kept apart from the database so each
 * rule can be tested on its own. Definitions (also in the README):
 * - received: requests created in the month (every status, duplicates included);
 * - resolved: requests closed in the month (`closedAt` set) with status resolved or closed, except
 *   those closed as duplicates: a duplicate is not a resolution;
 * - median days to resolve: the median of (closedAt − createdAt) over the month's resolved requests,
 *   in days with one decimal;
 * - within target: among the month's resolved requests that have a due time, the share closed at or
 *   before it.
 * Months are calendar months in the city's time zone: the last 12 full months and the current one.
 */
export const MONTHS_SHOWN = 13;
const DAY_MS = 86_400_000;

/** The median of some numbers; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds as days, one decimal. */
export function daysOneDecimal(milliseconds: number): number {
  return Math.round((milliseconds / DAY_MS) * 10) / 10;
}

/** The share (0 to 1) of `measured` that met the target; null when nothing could be measured. */
export function shareWithinTarget(within: number, measured: number): number | null {
  if (measured <= 0) return null;
  return Math.min(1, Math.max(0, within / measured));
}

export interface MonthWindow {
  /** `YYYY-MM`, oldest first; the last is the current month. */
  months: string[];
  /** The UTC instants at which each month starts, then the instant the current one ends: one more than months. */
  boundaries: Date[];
}

/** The months shown at `now` in `timeZone`, with their starts as instants. */
export function monthWindow(now: Date, timeZone: string, count = MONTHS_SHOWN): MonthWindow {
  const current = DateTime.fromJSDate(now, { zone: timeZone }).startOf('month');
  if (!current.isValid) throw new Error(`Not a time zone: ${timeZone}`);
  const first = current.minus({ months: count - 1 });
  const starts = Array.from({ length: count + 1 }, (_, index) => first.plus({ months: index }));
  return {
    months: starts.slice(0, count).map((start) => start.toFormat('yyyy-MM')),
    boundaries: starts.map((start) => start.toJSDate()),
  };
}

/** The index of the month `instant` falls in, or -1 outside the window. */
export function monthIndex(window: MonthWindow, instant: Date): number {
  const at = instant.getTime();
  if (at < window.boundaries[0]!.getTime()) return -1;
  for (let index = 0; index < window.months.length; index += 1) {
    if (at < window.boundaries[index + 1]!.getTime()) return index;
  }
  return -1;
}

export interface MonthFigures {
  month: string;
  received: number;
  resolved: number;
  medianDaysToResolve: number | null;
  /** Resolved requests that had a due time. */
  resolvedWithTarget: number;
  /** Of those, closed at or before it. */
  resolvedWithinTarget: number;
  shareWithinTarget: number | null;
}

/** What the database gives per form and month (by index in the window). */
export interface ReceivedCount {
  formCode: string;
  month: number;
  count: number;
}
export interface ResolvedCount {
  formCode: string;
  month: number;
  resolved: number;
  withTarget: number;
  withinTarget: number;
}
/** One of the one or two middle durations of a form's month. */
export interface MiddleDuration {
  formCode: string;
  month: number;
  milliseconds: number;
}

/** Every form's row for each month of the window, zeros included, from the database's counts. */
export function assembleFigures(window: MonthWindow, received: readonly ReceivedCount[], resolved: readonly ResolvedCount[], middles: readonly MiddleDuration[]): Map<string, MonthFigures[]> {
  const byForm = new Map<string, MonthFigures[]>();
  const rowsOf = (formCode: string): MonthFigures[] => {
    let rows = byForm.get(formCode);
    if (!rows) {
      rows = window.months.map((month) => ({ month, received: 0, resolved: 0, medianDaysToResolve: null, resolvedWithTarget: 0, resolvedWithinTarget: 0, shareWithinTarget: null }));
      byForm.set(formCode, rows);
    }
    return rows;
  };
  const inWindow = (month: number) => Number.isInteger(month) && month >= 0 && month < window.months.length;
  for (const row of received) if (inWindow(row.month)) rowsOf(row.formCode)[row.month]!.received += row.count;
  for (const row of resolved) {
    if (!inWindow(row.month)) continue;
    const figures = rowsOf(row.formCode)[row.month]!;
    figures.resolved += row.resolved;
    figures.resolvedWithTarget += row.withTarget;
    figures.resolvedWithinTarget += row.withinTarget;
    figures.shareWithinTarget = shareWithinTarget(figures.resolvedWithinTarget, figures.resolvedWithTarget);
  }
  const middleValues = new Map<string, number[]>();
  for (const row of middles) {
    if (!inWindow(row.month)) continue;
    const key = `${row.month}\u0000${row.formCode}`;
    middleValues.set(key, [...(middleValues.get(key) ?? []), row.milliseconds]);
  }
  for (const [key, values] of middleValues) {
    const [month, formCode] = key.split('\u0000') as [string, string];
    const middle = median(values);
    if (middle !== null) rowsOf(formCode)[Number(month)]!.medianDaysToResolve = daysOneDecimal(middle);
  }
  return byForm;
}
