import type { Core, UID } from '@strapi/strapi';
import { checkFindingSchema, type CreateSchedule, type Schedule, type ScheduleError, type ScheduleStatus, type SchedulableUid } from '../../contract';
import { cityCalendar } from '../../../../lib/city-calendar';
import { cityTimeToInstant } from './city-time';
import { SCHEDULE_UID } from './names';
import { retrySettings } from './retry';

/** The time zone when the city has no calendar yet: the calendar type's own default. */
const FALLBACK_TIME_ZONE = 'America/New_York';

export async function cityTimeZone(strapi: Core.Strapi): Promise<string> {
  return (await cityCalendar(strapi))?.timeZone ?? FALLBACK_TIME_ZONE;
}

interface StoredSchedule {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  targetLocale: string;
  action: 'publish' | 'unpublish';
  runAt: Date | string;
  scheduleStatus: ScheduleStatus;
  attempts: number | null;
  nextAttemptAt: Date | string | null;
  lastError: string | null;
  lastErrorFindings: unknown;
  doneAt: Date | string | null;
}

const rows = (strapi: Core.Strapi) => strapi.db.query(SCHEDULE_UID as UID.Schema);
const iso = (value: Date | string | null) => (value === null || value === undefined ? null : new Date(value).toISOString());

/** The entry's title or name in that language, read from its draft (what the editor sees in the list). */
async function labelOf(strapi: Core.Strapi, uid: string, documentId: string, locale: string): Promise<string | null> {
  const entry = (await strapi.documents(uid as UID.ContentType).findOne({ documentId, locale })) as Record<string, unknown> | null;
  if (!entry) return null;
  const label = entry.title ?? entry.name ?? entry.message;
  return typeof label === 'string' && label ? label.slice(0, 120) : documentId;
}

export type CreateOutcome = { ok: true; schedule: Schedule } | { ok: false; errors: ScheduleError['errors'] };

/** Stores a schedule after checking that the entry exists and that the time is still ahead. */
export async function createSchedule(strapi: Core.Strapi, input: CreateSchedule, userId: number, now: Date): Promise<CreateOutcome> {
  const instant = cityTimeToInstant(input.date, input.time, await cityTimeZone(strapi));
  if (instant === 'invalid') return { ok: false, errors: [{ field: 'date', code: 'invalid' }] };
  if (instant === 'nonexistent') return { ok: false, errors: [{ field: 'time', code: 'nonexistentTime' }] };
  if (instant.getTime() <= now.getTime()) return { ok: false, errors: [{ field: 'time', code: 'past' }] };
  if ((await labelOf(strapi, input.uid, input.documentId, input.locale)) === null) return { ok: false, errors: [{ field: 'documentId', code: 'notFound' }] };
  const created = (await rows(strapi).create({
    data: {
      targetUid: input.uid,
      targetDocumentId: input.documentId,
      targetLocale: input.locale,
      action: input.action,
      runAt: instant,
      nextAttemptAt: instant,
      scheduleStatus: 'pending',
      attempts: 0,
      createdByUserId: userId,
    },
  })) as StoredSchedule;
  return { ok: true, schedule: await present(strapi, created) };
}

/** The stored findings, or null when there are none or they are not findings (an older row, a hand edit). */
const findingsOf = (value: unknown) => {
  const parsed = checkFindingSchema.array().nonempty().safeParse(value);
  return parsed.success ? parsed.data : null;
};

async function present(strapi: Core.Strapi, row: StoredSchedule, labels = new Map<string, string | null>()): Promise<Schedule> {
  const key = `${row.targetUid}|${row.targetDocumentId}|${row.targetLocale}`;
  if (!labels.has(key)) labels.set(key, await labelOf(strapi, row.targetUid, row.targetDocumentId, row.targetLocale));
  return {
    id: row.id,
    uid: row.targetUid,
    documentId: row.targetDocumentId,
    locale: row.targetLocale,
    label: labels.get(key) ?? '',
    action: row.action,
    runAt: iso(row.runAt) ?? '',
    status: row.scheduleStatus,
    attempts: row.attempts ?? 0,
    maxAttempts: retrySettings().maxAttempts,
    nextAttemptAt: row.scheduleStatus === 'pending' && (row.attempts ?? 0) > 0 ? iso(row.nextAttemptAt) : null,
    lastError: row.lastError,
    lastErrorFindings: findingsOf(row.lastErrorFindings),
    doneAt: iso(row.doneAt),
  };
}

export interface ListFilter {
  uids: readonly SchedulableUid[];
  documentId?: string;
  locale?: string;
}

/**
 * What is scheduled, failed, or ran in the last week, soonest first; limited to the types the
 * reader may publish. Cancelled schedules are not listed.
 */
export async function listSchedules(strapi: Core.Strapi, filter: ListFilter, now: Date): Promise<Schedule[]> {
  if (filter.uids.length === 0) return [];
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3_600_000);
  const found = (await rows(strapi).findMany({
    where: {
      targetUid: { $in: [...filter.uids] },
      ...(filter.documentId ? { targetDocumentId: filter.documentId } : {}),
      ...(filter.locale ? { targetLocale: filter.locale } : {}),
      $or: [{ scheduleStatus: { $in: ['pending', 'running', 'failed'] } }, { scheduleStatus: 'done', doneAt: { $gte: weekAgo } }],
    },
    orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
    limit: 500,
  })) as StoredSchedule[];
  const labels = new Map<string, string | null>();
  const schedules: Schedule[] = [];
  for (const row of found) schedules.push(await present(strapi, row, labels));
  return schedules;
}

export async function findSchedule(strapi: Core.Strapi, id: number): Promise<StoredSchedule | null> {
  return (await rows(strapi).findOne({ where: { id } })) as StoredSchedule | null;
}

/** Cancels a schedule that has not run; false when it already ran or is running. */
export async function cancelSchedule(strapi: Core.Strapi, id: number): Promise<boolean> {
  const { count } = (await rows(strapi).updateMany({ where: { id, scheduleStatus: { $in: ['pending', 'failed'] } }, data: { scheduleStatus: 'cancelled' } })) as { count: number };
  return count === 1;
}

/** Tries a failed schedule again at the next tick, with a fresh count of attempts. */
export async function retrySchedule(strapi: Core.Strapi, id: number, now: Date): Promise<boolean> {
  const { count } = (await rows(strapi).updateMany({ where: { id, scheduleStatus: 'failed' }, data: { scheduleStatus: 'pending', attempts: 0, nextAttemptAt: now } })) as { count: number };
  return count === 1;
}
