import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { answersRecordSchema, CLOSURE_REASONS, HISTORY_KINDS, requestStatusSchema, REQUEST_CHANNELS, serviceFormObjectSchema, type ClosureReason, type HistoryKind } from '@city/shared/forms';
import { REQUEST_UID } from './constants';
import { TARGET_UNITS } from './service-levels';

/**
 * A service request as stored, for every API that reads requests back (the ticket backend and
 * Open311): the one schema, so a renamed column fails to compile in both.
 */

/**
 * The form version a request answered, stored with the request: the questions as the resident saw
 * them, plus who handles it and where the service lives on the site. The form's own checks of its
 * conditions ran when it was loaded: a stored snapshot is read back as it was.
 */
export const formSnapshotSchema = serviceFormObjectSchema.extend({
  documentId: z.string(),
  locale: z.string(),
  updatedAt: z.string().optional(),
  departmentName: z.string().optional(),
  divisionName: z.string().optional(),
  serviceSlug: z.string().optional(),
  /** The form's service level when the request came (lib/service-levels.ts); absent when it had none. */
  serviceLevel: z.object({ amount: z.number().int().positive(), unit: z.enum(TARGET_UNITS) }).optional(),
});
export type FormSnapshot = z.infer<typeof formSnapshotSchema>;

/** Dates come back as Date objects or ISO strings depending on the database; keep ISO strings. */
export const isoDate = z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString());

export { CLOSURE_REASONS, HISTORY_KINDS, type ClosureReason, type HistoryKind };

export const statusChangeSchema = z.object({
  kind: z.enum(HISTORY_KINDS).nullish().transform((value) => value ?? 'status'),
  status: requestStatusSchema,
  publicNote: z.string().nullish().transform((value) => value || undefined),
  internalNote: z.string().nullish().transform((value) => value || undefined),
  at: isoDate,
  by: z.string().nullish().transform((value) => value || undefined),
  /** Who was assigned, the closure's explanation, the other request's reference: what `kind` needs. */
  detail: z.string().nullish().transform((value) => value || undefined),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** A stored request as the CMS code reads it back. */
export const storedRequestSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  reference: z.string(),
  /** Named so because the admin reserves `status` for draft/published. */
  requestStatus: requestStatusSchema,
  priority: z.string(),
  divisionKey: z.string().nullish(),
  formCode: z.string(),
  formSnapshot: formSnapshotSchema,
  answers: answersRecordSchema,
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullish() }),
  language: z.string(),
  channel: z.enum(REQUEST_CHANNELS),
  statusHistory: z.array(statusChangeSchema).nullish().transform((value) => value ?? []),
  idempotencyKey: z.string(),
  fingerprint: z.string(),
  nextPublicNote: z.string().nullish(),
  nextInternalNote: z.string().nullish(),
  /** When the request should be answered; null when its form had no service level. */
  dueAt: isoDate.nullish().transform((value) => value ?? null),
  /** The staff member working it (an admin user's id); null while unassigned. */
  assigneeId: z.number().nullish().transform((value) => value ?? null),
  closureReason: z.enum(CLOSURE_REASONS).nullish().transform((value) => value ?? null),
  /** Why no action was possible, or who it was referred to. */
  closureDetail: z.string().nullish().transform((value) => value || null),
  referralUrl: z.string().nullish().transform((value) => value || null),
  /** The reference of the request this one duplicates: the resident follows that one. */
  duplicateOf: z.string().nullish().transform((value) => value || null),
  /** The first public reply or status change by staff, for the time-to-first-response figures. */
  firstResponseAt: isoDate.nullish().transform((value) => value ?? null),
  /** When it was last resolved, closed or rejected; null while open. */
  closedAt: isoDate.nullish().transform((value) => value ?? null),
  /** The resident turned update emails off. */
  updatesOptOut: z.boolean().nullish().transform((value) => value ?? false),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type StoredRequest = z.infer<typeof storedRequestSchema>;

export const REQUEST_POPULATE = { contact: true, statusHistory: true } as const;

interface RequestDocuments {
  findMany(params: { filters: Record<string, unknown>; fields: readonly string[]; populate: { statusHistory: true }; sort: string; limit: number }): Promise<unknown[]>;
  findFirst(params: { filters: Record<string, unknown>; populate: typeof REQUEST_POPULATE }): Promise<unknown>;
  findOne(params: { documentId: string; populate: typeof REQUEST_POPULATE }): Promise<unknown>;
  create(params: { data: Record<string, unknown>; populate?: typeof REQUEST_POPULATE }): Promise<unknown>;
  update(params: { documentId: string; data: Record<string, unknown>; populate?: unknown; fields?: unknown }): Promise<unknown>;
}

/** The Document Service for requests, narrowed to the calls this code makes. */
export const requestDocuments = (strapi: Core.Strapi) => strapi.documents(REQUEST_UID as UID.ContentType) as unknown as RequestDocuments;
