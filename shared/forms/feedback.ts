import { z } from 'zod';
import { fileAnswerSchema } from './answers.js';
import { idempotencyKeySchema } from './submission.js';

/**
 * How the no-JavaScript form endpoint sends a resident back to the form:
 *
 *   303 Location: {SITE_URL}/{locale}/services/{slug}/request?feedback=<F>#error-summary
 *
 * F is a `FormFeedback` sealed by the CMS (shared/sealed): the errors `{ [field]: message }` in the
 * form's order (field is an answer key, `contact.name|email|phone`, or `confirmation`), what was
 * typed `{ answers, contact }` (never file contents), when the resident first opened the form, and,
 * when the CMS asks a suspected robot to confirm, the key and proof to send again with. Only the
 * publisher's server, holding the same secret, opens it. Nothing in a page's address is shown as
 * an error unless the CMS sealed it: a crafted link shows nothing.
 *
 * A form of several pages is answered page by page the same way (shared/forms/steps.ts): each
 * Continue, Back or Change posts to the CMS, which sends the resident back here with no errors and
 * the `step` to show, and names the files it keeps for the fill in `staged`.
 *
 * Answers too long for an address (a long description in a non-Latin script) are never dropped:
 * the CMS keeps them with the fill's staged files and seals only `keptValues` (the fill's id).
 */
export const formErrorsParamSchema = z.record(z.string());
export const formValuesParamSchema = z.object({
  answers: z.record(z.union([z.string(), z.array(z.string())])).default({}),
  contact: z.record(z.string()).default({}),
});
/** Where a form of several pages is, without JavaScript: a page of questions (or the contact details), the check of answers, or an exit page. */
export const formPlaceSchema = z.object({
  view: z.enum(['form', 'check', 'exit']),
  /** The page's id (conditions.ts `FormPage.id`, or `contact`); for check and exit, the page it was reached from. */
  screen: z.string().max(100),
});
export type FormPlace = z.infer<typeof formPlaceSchema>;

/** 32 random bytes as base64url: the name of a fill's staged files, unguessable. */
export const STAGED_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const stagedFilesSchema = z.object({
  id: z.string().regex(STAGED_ID_PATTERN),
  /** Each question's kept files as the CMS described them (type sniffed): the island checks the answers with them. */
  files: z.record(z.array(fileAnswerSchema.omit({ fileId: true })).max(20)),
});
export type StagedFiles = z.infer<typeof stagedFilesSchema>;

export const formFeedbackSchema = z.object({
  errors: formErrorsParamSchema,
  values: formValuesParamSchema,
  /** When the resident first opened the form: an error page does not restart the fill-time clock. */
  startedAt: z.number().optional(),
  /** The CMS asked to confirm: the same idempotency key and the proof it gave (cms abuse.ts). */
  confirmation: z.object({ idempotencyKey: z.string(), token: z.string() }).optional(),
  /** The form was continued from saved answers (shared/forms/save.ts): the token goes on with the next send. */
  resumeToken: z.string().max(100).optional(),
  /** A form of several pages without JavaScript: the page to show next (steps.ts). */
  step: formPlaceSchema.optional(),
  /** Files posted on earlier pages, kept by the CMS until the request is sent: the fill's id and each question's files. */
  staged: stagedFilesSchema.optional(),
  /**
   * A form of several pages without JavaScript: the fill's idempotency key, the same on every page,
   * so the final send is one request however often a page is shown, and form metrics count one fill.
   */
  idempotencyKey: idempotencyKeySchema.optional(),
  /**
   * The answers did not fit in an address (the CMS's budget): the CMS keeps them for the fill,
   * named by this id, and `values` is empty. The publisher's server reads them back from the CMS
   * (GET /api/service-requests/kept-values/:fill, with the publisher's secret).
   */
  keptValues: z.object({ fill: z.string().regex(STAGED_ID_PATTERN) }).optional(),
});
export type FormErrorsParam = z.infer<typeof formErrorsParamSchema>;
export type FormValuesParam = z.infer<typeof formValuesParamSchema>;
export type FormFeedback = z.infer<typeof formFeedbackSchema>;

/** The query parameter that carries the sealed feedback. */
export const FEEDBACK_PARAM = 'feedback';

export function encodeBase64UrlJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBase64UrlJson(text: string): unknown {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
}

/**
 * The feedback in a form page's query string, opened by `open` (the publisher's, which holds the
 * secret). Anything not sealed by the CMS, changed or expired gives none.
 */
export function readFormFeedback(params: URLSearchParams, open: (sealed: string | null) => FormFeedback | undefined): FormFeedback | undefined {
  return open(params.get(FEEDBACK_PARAM));
}

/** What GET /api/service-requests/kept-values/:fill?form=<code> answers the publisher: the answers kept for a fill. */
export const keptValuesViewSchema = z.object({ values: formValuesParamSchema });
export type KeptValuesView = z.infer<typeof keptValuesViewSchema>;
/** The path of that route under the CMS's /api. */
export const keptValuesPath = (fill: string, formCode: string) => `/service-requests/kept-values/${fill}?form=${encodeURIComponent(formCode)}`;

/**
 * The form a resident's reply (POST /api/service-requests/reply) is kept under when it is too long
 * for the track page's address: kept answers are bound to a form code, and the underscore puts this
 * one outside the form code pattern (definition.ts `code`), so no real form's fill can be read as a
 * reply's, nor a reply's as a form's.
 */
export const RESIDENT_REPLY_KEPT_FORM = '_resident-reply';
