import { isRealDate } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import { open311Message } from './messages';
import { OPEN311_STATUSES, type Open311Status } from './spec';
import { OPEN311_MAX_RESULTS, type Open311ParameterError } from './submission';

/**
 * `GET requests`: the search parameters of GeoReport v2, checked. `service_request_id` (a comma
 * list) overrides every other filter. Otherwise the search covers `start_date` to `end_date`, at
 * most 90 days apart; a missing end is 90 days after the start (or now), a missing start 90 days
 * before the end. At most 100 requests come back, newest first.
 */
export const OPEN311_MAX_RANGE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Open311RequestQuery =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'search'; serviceCodes?: string[]; statuses?: Open311Status[]; start: Date; end: Date; limit: number };

/** W3C/ISO 8601 date and time with a time zone, or a bare date (midnight UTC). */
const DATETIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2})))?$/;

/** A date parameter as an instant, or undefined when it is not a real ISO 8601 date and time with a zone. */
export function parseOpen311Datetime(text: string): Date | undefined {
  const match = DATETIME.exec(text.trim());
  if (!match || !isRealDate(match[1] ?? '')) return undefined;
  if (match[2] !== undefined) {
    const [hours, minutes, seconds] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
    if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
    if (match[6] !== undefined && (Number(match[6]) > 14 || Number(match[7]) > 59)) return undefined;
  }
  const normalized = match[2] === undefined ? `${match[1]}T00:00:00Z` : text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(normalized);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function list(value: unknown): string[] | undefined {
  const parts = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
  const items = parts.flatMap((part) => part.split(',')).map((item) => item.trim()).filter(Boolean);
  return items.length > 0 ? [...new Set(items)] : undefined;
}

export function readRequestQuery(
  query: Record<string, unknown>,
  locale: Locale,
  now: Date = new Date(),
): { success: true; data: Open311RequestQuery } | { success: false; errors: Open311ParameterError[] } {
  const errors: Open311ParameterError[] = [];
  const ids = list(query.service_request_id);
  if (ids) {
    if (ids.length > OPEN311_MAX_RESULTS) return { success: false, errors: [{ field: 'service_request_id', message: open311Message(locale, 'ids.tooMany', { max: OPEN311_MAX_RESULTS }) }] };
    return { success: true, data: { kind: 'ids', ids } };
  }

  const date = (name: 'start_date' | 'end_date'): Date | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    const parsed = typeof value === 'string' ? parseOpen311Datetime(value) : undefined;
    if (!parsed) errors.push({ field: name, message: open311Message(locale, 'date.invalid', { value: name }) });
    return parsed;
  };
  const startGiven = date('start_date');
  const endGiven = date('end_date');
  const range = OPEN311_MAX_RANGE_DAYS * DAY_MS;
  const end = endGiven ?? (startGiven ? new Date(Math.min(startGiven.getTime() + range, Math.max(now.getTime(), startGiven.getTime()))) : now);
  const start = startGiven ?? new Date(end.getTime() - range);
  if (errors.length === 0) {
    if (start.getTime() > end.getTime()) errors.push({ field: 'start_date', message: open311Message(locale, 'date.order') });
    else if (end.getTime() - start.getTime() > range) errors.push({ field: 'end_date', message: open311Message(locale, 'date.range', { max: OPEN311_MAX_RANGE_DAYS }) });
  }

  const statusList = list(query.status);
  if (statusList && !statusList.every((status) => (OPEN311_STATUSES as readonly string[]).includes(status))) {
    errors.push({ field: 'status', message: open311Message(locale, 'status.invalid') });
  }

  if (errors.length > 0) return { success: false, errors };
  return {
    success: true,
    data: { kind: 'search', serviceCodes: list(query.service_code), statuses: statusList as Open311Status[] | undefined, start, end, limit: OPEN311_MAX_RESULTS },
  };
}
