import { z } from 'zod';
import { BLOCKING_RULES, WARNING_RULES } from '@city/shared/publish-checks';

/**
 * What the side panel, the Scheduled page and the server say to each other: one schema per
 * message. Statuses and error codes travel as keys; the admin words them in its language.
 */
export const PLUGIN_ID = 'scheduling';

/** The types an editor may schedule (the four; the global settings are published by hand). */
export const SCHEDULABLE_UIDS = ['api::department.department', 'api::service.service', 'api::page.page', 'api::alert.alert'] as const;
export type SchedulableUid = (typeof SCHEDULABLE_UIDS)[number];
export const isSchedulable = (uid: string): uid is SchedulableUid => (SCHEDULABLE_UIDS as readonly string[]).includes(uid);

export const SCHEDULE_ACTIONS = ['publish', 'unpublish'] as const;
/** pending: waiting for its time (or its next try); running: claimed by one CMS; done; failed: gave up; cancelled. */
export const SCHEDULE_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** A new schedule: the date and time as the editor reads them on the city's clock. */
export const createScheduleSchema = z.object({
  uid: z.enum(SCHEDULABLE_UIDS),
  documentId: z.string().min(1).max(100),
  locale: z.string().min(2).max(20),
  action: z.enum(SCHEDULE_ACTIONS),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});
export type CreateSchedule = z.infer<typeof createScheduleSchema>;

/** Why a new schedule is refused, per field: `past` (the time has gone), `notFound` (no such entry), `invalid`. */
export const SCHEDULE_ERROR_CODES = ['required', 'invalid', 'past', 'notFound', 'nonexistentTime'] as const;
export const scheduleErrorSchema = z.object({
  errors: z.array(z.object({ field: z.string(), code: z.enum(SCHEDULE_ERROR_CODES) })),
});
export type ScheduleError = z.infer<typeof scheduleErrorSchema>;

/** A problem the checks before publishing found (@city/shared/publish-checks' Finding): the admin words it in its language. */
export const checkFindingSchema = z.object({
  rule: z.enum([...BLOCKING_RULES, ...WARNING_RULES]),
  field: z.string(),
  path: z.array(z.number()),
  excerpt: z.string(),
  params: z.record(z.union([z.string(), z.number()])),
});

export const scheduleSchema = z.object({
  id: z.number(),
  uid: z.string(),
  documentId: z.string(),
  locale: z.string(),
  /** The entry's title or name as it is now; empty when the entry was deleted. */
  label: z.string(),
  action: z.enum(SCHEDULE_ACTIONS),
  runAt: z.string(),
  status: z.enum(SCHEDULE_STATUSES),
  attempts: z.number(),
  maxAttempts: z.number(),
  /** When a failed try is tried again (pending after a failure). */
  nextAttemptAt: z.string().nullable(),
  /** The last failure, in the words the CMS gave (a publish check names the problem). */
  lastError: z.string().nullable(),
  /** When the checks before publishing refused the last try: what they found, to word in the admin's language. */
  lastErrorFindings: z.array(checkFindingSchema).nullable(),
  doneAt: z.string().nullable(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const scheduleListSchema = z.object({
  /** The city's time zone: every time is shown on its clock. */
  timeZone: z.string(),
  schedules: z.array(scheduleSchema),
});
export type ScheduleList = z.infer<typeof scheduleListSchema>;

/** The side panel's filter; the Scheduled page lists every entry's. */
export const listQuerySchema = z.object({
  uid: z.enum(SCHEDULABLE_UIDS).optional(),
  documentId: z.string().min(1).max(100).optional(),
  locale: z.string().min(2).max(20).optional(),
});
