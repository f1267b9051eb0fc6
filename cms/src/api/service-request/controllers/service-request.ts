import fs from 'node:fs';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { encodeBase64UrlJson, type FieldError } from '@city/shared/forms';
import { isLocale } from '@city/shared/locales';
import { sealFormValues } from '@city/shared/sealed';
import { verifiedAttachmentPath } from '../domain/attachments';
import { siteUrl } from '../domain/constants';
import { IdempotencyConflictError, SubmissionInvalidError } from '../domain/errors';
import { readFormPost, type FormPost } from '../domain/form-post';
import { conflictPage } from '../domain/pages';
import { intake } from '../services/intake';

/**
 * POST /api/service-requests/submit: the form without JavaScript.
 *   valid   → 303 {SITE_URL}/{locale}/services/{slug}/request/confirmation?reference=ALX-7K4M-2Q9P
 *   invalid → 303 {SITE_URL}/{locale}/services/{slug}/request?errors=<E>&values=<V>#error-summary
 *             (E: base64url JSON of the errors; V: what was typed, sealed; see shared/forms/feedback.ts)
 *   bot     → 303 to the confirmation page without a reference; nothing is stored
 *   reused key with different answers → 422 page
 * With `Accept: application/json` (the island sending files with fetch) the same outcomes are
 * JSON instead: 201/200 { data: receipt }, 400 { error: { details: { errors } } }, 422, 202 for a bot.
 */

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Values echoed back to the form, sealed; long ones are dropped until the URL stays a sensible length. */
const VALUES_BUDGET = 6000;

function echoValues(post: FormPost, secret: string): string {
  const answers = { ...post.envelope.answers };
  const contact = { ...post.envelope.contact };
  let sealed = sealFormValues({ answers, contact }, secret);
  while (sealed.length > VALUES_BUDGET) {
    const longest = Object.entries(answers).sort((a, b) => JSON.stringify(b[1]).length - JSON.stringify(a[1]).length)[0];
    if (!longest) break;
    delete answers[longest[0]];
    sealed = sealFormValues({ answers, contact }, secret);
  }
  return sealed;
}

/**
 * Where an invalid no-JavaScript post is sent back: the errors, and what was typed sealed with the
 * secret the publisher holds (shared/sealed); with no such secret, the errors alone, since typed
 * values must never sit readable in a URL.
 */
function feedbackQuery(errors: Record<string, string>, post: FormPost): string {
  const secret = process.env.PUBLISH_WEBHOOK_SECRET ?? '';
  return `errors=${encodeBase64UrlJson(errors)}${secret ? `&values=${echoValues(post, secret)}` : ''}`;
}

const minFillMs = () => Number(process.env.REQUEST_MIN_FILL_MS ?? 3000);

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
    const formPage = async (slug?: string) => `${siteUrl()}/${locale}/services/${slug ?? (await serviceSlug(strapi, post.envelope.formCode, locale)) ?? ''}/request`.replace('/services//request', '/services');
    try {
      const elapsed = post.startedAt === undefined ? Infinity : Date.now() - post.startedAt;
      if (post.honeypot !== '' || (elapsed >= 0 && elapsed < minFillMs())) {
        // Answer like a success so a bot learns nothing; a person sent here too fast sees a generic confirmation.
        strapi.log.info(`Service request refused as a bot (${post.honeypot !== '' ? 'honeypot' : 'filled too fast'}) from ${ctx.request.ip}`);
        if (wantsJson) {
          ctx.status = 202;
          ctx.body = { data: { accepted: true } };
        } else {
          ctx.status = 303;
          ctx.redirect(`${await formPage()}/confirmation`);
        }
        return;
      }
      const receipt = await intake(strapi).submit(post.envelope, { channel: wantsJson ? 'web' : 'web_nojs', files: post.files.filter((file) => file.field !== '') });
      if (wantsJson) {
        ctx.status = receipt.replayed ? 200 : 201;
        ctx.body = { data: receipt };
        return;
      }
      ctx.status = 303;
      ctx.redirect(`${await formPage(receipt.serviceSlug)}/confirmation?reference=${encodeURIComponent(receipt.reference)}`);
    } catch (error) {
      if (error instanceof SubmissionInvalidError) {
        if (wantsJson) {
          ctx.status = 400;
          ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: error.message, details: { errors: error.fieldErrors } } };
          return;
        }
        const errors = Object.fromEntries(error.fieldErrors.map((fieldError: FieldError) => [fieldError.field, fieldError.message]));
        ctx.status = 303;
        ctx.redirect(`${await formPage()}?${feedbackQuery(errors, post)}#error-summary`);
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

  /** GET /api/service-requests/attachments/:name?expires&signature — a signed link from the admin. */
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
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(row.name))}`);
    ctx.type = row.mime;
    ctx.body = fs.createReadStream(filePath);
  },
});
