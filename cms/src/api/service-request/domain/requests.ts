import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import { answersRecordSchema, requestStatusSchema, REQUEST_CHANNELS } from '@city/shared/forms';
import { REQUEST_UID } from './constants';
import { formSnapshotSchema } from './forms';

/** Dates come back as Date objects or ISO strings depending on the database; keep ISO strings. */
const isoDate = z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString());

export const statusChangeSchema = z.object({
  status: requestStatusSchema,
  publicNote: z.string().nullish().transform((value) => value || undefined),
  internalNote: z.string().nullish().transform((value) => value || undefined),
  at: isoDate,
  by: z.string().nullish().transform((value) => value || undefined),
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
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type StoredRequest = z.infer<typeof storedRequestSchema>;

export const REQUEST_POPULATE = { contact: true, statusHistory: true } as const;

interface RequestDocuments {
  findFirst(params: { filters: Record<string, unknown>; populate: typeof REQUEST_POPULATE }): Promise<unknown>;
  findOne(params: { documentId: string; populate: typeof REQUEST_POPULATE }): Promise<unknown>;
  create(params: { data: Record<string, unknown>; populate: typeof REQUEST_POPULATE }): Promise<unknown>;
  update(params: { documentId: string; data: Record<string, unknown>; populate?: unknown; fields?: unknown }): Promise<unknown>;
}

/** The Document Service for requests, narrowed to the calls this code makes. */
export const requestDocuments = (strapi: Core.Strapi) => strapi.documents(REQUEST_UID as UID.ContentType) as unknown as RequestDocuments;

export async function findRequest(strapi: Core.Strapi, filters: Record<string, unknown>): Promise<StoredRequest | undefined> {
  const raw = await requestDocuments(strapi).findFirst({ filters, populate: REQUEST_POPULATE });
  return raw ? storedRequestSchema.parse(raw) : undefined;
}
