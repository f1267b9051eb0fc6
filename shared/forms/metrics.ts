import { z } from 'zod';
import { LOCALES } from '../locales/index.js';
import { fieldErrors, type FieldError } from './answers.js';
import { formSteps, isMultiPage, type FormFlow } from './conditions.js';
import { stepScreens, type StepInput } from './steps.js';
import { idempotencyKeySchema, submissionEnvelopeSchema } from './submission.js';

/**
 * Form metrics (issue 16): how many fills of a form started, reached each page and were sent,
 * counted on the CMS without cookies. A fill is named by a random key of the island's (or the
 * no-JavaScript page's idempotency key); the CMS keeps only a hash of it salted for the day.
 */

/** The page of the contact details in a form with steps (the island's `contact` screen). */
export const METRIC_CONTACT_STEP = 'contact';
/** The check of answers before sending. */
export const METRIC_CHECK_STEP = 'check';

/** What the island sends when a fill starts (the first answer) and when it reaches a page. */
export const formBeaconSchema = z
  .object({
    formCode: submissionEnvelopeSchema.shape.formCode,
    locale: z.enum(LOCALES, { errorMap: () => ({ message: `locale must be one of ${LOCALES.join(', ')}` }) }),
    /** The fill's random key: the same for every beacon of one fill. */
    fill: idempotencyKeySchema,
    /** The page reached: its stable id (metricSteps). */
    step: z.string({ required_error: 'step is required' }).regex(/^[a-z][a-z0-9_]*$/, 'step is not a page of the form').max(60, 'step is not a page of the form'),
  })
  .strict();
export type FormBeacon = z.infer<typeof formBeaconSchema>;

export type BeaconCheck = { success: true; data: FormBeacon } | { success: false; errors: FieldError[] };

export function validateBeacon(input: unknown): BeaconCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { success: false, errors: [{ field: 'body', message: 'The beacon must be a JSON object' }] };
  const result = formBeaconSchema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  // A field the beacon may not carry is named as such (zod reports it on the object itself).
  const extra = result.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ field: key, message: `${key} is not part of a beacon` })) : []));
  const located = new z.ZodError(result.error.issues.filter((issue) => issue.path.length > 0));
  return { success: false, errors: [...fieldErrors(located, ['formCode', 'locale', 'fill', 'step']), ...extra] };
}

/**
 * Every page a fill of this form can reach, in order, named as the island names its screens
 * (site/islands/service-request/screens.ts): the pages of questions by the key of their first
 * question in the definition (whatever the answers skip), the contact details' page when the form
 * has steps, then the check of answers. A form without steps is one page.
 */
export function metricSteps(form: Pick<FormFlow, 'fields' | 'steps' | 'onePerPage'>): string[] {
  const pages = form.onePerPage ? form.fields.map((field) => field.key) : formSteps(form).map((page) => page.id);
  if (!isMultiPage(form)) return [pages[0] ?? METRIC_CONTACT_STEP, METRIC_CHECK_STEP];
  return [...pages, METRIC_CONTACT_STEP, METRIC_CHECK_STEP];
}

/**
 * The pages of metricSteps a fill with these answers went through: for a form of several pages,
 * only the pages the answers ask (the step engine's, shared/forms/steps.ts: a page its condition
 * skips, or whose questions are all hidden, was never reached), then the contact details and the
 * check of answers. A form of one page is its page and the check, whatever the answers.
 */
export function reachedMetricSteps(form: FormFlow, locale: string, input: Pick<StepInput, 'values' | 'files' | 'located'>): string[] {
  if (!isMultiPage(form)) return metricSteps(form);
  // stepScreens names the pages as metricSteps does, and ends with the contact details' page.
  return [...stepScreens(form, locale, input), METRIC_CHECK_STEP];
}
