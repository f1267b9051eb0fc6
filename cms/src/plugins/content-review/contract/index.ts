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

export interface Owner {
  id: number;
  name: string;
}

/** The translation of a non-default locale: out of date when the default locale changed after it. */
export interface TranslationState {
  /** The default locale it is compared with. */
  source: string;
  outOfDate: boolean;
  sourceChangedAt: string | null;
}

/** One entry's review, as the side panel shows it. */
export interface ReviewAnswer {
  applicable: true;
  ownerId: number | null;
  reviewDue: string | null;
  lastReviewedAt: string | null;
  due: boolean;
  /** null for the default locale, which is the source of the others. */
  translation: TranslationState | null;
  /** May this user change owner and date, mark reviewed, confirm the translation. */
  canEdit: boolean;
}
export type PanelAnswer = { applicable: false } | ReviewAnswer;

/** Why an entry is on the due list: its review date has come, its translation may be out of date, or both. */
export interface DueItem {
  uid: ReviewedUid;
  documentId: string;
  locale: string;
  title: string;
  ownerName: string | null;
  reviewDue: string | null;
  due: boolean;
  translationOutOfDate: boolean;
}
export interface DueAnswer {
  items: DueItem[];
}

/** A field-level refusal: the field and what is wrong with it, worded by the admin's translations. */
export interface FieldErrorsAnswer {
  errors: { field: string; code: 'required' | 'invalid' | 'unknown-owner' }[];
}
