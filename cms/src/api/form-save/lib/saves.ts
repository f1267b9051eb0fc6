import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  contactSchema,
  FORM_SAVE_LIFETIME_MS,
  FORM_SAVE_MAX_CHARS,
  formatMessage,
  formSaveRequestSchema,
  formSaveViewSchema,
  RESUME_PARAM,
  resumeTokenSchema,
  type FormSaveView,
  type SavedAnswers,
} from '@city/shared/forms';
import { routes, siteHref } from '@city/shared/routes';
import { siteUrl } from '../../../lib/constants';
import { SubmissionInvalidError } from '../../../lib/errors';
import { rateLimiter } from '../../../lib/rate-limit';
import { enqueueEmail } from '../../outbox-message/lib/outbox';
import { cityNameIn } from '../../service-request/lib/emails';
import { loadPublishedForm } from '../../service-request/lib/forms';
import { formSaveEmail } from './email';
import { formSaveSecret, newResumeToken, openAnswers, saveState, sealAnswers, tokenHash } from './seal';

/**
 * Saved answers ("Save and come back later", issue 16): stored encrypted (seal.ts) for
 * FORM_SAVE_LIFETIME_DAYS, found by the hash of the emailed link's token. A request sent from a
 * save uses it up: its answers are deleted at once and the row stays as a marker, so the link then
 * says "already used" rather than "not found"; expired and used rows are purged (purge below,
 * at start and daily). Files are never saved: the form asks for them again.
 */
export const FORM_SAVE_UID = 'api::form-save.form-save' as const;

interface SaveRow {
  id: number;
  formCode: string;
  language: string;
  sealed: string | null;
  expiresAt: string;
  usedAt: string | null;
}
interface QueryEngine {
  create(params: { data: Record<string, unknown>; select: string[] }): Promise<unknown>;
  findOne(params: { where: Record<string, unknown>; select: string[] }): Promise<unknown>;
  updateMany(params: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  deleteMany(params: { where: Record<string, unknown> }): Promise<{ count: number }>;
}
const table = (strapi: Core.Strapi) => strapi.db.query(FORM_SAVE_UID as UID.Schema) as unknown as QueryEngine;

/** Who is saving: the rate limit counts saves like stored requests, since each sends an email. */
export interface SaveOptions {
  address: string;
}

/**
 * Stores the answers and queues the email with the link; returns where it went. Field errors
 * (SubmissionInvalidError) for a missing or wrong email address, or a form no longer published.
 */
export async function saveAnswers(strapi: Core.Strapi, input: unknown, options: SaveOptions, now = new Date()): Promise<{ email: string; expiresAt: string }> {
  const parsed = formSaveRequestSchema.safeParse(input);
  if (!parsed.success) throw new SubmissionInvalidError(parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'form', message: issue.message })), 'The save is malformed.');
  const { formCode, locale, values, screen } = parsed.data;
  const email = contactSchema(locale).shape.email.safeParse(parsed.data.email);
  if (!email.success) throw new SubmissionInvalidError([{ field: 'contact.email', message: email.error.issues[0]?.message ?? formatMessage(locale, 'contact.email.invalid') }]);
  const form = await loadPublishedForm(strapi, formCode, locale);
  if (!form?.serviceSlug) throw new SubmissionInvalidError([{ field: 'formCode', message: formatMessage(locale, 'form.unavailable') }]);

  // Only this form's questions, never a file field (files cannot be kept).
  const keep = new Set(form.fields.filter((field) => field.__component !== 'form-field.file-upload').map((field) => field.key));
  const answers: SavedAnswers = {
    values: { answers: Object.fromEntries(Object.entries(values.answers).filter(([key]) => keep.has(key))), contact: values.contact },
    ...(screen ? { screen } : {}),
  };
  if (JSON.stringify(answers).length > FORM_SAVE_MAX_CHARS) throw new SubmissionInvalidError([{ field: 'form', message: formatMessage(locale, 'text.tooLong', { label: form.title, max: FORM_SAVE_MAX_CHARS }) }]);

  const limiter = rateLimiter(strapi);
  const decision = await limiter.peek('submit', options.address);
  if (!decision.allowed) throw new errors.RateLimitError('Too many requests. Try again later.', { retryAfterSeconds: decision.retryAfterS });

  const token = newResumeToken();
  const hash = tokenHash(token);
  const expiresAt = new Date(now.getTime() + FORM_SAVE_LIFETIME_MS);
  const resumeUrl = `${siteHref(siteUrl(), routes.serviceRequest(locale, form.serviceSlug))}/?${RESUME_PARAM}=${token}`;
  const signature = await cityNameIn(strapi, locale);
  await strapi.db.transaction(async () => {
    await table(strapi).create({
      data: { tokenHash: hash, formCode, language: locale, sealed: sealAnswers(answers, hash, formSaveSecret()), expiresAt, publishedAt: now },
      select: ['id'],
    });
    await enqueueEmail(strapi, { kind: 'form_save', recipient: email.data, ...formSaveEmail({ locale, formTitle: form.title, resumeUrl, expiresAt, cityName: signature }) });
  });
  await limiter.hit('submit', options.address);
  return { email: email.data, expiresAt: expiresAt.toISOString() };
}

