import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { answerRateLimited } from '../http/rate-limited';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { FEEDBACK_PARAM, type FormFeedback } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import { isLocale } from '@city/shared/locales';
import { routes, siteHref } from '@city/shared/routes';
import { sealFormFeedback } from '@city/shared/sealed';
import { siteUrl } from '../../../lib/constants';
import { SubmissionInvalidError } from '../../../lib/errors';
import { rateLimitAddress } from '../../../lib/rate-limit';
import { readFormPost } from '../http/form-post';
import { invalidPage } from '../http/pages';
import { replyAsResident } from '../lib/resident-reply';

/**
 * POST /api/service-requests/reply (multipart: reference, email, locale, answers[message],
 * answers[files], named as a form's answers so the request form's controls serve it): a
 * resident answers a request that waits for them (lib/resident-reply.ts).
 * With `Accept: application/json` (the track island):
 *   201 { data: { replayed: false, view } }, 200 when it was already stored (replayed: true);
 *   400 { error: { details: { errors: [{ field, message }] } } }: field message or files, or
 *       field reply (the request is not waiting for an answer);
 *   404 no request with this reference and email (the same for both); 429 with Retry-After.
 * Without (the HTML form): 303 back to {SITE_URL}/{locale}/track/?feedback=<F>, F sealed
 * (shared/sealed) holding the reference, the email and the message typed, and the errors by field
 * (`lookup` for "not found"); no errors means stored, and the page says "Your reply was sent".
 * Past the rate limit, a 429 page.
 */

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export const REPLY_LOOKUP_FIELD = 'lookup';
/** As the request form's (controllers/service-request.ts): an address a proxy's 8 KB line limit still takes. */
const FEEDBACK_BUDGET = 6000;

const replyPostSchema = z.object({
  reference: z.string().max(320).catch(''),
  email: z.string().max(320).catch(''),
  message: z.string().catch(''),
  locale: z.string().catch('en'),
});
export type ReplyPost = z.infer<typeof replyPostSchema>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reply(ctx: Ctx) {
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    // The request form's reader: the answers and files by question (an empty file input gives field '').
    const post = readFormPost(body, (ctx.request as { files?: unknown }).files);
    const files = post.files;
    const fields = replyPostSchema.parse({ reference: body.reference, email: body.email, message: post.envelope.answers.message, locale: post.envelope.locale });
    const chosen = files.filter((file) => file.field === 'files');
    const wantsJson = ctx.accepts('html', 'json') === 'json';
    const locale = isLocale(fields.locale) ? fields.locale : 'en';
    const trackPage = siteHref(siteUrl(), routes.track(locale));
    const secret = process.env.PUBLISH_WEBHOOK_SECRET ?? '';
    const backToTrack = (errorsByField: Record<string, string>, anchor: string) => {
      const feedback = (message: string): FormFeedback => ({ errors: errorsByField, values: { answers: { reference: fields.reference, message }, contact: { email: fields.email } } });
      // What was typed goes back only with errors, and only while the address stays a sensible length.
      let sealed = sealFormFeedback(feedback(Object.keys(errorsByField).length > 0 ? fields.message : ''), secret);
      if (sealed.length > FEEDBACK_BUDGET) sealed = sealFormFeedback(feedback(''), secret);
      ctx.status = 303;
      ctx.redirect(`${trackPage}?${FEEDBACK_PARAM}=${sealed}#${anchor}`);
    };
    try {
      const result = await replyAsResident(strapi, { ...fields, files: chosen }, { address: rateLimitAddress(ctx.request) });
      if (wantsJson) {
        ctx.status = result.replayed ? 200 : 201;
        ctx.body = { data: result };
        return;
      }
      // Without the publisher's secret nothing can be sealed: the track page itself, where a look-up shows the reply.
      if (!secret) ctx.redirect(trackPage);
      else backToTrack({}, 'reply-sent');
      ctx.status = 303;
    } catch (error) {
      if (error instanceof SubmissionInvalidError || error instanceof errors.NotFoundError) {
        const fieldErrors =
          error instanceof SubmissionInvalidError ? error.fieldErrors : [{ field: REPLY_LOOKUP_FIELD, message: resources[locale].statusLookup.notFound }];
        if (wantsJson) {
          const status = error instanceof SubmissionInvalidError ? 400 : 404;
          ctx.status = status;
          ctx.body = { data: null, error: { status, name: error.name, message: error.message, details: { errors: fieldErrors } } };
          return;
        }
        if (!secret) {
          ctx.status = 400;
          ctx.type = 'text/html; charset=utf-8';
          ctx.body = invalidPage(locale, fieldErrors.map((fieldError) => fieldError.message), trackPage);
          return;
        }
        backToTrack(Object.fromEntries(fieldErrors.map((fieldError) => [fieldError.field, fieldError.message])), 'error-summary');
        return;
      }
      if (error instanceof errors.RateLimitError) {
        answerRateLimited(ctx, error, wantsJson);
        return;
      }
      throw error;
    } finally {
      // Strapi's body parser only cleans up files posted as "files"; remove every one, whatever its name.
      await Promise.all(files.map((file) => fs.promises.rm(file.filepath, { force: true })));
    }
  },
});
