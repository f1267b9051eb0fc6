import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { answerRateLimited } from '../http/rate-limited';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { FEEDBACK_PARAM, RESIDENT_REPLY_KEPT_FORM, type FormFeedback } from '@city/shared/forms';
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
import { sealWithinBudget } from '../lib/feedback-budget';
import { discardKept, discardKeptValues, keepValues, purgeExpiredStaged } from '../lib/staged-files';

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
 * A message too long for the address (5000 characters of Amharic are some 15 KB) is kept by the CMS
 * as a form's long answers are (lib/feedback-budget.ts, under RESIDENT_REPLY_KEPT_FORM) and the
 * publisher's server reads it back; the form posts the fill's id again (`staged`), so a second
 * refusal keeps it in the same place and a stored reply removes it.
 * Past the rate limit, a 429 page.
 */

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export const REPLY_LOOKUP_FIELD = 'lookup';

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
    const backToTrack = async (errorsByField: Record<string, string>, anchor: string) => {
      // What was typed goes back only with errors; past the address's budget the CMS keeps it.
      const message = Object.keys(errorsByField).length > 0 ? fields.message : '';
      const feedback: FormFeedback = { errors: errorsByField, values: { answers: { reference: fields.reference, message }, contact: { email: fields.email } } };
      const result = await sealWithinBudget(
        feedback,
        (sealed) => sealFormFeedback(sealed, secret),
        async (values) => {
          await purgeExpiredStaged(strapi);
          return keepValues(strapi, post.staged, RESIDENT_REPLY_KEPT_FORM, values);
        },
        undefined,
        (values) => ({ answers: { reference: values.answers.reference ?? '' }, contact: { email: values.contact.email ?? '' } }),
      );
      if (result.dropped?.length) strapi.log.error('A reply\'s message was left out of the track page\'s feedback: it could not be kept');
      // The message travels sealed again (or was stored): a copy kept by an earlier refusal is not needed any more.
      if (!result.kept) await discardKeptValues(strapi, post.staged, RESIDENT_REPLY_KEPT_FORM);
      ctx.status = 303;
      ctx.redirect(`${trackPage}?${FEEDBACK_PARAM}=${result.sealed}#${anchor}`);
    };
    try {
      const result = await replyAsResident(strapi, { ...fields, files: chosen }, { address: rateLimitAddress(ctx.request) });
      if (wantsJson) {
        ctx.status = result.replayed ? 200 : 201;
        ctx.body = { data: result };
        return;
      }
      // Stored: a message kept from an earlier refusal is not needed any more.
      await discardKept(strapi, post.staged, RESIDENT_REPLY_KEPT_FORM);
      // Without the publisher's secret nothing can be sealed: the track page itself, where a look-up shows the reply.
      if (!secret) ctx.redirect(trackPage);
      else await backToTrack({}, 'reply-sent');
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
        await backToTrack(Object.fromEntries(fieldErrors.map((fieldError) => [fieldError.field, fieldError.message])), 'error-summary');
        return;
      }
      if (error instanceof errors.RateLimitError) {
        answerRateLimited(ctx, error, wantsJson, locale);
        return;
      }
      throw error;
    } finally {
      // Strapi's body parser only cleans up files posted as "files"; remove every one, whatever its name.
      await Promise.all(files.map((file) => fs.promises.rm(file.filepath, { force: true })));
    }
  },
});