/** The row a token names, or undefined for a token that is malformed or unknown. */
async function findRow(strapi: Core.Strapi, token: string): Promise<SaveRow | undefined> {
  if (!resumeTokenSchema.safeParse(token).success) return undefined;
  const row = (await table(strapi).findOne({ where: { tokenHash: tokenHash(token) }, select: ['id', 'formCode', 'language', 'sealed', 'expiresAt', 'usedAt'] })) as SaveRow | null;
  return row ?? undefined;
}

/** What a resume link opens: the answers, "used", "expired", or undefined when no save has this token. */
export async function openSave(strapi: Core.Strapi, token: string, now = Date.now()): Promise<FormSaveView | undefined> {
  const row = await findRow(strapi, token);
  if (!row) return undefined;
  const state = saveState(row, now);
  if (state !== 'ready') return { state };
  const answers = openAnswers(row.sealed, tokenHash(token), formSaveSecret());
  // Sealed under another key (FORM_SAVE_KEY or APP_KEYS changed): it can never be opened again.
  if (!answers) return { state: 'expired' };
  const view = formSaveViewSchema.safeParse({ state: 'ready', formCode: row.formCode, locale: row.language, values: answers.values, screen: answers.screen, expiresAt: new Date(row.expiresAt).toISOString() });
  return view.success ? view.data : { state: 'expired' };
}

/** A request was sent from this save: its answers are deleted now; the marker says "used" until the purge. */
export async function useUpSave(strapi: Core.Strapi, token: string | undefined, now = new Date()): Promise<void> {
  if (!token || !resumeTokenSchema.safeParse(token).success) return;
  await table(strapi).updateMany({ where: { tokenHash: tokenHash(token), usedAt: null }, data: { usedAt: now, sealed: null } });
}

/** How long the marker of an expired or used save stays after expiry, so its link says "expired"/"used" rather than "not found". */
const MARKER_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Past its lifetime a save's answers are deleted at once (the link then says "expired"); its
 * marker a day later (the link then says it does not work). Returns how many rows went.
 */
export async function purgeExpiredSaves(strapi: Core.Strapi, now = new Date()): Promise<number> {
  await table(strapi).updateMany({ where: { expiresAt: { $lte: now }, sealed: { $notNull: true } }, data: { sealed: null } });
  const { count } = await table(strapi).deleteMany({ where: { expiresAt: { $lte: new Date(now.getTime() - MARKER_KEPT_MS) } } });
  return count;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Purges at start and then once a day (FORM_SAVE_PURGE_INTERVAL_MS for tests); returns the stop function. */
export function startSavePurge(strapi: Core.Strapi, intervalMs = Number(process.env.FORM_SAVE_PURGE_INTERVAL_MS) || DAY_MS): () => void {
  const run = () =>
    purgeExpiredSaves(strapi).then(
      (count) => count > 0 && strapi.log.info(`Purged ${count} expired saved form answers`),
      (error: unknown) => strapi.log.error(`Purging saved form answers failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  void run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
