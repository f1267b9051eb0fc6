import { z } from 'zod';

/** What the side panel, the due list and the server say to each other: one schema per request, a type per answer. */
export const PLUGIN_ID = 'content-review';

/** The types that have an owner and a review date (the pages, services and departments). */
export const REVIEWED_UIDS = ['api::page.page', 'api::service.service', 'api::department.department'] as const;
export type ReviewedUid = (typeof REVIEWED_UIDS)[number];
export const isReviewed = (uid: string): uid is ReviewedUid => (REVIEWED_UIDS as readonly string[]).includes(uid);

/** One entry in one locale: the key of its review row. */
export const entryKeySchema = z.object({
  uid: z.string().min(1).max(200),
  documentId: z.string().min(1).max(100),
  locale: z.string().min(2).max(20),
});
export type EntryKey = z.infer<typeof entryKeySchema>;

/** A calendar date, YYYY-MM-DD, that exists. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));

/** The side panel's save: the owner (null: nobody) and the review date. */
export const updateReviewSchema = entryKeySchema.extend({
  ownerId: z.number().int().positive().nullable(),
  reviewDue: calendarDate.nullable(),
});
export type UpdateReview = z.infer<typeof updateReviewSchema>;

export const ownerSchema = z.object({ id: z.number(), name: z.string() });
export type Owner = z.infer<typeof ownerSchema>;
export const ownersAnswerSchema = z.object({ owners: z.array(ownerSchema) });

/** The translation of a non-default locale: out of date when the default locale changed after it. */
export const translationStateSchema = z.object({
  /** The default locale it is compared with. */
  source: z.string(),
  outOfDate: z.boolean(),
  sourceChangedAt: z.string().nullable(),
});
export type TranslationState = z.infer<typeof translationStateSchema>;

/** One entry's review, as the side panel shows it. */
export const reviewAnswerSchema = z.object({
  applicable: z.literal(true),
  ownerId: z.number().nullable(),
  /** YYYY-MM-DD, the city's calendar. */
  reviewDue: z.string().nullable(),
  lastReviewedAt: z.string().nullable(),
  due: z.boolean(),
  /** null for the default locale, which is the source of the others. */
  translation: translationStateSchema.nullable(),
  /** May this user change owner and date, mark reviewed, confirm the translation. */
  canEdit: z.boolean(),
});
export type ReviewAnswer = z.infer<typeof reviewAnswerSchema>;
export const panelAnswerSchema = z.union([z.object({ applicable: z.literal(false) }), reviewAnswerSchema]);
export type PanelAnswer = z.infer<typeof panelAnswerSchema>;

/** Why an entry is on the due list: its review date has come, its translation may be out of date, or both. */
export const dueItemSchema = z.object({
  uid: z.enum(REVIEWED_UIDS),
  documentId: z.string(),
  locale: z.string(),
  title: z.string(),
  ownerName: z.string().nullable(),
  reviewDue: z.string().nullable(),
  due: z.boolean(),
  translationOutOfDate: z.boolean(),
});
export type DueItem = z.infer<typeof dueItemSchema>;
export const dueAnswerSchema = z.object({ items: z.array(dueItemSchema) });
export type DueAnswer = z.infer<typeof dueAnswerSchema>;

/** A field-level refusal: the field and what is wrong with it, worded by the admin's translations. */
export const fieldErrorsSchema = z.object({
  errors: z.array(z.object({ field: z.string(), code: z.enum(['required', 'invalid', 'unknown-owner']) })),
});
export type FieldErrorsAnswer = z.infer<typeof fieldErrorsSchema>;
