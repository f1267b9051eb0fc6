import { z } from 'zod';

/** What the Form metrics page and the server say to each other: one schema per request, a type per answer. */
export const PLUGIN_ID = 'form-metrics';
/** The plugin's one action: reading the metrics (the Editor role has it; see bootstrap/admin-roles.ts). */
export const READ_ACTION = `plugin::${PLUGIN_ID}.read`;

/** A calendar month, 'YYYY-MM', on the city's clock (as counted: cms/src/lib/form-metrics.ts). */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** GET /form-metrics/summary?month=YYYY-MM&locale=es: the month (this one when absent), titles in the admin's language when the form has it. */
export const summaryQuerySchema = z.object({
  month: monthSchema.optional(),
  locale: z.string().min(2).max(20).optional(),
});
export type SummaryQuery = z.infer<typeof summaryQuerySchema>;

/**
 * A page a fill can reach: the form on one page ('form'), a page of questions ('page', titled by
 * its step or its question), the contact details, the check of answers, or a page the form no
 * longer has ('removed': counted before the form was changed).
 */
export const STEP_KINDS = ['form', 'page', 'contact', 'check', 'removed'] as const;
export const stepMetricSchema = z.object({
  kind: z.enum(STEP_KINDS),
  /** The page's title ('page' only). */
  title: z.string().nullable(),
  reached: z.number().int().nonnegative(),
});
export type StepMetric = z.infer<typeof stepMetricSchema>;

export const formMetricSchema = z.object({
  /** The form's title; null when the form is no longer published. */
  title: z.string().nullable(),
  started: z.number().int().nonnegative(),
  submitted: z.number().int().nonnegative(),
  /** In the form's order. */
  steps: z.array(stepMetricSchema),
});
export type FormMetric = z.infer<typeof formMetricSchema>;

export const summaryAnswerSchema = z.object({
  month: monthSchema,
  /** The months with counts, and this one, newest first. */
  months: z.array(monthSchema),
  /** By title. */
  forms: z.array(formMetricSchema),
});
export type SummaryAnswer = z.infer<typeof summaryAnswerSchema>;

export const fieldErrorsSchema = z.object({ errors: z.array(z.object({ field: z.string(), code: z.enum(['invalid']) })) });
export type FieldErrorsAnswer = z.infer<typeof fieldErrorsSchema>;
