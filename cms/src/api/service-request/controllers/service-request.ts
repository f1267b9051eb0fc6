import fs from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { answerRateLimited } from '../http/rate-limited';
import { errors } from '@strapi/utils';
import { FEEDBACK_PARAM, type FormFeedback } from '@city/shared/forms';
import { isLocale, type Locale } from '@city/shared/locales';
import { routes, siteHref } from '@city/shared/routes';
import { sealFormFeedback } from '@city/shared/sealed';
import { ConfirmationRequiredError } from '../lib/abuse';
import { verifiedAttachmentPath } from '../lib/attachments';
import { siteUrl } from '../../../lib/constants';
import { IdempotencyConflictError, SubmissionInvalidError } from '../../../lib/errors';
import { readFormPost, type FormPost } from '../http/form-post';
import { placeOfRefusedSend, stagedForSend, stepFeedback } from '../http/form-steps';
import { discardKeptValues, discardStaged, keepValues, keptValues, purgeExpiredStaged } from '../lib/staged-files';
import { sealWithinBudget } from '../lib/feedback-budget';
import { conflictPage, invalidPage, savedPage } from '../http/pages';
import { saveAnswers } from '../../form-save/lib/saves';
import { fromPublisher, rateLimitAddress } from '../../../lib/rate-limit';
import { intake } from '../services/intake';
import { countNoScriptFill, countNoScriptPage } from '../../form-metric/lib/no-script';
import { locatorForOnePost } from '../../address-point/lib/typed-locations';

/**
 * POST /api/service-requests/submit: the form without JavaScript.
 *   valid   → 303 {SITE_URL}/{locale}/services/{slug}/request/confirmation/?reference=ALX-7K4M-2Q9P
 *   invalid, or a suspected robot asked to confirm (lib/abuse.ts)
 *           → 303 {SITE_URL}/{locale}/services/{slug}/request?feedback=<F>#error-summary
 *             (F: the errors, what was typed and the confirmation proof, sealed; see
 *             shared/forms/feedback.ts); a CMS without the publisher's secret cannot seal, and
 *             shows the errors on a page of its own (400) instead
 *   a page of a form of several pages (intent next|back|change; http/form-steps.ts)
 *           → 303 {SITE_URL}/{locale}/services/{slug}/request?feedback=<F> (F: the page to show, its
 *             errors, every answer so far and the files kept, sealed; #error-summary with errors)
 *   over the rate limit → 429 page
 *   reused key with different answers → 422 page
 * With `Accept: application/json` (the island sending files with fetch) the same outcomes are
 * JSON instead: 201/200 { data: receipt }, 400 { error: { details: { errors, confirmation?, challenge? } } }, 429, 422;
 * the island's post goes on past the rate limit's allowance with a solved challenge (lib/abuse.ts).
 * Every abuse check is the intake's (services/intake.ts), the same for every channel.
 */

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Feedback sealed for the form page; answers too long for its address are kept with the fill
 * (lib/feedback-budget.ts) and the publisher's server reads them back (keptValues below).
 */
async function sealFeedback(strapi: Core.Strapi, feedback: FormFeedback, secret: string, post: FormPost): Promise<string> {
  const formCode = typeof post.envelope.formCode === 'string' ? post.envelope.formCode : '';
  const result = await sealWithinBudget(
    feedback,
    (sealed) => sealFormFeedback(sealed, secret),
    async (values) => {
      await purgeExpiredStaged(strapi);
      return keepValues(strapi, feedback.staged?.id ?? post.staged, formCode, values);
    },
  );
  if (result.dropped?.length) strapi.log.error(`Answers to ${result.dropped.join(', ')} left out of a form page's feedback: they could not be kept for the fill`);
  // The answers travel sealed again: a copy kept by an earlier refusal is not needed any more.
  if (!result.kept) await discardKeptValues(strapi, post.staged, formCode);
  return result.sealed;
}

/** What the form page needs to show a refused post again: errors, answers, the first serving time, the proof. */
function feedbackOf(error: SubmissionInvalidError, post: FormPost): FormFeedback {
  return {
    errors: Object.fromEntries(error.fieldErrors.map((fieldError) => [fieldError.field, fieldError.message])),
    values: { answers: { ...post.envelope.answers }, contact: { ...post.envelope.contact } },
    ...(post.envelope.startedAt === undefined ? {} : { startedAt: post.envelope.startedAt }),
    ...(error instanceof ConfirmationRequiredError && typeof post.envelope.idempotencyKey === 'string'
      ? { confirmation: { idempotencyKey: post.envelope.idempotencyKey, token: error.confirmation } }
      : {}),
    ...(post.envelope.resumeToken ? { resumeToken: post.envelope.resumeToken } : {}),
  };
}

