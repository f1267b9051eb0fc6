import type { Core } from '@strapi/strapi';
import { messageLocale } from '@city/shared/forms';
import { routes, siteHref } from '@city/shared/routes';
import { siteUrl } from '../../../lib/constants';
import { rateLimitAddress, rateLimiter } from '../../../lib/rate-limit';
import { limitPage, updatesNotFoundPage, updatesPage, type UpdatesPageState } from '../http/pages';
import { updatesPath } from '../lib/update-links';
import { findSignedRequest, setUpdatesOptOut, type UpdatesPreference } from '../lib/update-preferences';

/**
 * The opt-out link of update emails (lib/update-links.ts):
 *   GET  /api/service-requests/updates/:reference?signature=S → a page with a button; changes nothing
 *   POST the same (the page's form, `updates=off|on`, or a mail client's RFC 8058 one-click post,
 *        `List-Unsubscribe=One-Click`) → stops the emails, or with `updates=on` resumes them
 * A forged or altered signature and an unknown reference both get the same 404 page, and each such
 * miss counts against the address's look-up limit (the track page's), so guessing links runs into a 429.
 */
type Ctx = Parameters<Core.MiddlewareHandler>[0];

const linkOf = (ctx: Ctx) => ({
  reference: String(ctx.params.reference ?? ''),
  signature: String((ctx.query as Record<string, unknown>).signature ?? ''),
});

function answer(ctx: Ctx, status: number, html: string): void {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Cache-Control', 'private, no-store');
  // The address carries the signature: never pass it on to the track page.
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.body = html;
}

function pageFor(ctx: Ctx, request: UpdatesPreference, signature: string, state: UpdatesPageState): void {
  const lang = messageLocale(request.language);
  answer(
    ctx,
    200,
    updatesPage(lang, state, {
      reference: request.reference,
      action: `${updatesPath(request.reference)}?signature=${encodeURIComponent(signature)}`,
      trackUrl: siteHref(siteUrl(), routes.track(lang)),
    }),
  );
}

/** Only an explicit `updates=on` resumes: a one-click post, or any other body, stops. */
function wantsUpdates(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as Record<string, unknown>).updates === 'on';
}

/** The request a signed link names, or null once the page has answered (404, or 429 past the limit). */
async function signedRequestOr404(strapi: Core.Strapi, ctx: Ctx, link: { reference: string; signature: string }): Promise<UpdatesPreference | null> {
  const limiter = rateLimiter(strapi);
  const address = rateLimitAddress(ctx.request);
  const before = await limiter.peek('lookup', address);
  if (!before.allowed) {
    ctx.set('Retry-After', String(before.retryAfterS));
    answer(ctx, 429, limitPage('rate', before.retryAfterS));
    return null;
  }
  const request = await findSignedRequest(strapi, link.reference, link.signature);
  if (request) return request;
  await limiter.hit('lookup', address);
  answer(ctx, 404, updatesNotFoundPage());
  return null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Ctx) {
    const { reference, signature } = linkOf(ctx);
    const request = await signedRequestOr404(strapi, ctx, { reference, signature });
    if (!request) return;
    pageFor(ctx, request, signature, request.updatesOptOut ? 'stopped' : 'ask');
  },

  async change(ctx: Ctx) {
    const { reference, signature } = linkOf(ctx);
    const request = await signedRequestOr404(strapi, ctx, { reference, signature });
    if (!request) return;
    const on = wantsUpdates(ctx.request.body);
    await setUpdatesOptOut(strapi, request.reference, !on);
    pageFor(ctx, request, signature, on ? 'resumed' : 'stopped');
  },
});
