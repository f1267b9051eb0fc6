import type { Core } from '@strapi/strapi';
import { ADDRESS_QUERY } from '@city/shared/forms/location';
import { rateLimitAddress, rateLimiter } from '../../../lib/rate-limit';
import { addressPoints } from '../services/address-points';

type Ctx = Parameters<Core.MiddlewareHandler>[0];


/**
 * GET /api/addresses?q=301 king: up to eight address points for the location question's
 * suggestions, `{ data: [{ address, lat, long, place? }] }`. Public (residents have no account),
 * limited per visitor's address in its own bucket: a resident typing sends a search every few
 * keystrokes. A query too short or too long is answered with no suggestions rather than an error,
 * as the box asks again on the next keystroke.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: Ctx) {
    const decision = await rateLimiter(strapi).hit('addresses', rateLimitAddress(ctx.request));
    if (!decision.allowed) {
      ctx.status = 429;
      ctx.set('Retry-After', String(decision.retryAfterS));
      ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: 'Too many address searches', details: { retryAfterSeconds: decision.retryAfterS } } };
      return;
    }
    const q = (ctx.query as Record<string, unknown>).q;
    const text = typeof q === 'string' ? q.trim() : '';
    // The suggestions change only when the city imports a new file.
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = { data: text.length < ADDRESS_QUERY.min || text.length > ADDRESS_QUERY.max ? [] : await addressPoints(strapi).search(text) };
  },
});