interface ServiceDocuments {
  findFirst(params: { filters: Record<string, unknown>; locale: string; status: 'published'; fields: string[] }): Promise<{ slug?: string } | null>;
}

async function serviceSlug(strapi: Core.Strapi, formCode: unknown, locale: string): Promise<string | undefined> {
  if (typeof formCode !== 'string' || formCode === '') return undefined;
  const services = strapi.documents('api::service.service' as UID.ContentType) as unknown as ServiceDocuments;
  const service = await services.findFirst({ filters: { serviceForm: { code: formCode } }, locale, status: 'published', fields: ['slug'] });
  return service?.slug;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Ctx) {
    const post = readFormPost(ctx.request.body, (ctx.request as { files?: unknown }).files);
    const wantsJson = ctx.accepts('html', 'json') === 'json';
    const locale = isLocale(post.envelope.locale) ? post.envelope.locale : 'en';
    // The service's slug names the pages; a form no published service links to falls back to the home page
    // (a path without a fragment: the feedback query and #error-summary are appended to it).
    const sitePage = async (page: (locale: Locale, slug: string) => string, slug?: string) => {
      const found = slug ?? (await serviceSlug(strapi, post.envelope.formCode, locale));
      return siteHref(siteUrl(), found ? page(locale, found) : routes.home(locale));
    };
    const formPage = () => sitePage(routes.serviceRequest);
    let staged: Awaited<ReturnType<typeof stagedForSend>> | undefined;
    const secret = process.env.PUBLISH_WEBHOOK_SECRET ?? '';
    const step = post.intent === 'next' || post.intent === 'back' || post.intent === 'change';
    // The metrics, the intake and a refusal's way back each read the typed addresses: looked up once.
    const locate = locatorForOnePost(strapi);
    try {
      if (step) {
        // Without the secret the form page could not open the page to show; a publisher without it shows the form as one page.
        const feedback = secret ? await stepFeedback(strapi, post, locale) : undefined;
        if (feedback?.step) await countNoScriptPage(strapi, post.envelope, feedback.step, { kept: feedback.staged?.files ?? {}, locate });
        ctx.status = 303;
        ctx.set('Cache-Control', 'no-store');
        ctx.redirect(feedback ? `${await formPage()}?${FEEDBACK_PARAM}=${await sealFeedback(strapi, feedback, secret, post)}${Object.keys(feedback.errors).length > 0 ? '#error-summary' : ''}` : await formPage());
        return;
      }
      // Files kept from the pages of a form of several pages go in as if posted now.
      const kept = await stagedForSend(strapi, post);
      staged = kept;
      // Form metrics: the island counts its own fills with beacons; this post is the no-JavaScript form's only sign.
      // A page of a form of several pages counts the pages reached (above), under the key every page carries.
      if (!wantsJson) await countNoScriptFill(strapi, post, { kept: kept.files, locate });
      if (post.intent === 'save') {
        // "Save and come back later": nothing is sent; the answers are kept and a link emailed (api/form-save).
        const { answers, contact, formCode } = post.envelope;
        const saved = await saveAnswers(
          strapi,
          { formCode, locale, values: { answers, contact }, email: contact.email ?? '', ...(post.screen ? { screen: post.screen } : {}) },
          { address: rateLimitAddress(ctx.request) },
        );
        if (wantsJson) {
          ctx.status = 201;
          ctx.body = { data: saved };
          return;
        }
        ctx.status = 200;
        ctx.type = 'text/html; charset=utf-8';
        ctx.set('Cache-Control', 'no-store');
        ctx.body = savedPage(locale, saved.email, await formPage());
        return;
      }
      const receipt = await intake(strapi).submit(post.envelope, {
        channel: wantsJson ? 'web' : 'web_nojs',
        requester: { address: rateLimitAddress(ctx.request) },
        files: [...post.files.filter((file) => file.field !== ''), ...kept.incoming],
        locate,
      });
      // Stored with the request (or already, for a replay): the kept copies and answers are not needed any more.
      await discardStaged(strapi, kept.staged?.id ?? post.staged);
      if (wantsJson) {
        ctx.status = receipt.replayed ? 200 : 201;
        ctx.body = { data: receipt };
        return;
      }
      ctx.status = 303;
      ctx.redirect(`${await sitePage(routes.requestConfirmation, receipt.serviceSlug)}?reference=${encodeURIComponent(receipt.reference)}`);
    } catch (error) {
      if (error instanceof ConfirmationRequiredError) strapi.log.info(`Service request held for confirmation (${error.reason}) from ${ctx.request.ip}`);
      if (error instanceof SubmissionInvalidError) {
        if (wantsJson) {
          ctx.status = 400;
          ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: error.message, details: error.details } };
          return;
        }
        if (!secret) {
          ctx.status = 400;
          ctx.type = 'text/html; charset=utf-8';
          ctx.body = invalidPage(locale, error.fieldErrors.map((fieldError) => fieldError.message), await formPage());
          return;
        }
        // A form of several pages goes back to the page of the first problem, its files still kept.
        const back = await placeOfRefusedSend(strapi, post, locale, error.fieldErrors, staged?.files ?? {}, locate);
        const feedback: FormFeedback = {
          ...feedbackOf(error, post),
          ...(back ? { step: back.place, errors: Object.fromEntries(back.errors.map((fieldError) => [fieldError.field, fieldError.message])) } : {}),
          ...(staged?.staged ? { staged: staged.staged } : {}),
        };
        ctx.status = 303;
        ctx.redirect(`${await formPage()}?${FEEDBACK_PARAM}=${await sealFeedback(strapi, feedback, secret, post)}#error-summary`);
        return;
      }
      if (error instanceof errors.RateLimitError) {
        answerRateLimited(ctx, error, wantsJson, locale);
        return;
      }
      if (error instanceof IdempotencyConflictError) {
        ctx.status = 422;
        if (wantsJson) ctx.body = { data: null, error: { status: 422, name: error.name, message: error.message, details: {} } };
        else {
          ctx.type = 'text/html; charset=utf-8';
          ctx.body = conflictPage(locale, await formPage());
        }
        return;
      }
      throw error;
    } finally {
      // Strapi's body parser only cleans up files posted as "files"; these are ours to remove.
      await Promise.all(post.files.map((file) => fs.promises.rm(file.filepath, { force: true })));
    }
  },

  /**
   * GET /api/service-requests/kept-values/:fill?form=<code>: the answers of a fill that were too
   * long for the form page's address (lib/feedback-budget.ts), for the publisher's server only
   * (its secret in PUBLISHER_SECRET_HEADER), which renders them into the resident's no-store page.
   *   200 { data: { values } } · 401 without the secret · 404 unknown, expired or another form's fill
   */
  async keptValues(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-store');
    const fail = (status: number, name: string, message: string) => {
      ctx.status = status;
      ctx.body = { data: null, error: { status, name, message, details: {} } };
    };
    if (!fromPublisher(ctx.request)) return fail(401, 'UnauthorizedError', 'Only the site publisher reads kept answers.');
    const formCode = (ctx.query as Record<string, unknown>).form;
    const values = typeof formCode === 'string' && formCode !== '' ? await keptValues(strapi, String(ctx.params.fill ?? ''), formCode) : undefined;
    if (!values) return fail(404, 'NotFoundError', 'No answers are kept for this fill.');
    ctx.status = 200;
    ctx.body = { data: { values } };
  },

  /**
   * GET /api/service-requests/attachments/:name?expires&signature — a signed link from the admin;
   * `&view=inline` shows it in the browser (the desk's preview) rather than saving it. Stored files
   * are PDFs and images whose first bytes were checked (shared/forms/files.ts), so showing them is
   * safe; images also get a policy that lets their page load nothing else.
   */
  async attachment(ctx: Ctx) {
    const name = String(ctx.params.name ?? '');
    const query = ctx.query as Record<string, unknown>;
    const filePath = verifiedAttachmentPath(strapi, name, String(query.expires ?? ''), String(query.signature ?? ''));
    const row = filePath
      ? ((await strapi.db.query('plugin::upload.file').findOne({ where: { url: `/private-uploads/${name}` }, select: ['name', 'mime'] })) as { name: string; mime: string } | null)
      : null;
    if (!filePath || !row || !fs.existsSync(filePath)) {
      ctx.status = 404;
      ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
      return;
    }
    // Who opened a resident's file: the desk logs who asked for the link, this logs its use.
    const inline = query.view === 'inline';
    strapi.log.info(`Private attachment ${name} ${inline ? 'previewed' : 'downloaded'} through a signed link from ${ctx.request.ip}`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(path.basename(row.name))}`);
    if (inline && row.mime.startsWith('image/')) ctx.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
    ctx.type = row.mime;
    ctx.body = fs.createReadStream(filePath);
  },
});
