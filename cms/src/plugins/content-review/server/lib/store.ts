import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import type { EntryKey } from '../../contract';

export const REVIEW_UID = 'plugin::content-review.review';

/** A review row as stored; dates as the database gives them (Date or string), read as ISO strings. */
const timestamp = z
  .union([z.date(), z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : new Date(value).toISOString()));
const calendarDate = z
  .union([z.date(), z.string()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)));

export const reviewRowSchema = z.object({
  id: z.number(),
  contentType: z.string(),
  entryDocumentId: z.string(),
  entryLocale: z.string(),
  ownerId: z.number().nullish().transform((value) => value ?? null),
  reviewDue: calendarDate,
  remindedFor: calendarDate,
  lastReviewedAt: timestamp,
  contentChangedAt: timestamp,
  translationConfirmedAt: timestamp,
});
export type ReviewRow = z.infer<typeof reviewRowSchema>;

/** What code may write on a row: everything but its key. */
export type ReviewChanges = Partial<{
  ownerId: number | null;
  reviewDue: string | null;
  remindedFor: string | null;
  lastReviewedAt: Date;
  contentChangedAt: Date;
  translationConfirmedAt: Date;
}>;

interface QueryEngine {
  findOne(params: { where: Record<string, unknown> }): Promise<unknown>;
  findMany(params: Record<string, unknown>): Promise<unknown[]>;
  create(params: { data: Record<string, unknown> }): Promise<unknown>;
  update(params: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<unknown>;
  updateMany(params: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  deleteMany(params: { where: Record<string, unknown> }): Promise<{ count: number }>;
}

/**
 * Straight to the table, as the outbox does: these rows are written by this plugin only, and the
 * Document Service would run its own middlewares (ours among them) on every write.
 */
export const reviews = (strapi: Core.Strapi): QueryEngine => strapi.db.query(REVIEW_UID as UID.Schema) as unknown as QueryEngine;

const whereKey = (key: EntryKey) => ({ contentType: key.uid, entryDocumentId: key.documentId, entryLocale: key.locale });

export async function findReview(strapi: Core.Strapi, key: EntryKey): Promise<ReviewRow | null> {
  const row = await reviews(strapi).findOne({ where: whereKey(key) });
  return row ? reviewRowSchema.parse(row) : null;
}

/** Every row of one document, one per locale. */
export async function findDocumentReviews(strapi: Core.Strapi, uid: string, documentId: string): Promise<ReviewRow[]> {
  return z.array(reviewRowSchema).parse(await reviews(strapi).findMany({ where: { contentType: uid, entryDocumentId: documentId } }));
}

/**
 * Writes `changes` on the entry's row, creating it the first time. Two writers creating the same
 * row at once meet the unique index (lib/indexes.ts): the loser updates the winner's row.
 */
export async function saveReview(strapi: Core.Strapi, key: EntryKey, changes: ReviewChanges): Promise<void> {
  const query = reviews(strapi);
  const updated = await query.updateMany({ where: whereKey(key), data: changes });
  if (updated.count > 0) return;
  try {
    // publishedAt: what the Document Service sets on a type without draft & publish.
    await query.create({ data: { ...whereKey(key), ...changes, publishedAt: new Date() } });
  } catch (error) {
    const again = await query.updateMany({ where: whereKey(key), data: changes });
    if (again.count === 0) throw error;
  }
}
