import { z } from 'zod';
import { CLOSURE_REASONS, HISTORY_KINDS, REQUEST_CHANNELS, REQUEST_STATUSES } from '@city/shared/forms';

export { CLOSURE_REASONS, HISTORY_KINDS };

/**
 * What the Requests desk's admin page and its server say to each other: one schema per message,
 * read by both sides (the server validates what comes in, the page types what it reads). Keys
 * (statuses, priorities, closure reasons) travel as keys; the page words them in the admin's
 * language. Names (services, divisions, people) travel as names.
 */

export const PLUGIN_ID = 'requests-desk';

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/** Statuses that end a request; the others are open. */
export const CLOSED_STATUSES = ['resolved', 'closed', 'rejected'] as const;
export const OPEN_STATUSES = REQUEST_STATUSES.filter((status) => !(CLOSED_STATUSES as readonly string[]).includes(status));
export const QUEUES = ['all', 'mine', 'unassigned'] as const;
export const SORTS = ['createdAt', 'dueAt', 'priority', 'reference', 'requestStatus'] as const;

const reference = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2,6}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'reference');
/** A day that exists in the calendar: 2026-02-31 is refused, not read as an invalid date by the SQL. */
const day = z.string().refine((value) => {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}, 'date');
/** PostgreSQL cannot store or compare a NUL character: refused as input, never a 500. */
const withoutNul = (value: string) => !value.includes('\u0000');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'tooLong')
    .refine(withoutNul)
    .optional()
    .transform((value) => value || undefined);
/** An http(s) address: one check, so a bad link is one error. */
function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
const emptyAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/** The list's filters, as the page keeps them in its URL. */
export const queueQuerySchema = z.object({
  queue: z.enum(QUEUES).default('all'),
  division: z.preprocess(emptyAsUndefined, z.string().max(60).refine(withoutNul).optional()),
  /** A status, or `open` for every status that is not final. */
  status: z.preprocess(emptyAsUndefined, z.enum([...REQUEST_STATUSES, 'open']).optional()),
  /** A service form's code. */
  service: z.preprocess(emptyAsUndefined, z.string().max(60).refine(withoutNul).optional()),
  // An admin user's id: at most PostgreSQL's integer, which a bigger number would overflow (a 500).
  assignee: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().max(2147483647).optional()),
  priority: z.preprocess(emptyAsUndefined, z.enum(PRIORITIES).optional()),
  overdue: z.preprocess((value) => value === 'true' || value === true, z.boolean()).default(false),
  from: z.preprocess(emptyAsUndefined, day.optional()),
  to: z.preprocess(emptyAsUndefined, day.optional()),
  /** A reference, or part of the resident's name or email. */
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(120).refine(withoutNul).optional()),
  sort: z.enum(SORTS).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export const personSchema = z.object({ id: z.number(), name: z.string() });
export type Person = z.infer<typeof personSchema>;

