import { z } from 'zod';
import { LOCALES } from '../locales/index.js';
import { formValuesParamSchema } from './feedback.js';

/**
 * "Save and come back later" (issue 16). The resident's answers are kept by the CMS, encrypted,
 * for FORM_SAVE_LIFETIME_DAYS; the email it sends holds a link to the form page with
 * `?resume=<token>`. The token is long and random and only its hash is stored; the answers never
 * travel in a URL: the publisher's server asks the CMS for them (GET /api/form-saves/:token) and
 * renders them into the form, so resuming works without JavaScript too.
 */
export const FORM_SAVE_LIFETIME_DAYS = 7;
export const FORM_SAVE_LIFETIME_MS = FORM_SAVE_LIFETIME_DAYS * 24 * 60 * 60 * 1000;
/** The query parameter of the resume link. */
export const RESUME_PARAM = 'resume';
/** 32 random bytes as base64url. */
export const resumeTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'resume token is not valid');
/** The longest a saved set of answers may be, as JSON: a form's text answers fit many times over. */
export const FORM_SAVE_MAX_CHARS = 64 * 1024;

/** What the island posts to save (POST /api/form-saves, JSON); the no-JS form posts the same through `intent=save`. */
export const formSaveRequestSchema = z.object({
  formCode: z.string().regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/).max(60),
  locale: z.enum(LOCALES),
  values: formValuesParamSchema,
  /** Where the link goes; the contact email when the resident gave one. Checked with the contact schema's message. */
  email: z.string().max(254),
  /** The page of the form the resident was on (a screen id of site/islands/service-request/screens.ts). */
  screen: z.string().max(100).optional(),
});
export type FormSaveRequest = z.infer<typeof formSaveRequestSchema>;

/** What is encrypted in the CMS's table: never readable there. */
export const savedAnswersSchema = z.object({
  values: formValuesParamSchema,
  screen: z.string().max(100).optional(),
});
export type SavedAnswers = z.infer<typeof savedAnswersSchema>;

/** The CMS's answer to GET /api/form-saves/:token. */
export const formSaveViewSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    formCode: z.string(),
    locale: z.enum(LOCALES),
    values: formValuesParamSchema,
    screen: z.string().optional(),
    expiresAt: z.string(),
  }),
  /** A request was sent from it already, or it is older than the lifetime. */
  z.object({ state: z.enum(['used', 'expired']) }),
]);
export type FormSaveView = z.infer<typeof formSaveViewSchema>;
/** What a resume link shows when it cannot be used; 'unknown': no such link (mistyped, or purged). */
export type ResumeProblem = 'used' | 'expired' | 'unknown' | 'unavailable';
