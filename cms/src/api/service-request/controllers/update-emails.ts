import type { Core } from '@strapi/strapi';
import { messageLocale } from '@city/shared/forms';
import { routes, siteHref } from '@city/shared/routes';
import { siteUrl } from '../../../lib/constants';
import { updatesNotFoundPage, updatesPage, type UpdatesPageState } from '../http/pages';
import { updatesPath } from '../lib/update-links';
import { findSignedRequest, setUpdatesOptOut, type UpdatesPreference } from '../lib/update-preferences';

/**
 * The opt-out link of update emails (lib/update-links.ts):
 *   GET  /api/service-requests/updates/:reference?signature=S → a page with a button; changes nothing
 *   POST the same (the page's form, `updates=off|on`, or a mail client's RFC 8058 one-click post,
 *        `List-Unsubscribe=One-Click`) → stops the emails, or with `updates=on` resumes them
 * A forged or altered signature and an unknown reference both get the same 404 page.
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

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Ctx) {
    const { reference, signature } = linkOf(ctx);
    const request = await findSignedRequest(strapi, reference, signature);
    if (!request) return answer(ctx, 404, updatesNotFoundPage());
    pageFor(ctx, request, signature, request.updatesOptOut ? 'stopped' : 'ask');
  },

  async change(ctx: Ctx) {
    const { reference, signature } = linkOf(ctx);
    const request = await findSignedRequest(strapi, reference, signature);
    if (!request) return answer(ctx, 404, updatesNotFoundPage());
    const on = wantsUpdates(ctx.request.body);
    await setUpdatesOptOut(strapi, request.reference, !on);
    pageFor(ctx, request, signature, on ? 'resumed' : 'stopped');
  },
});