export const queueItemSchema = z.object({
  reference: z.string(),
  status: z.enum(REQUEST_STATUSES),
  priority: z.enum(PRIORITIES),
  serviceTitle: z.string(),
  divisionName: z.string(),
  assignee: personSchema.nullable(),
  residentName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueCountsSchema = z.object({
  divisionKey: z.string(),
  divisionName: z.string(),
  new: z.number(),
  open: z.number(),
  overdue: z.number(),
  waiting: z.number(),
});
export type QueueCounts = z.infer<typeof queueCountsSchema>;

export const queueResponseSchema = z.object({
  items: z.array(queueItemSchema),
  pagination: z.object({ page: z.number(), pageSize: z.number(), total: z.number(), pageCount: z.number() }),
  /** One row per division the user may see. */
  counts: z.array(queueCountsSchema),
  /** Open requests assigned to the user. */
  mine: z.number(),
});
export type QueueResponse = z.infer<typeof queueResponseSchema>;

/** What the page needs to build its filters and menus. */
export const deskMetaSchema = z.object({
  me: personSchema,
  supervisor: z.boolean(),
  divisions: z.array(z.object({ key: z.string(), name: z.string() })),
  services: z.array(z.object({ code: z.string(), title: z.string() })),
  /** Who a request can be assigned to (within the user's divisions). */
  staff: z.array(personSchema),
});
export type DeskMeta = z.infer<typeof deskMetaSchema>;

export const answerSchema = z.object({
  label: z.string(),
  /** The answer as text, one entry per line or per chosen option; empty when not answered. */
  lines: z.array(z.string()),
  files: z.array(z.object({ name: z.string(), size: z.number(), type: z.string(), url: z.string().nullable() })),
});
export type Answer = z.infer<typeof answerSchema>;

export const timelineEntrySchema = z.object({
  kind: z.enum(HISTORY_KINDS),
  status: z.enum(REQUEST_STATUSES),
  at: z.string(),
  /** Who made the change: a staff member (named in `by`), the resident, or the system. */
  actor: z.enum(['staff', 'resident', 'system']),
  /** The staff member's name; null for the resident and the system. */
  by: z.string().nullable(),
  publicNote: z.string().nullable(),
  internalNote: z.string().nullable(),
  detail: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const replyTemplateSchema = z.object({ id: z.string(), title: z.string(), body: z.string() });
export type ReplyTemplate = z.infer<typeof replyTemplateSchema>;

export const requestDetailSchema = z.object({
  reference: z.string(),
  status: z.enum(REQUEST_STATUSES),
  priority: z.enum(PRIORITIES),
  channel: z.enum(REQUEST_CHANNELS),
  /** The resident's language, as its name in the staff member's language. */
  languageName: z.string(),
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  serviceTitle: z.string(),
  divisionName: z.string(),
  assignee: personSchema.nullable(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }),
  answers: z.array(answerSchema),
  closure: z
    .object({ reason: z.enum(CLOSURE_REASONS), detail: z.string().nullable(), referralUrl: z.string().nullable() })
    .nullable(),
  /** The request this one duplicates. */
  duplicateOf: z.string().nullable(),
  /** Requests marked as duplicates of this one. */
  duplicates: z.array(z.string()),
  timeline: z.array(timelineEntrySchema),
  /** Reply templates for this service in the resident's language. */
  templates: z.array(replyTemplateSchema),
  /** Files the resident added later (replies), beyond the form's answers. */
  otherFiles: z.array(z.object({ name: z.string(), size: z.number(), type: z.string(), url: z.string().nullable() })),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

const publicNote = optionalText(5000);
const internalNote = optionalText(5000);

/** One action on one request. */
export const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assign'), assigneeId: z.number().int().positive().nullable() }),
  z.object({ type: z.literal('status'), status: z.enum(REQUEST_STATUSES), publicNote, internalNote }),
  z.object({ type: z.literal('note'), publicNote, internalNote }),
  z.object({ type: z.literal('priority'), priority: z.enum(PRIORITIES) }),
  z.object({
    type: z.literal('close'),
    reason: z.enum(['fixed', 'no_action', 'referred']),
    /** Required for no_action (why) and referred (to whom). */
    detail: optionalText(1000),
    // A web address only: the desk shows it as a link, and javascript: or data: would run there.
    referralUrl: z.preprocess(emptyAsUndefined, z.string().trim().max(500).refine(isWebAddress, 'url').optional()),
    publicNote,
  }),
  z.object({ type: z.literal('duplicate'), of: reference, publicNote }),
]);
export type DeskAction = z.infer<typeof actionSchema>;

/** The actions that make sense on many requests at once. */
export const bulkSchema = z.object({
  references: z.array(reference).min(1).max(100),
  action: z.discriminatedUnion('type', [
    z.object({ type: z.literal('assign'), assigneeId: z.number().int().positive().nullable() }),
    z.object({ type: z.literal('status'), status: z.enum(REQUEST_STATUSES), publicNote, internalNote }),
    z.object({ type: z.literal('duplicate'), of: reference, publicNote }),
  ]),
});
export type BulkAction = z.infer<typeof bulkSchema>;

export const bulkResultSchema = z.object({
  done: z.array(z.string()),
  failed: z.array(z.object({ reference: z.string(), error: z.string() })),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

/**
 * A refused action: `field` names the input, `code` a message key the page words
 * (required, tooLong, url, reference, notFound, sameRequest, notAllowed, closedAlready, nothingToDo).
 */
export const deskErrorSchema = z.object({ errors: z.array(z.object({ field: z.string(), code: z.string() })) });
export type DeskError = z.infer<typeof deskErrorSchema>;

export const dashboardSchema = z.object({
  /** Requests received per ISO week (Monday, YYYY-MM-DD) and service, last 12 weeks. */
  weekly: z.array(z.object({ week: z.string(), serviceTitle: z.string(), count: z.number() })),
  openByDivision: z.array(z.object({ divisionName: z.string(), open: z.number(), overdue: z.number() })),
  /** Medians over requests received in the last 90 days; null when none. */
  medianHoursToFirstResponse: z.number().nullable(),
  medianHoursToResolution: z.number().nullable(),
  /** Share (0 to 1) of requests resolved in the last 90 days that met their target; null when none had one. */
  resolvedWithinTarget: z.number().nullable(),
  totals: z.object({ received: z.number(), resolved: z.number(), open: z.number(), overdue: z.number() }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const teamSchema = z.array(
  z.object({ id: z.number(), name: z.string(), email: z.string(), roles: z.array(z.string()), supervisor: z.boolean(), divisions: z.array(z.string()) }),
);
export type Team = z.infer<typeof teamSchema>;
export const teamUpdateSchema = z.object({ divisions: z.array(z.string().max(60)).max(100) });
