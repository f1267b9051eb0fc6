import type { Core } from '@strapi/strapi';
import { open311Message } from '../lib/messages';
import { rateLimitAddress, rateLimiter } from '../../../lib/rate-limit';
import { formatOf, localeOf, sendErrors } from '../lib/respond';
import { open311Clients } from '../services/clients';

/**
 * The per-address limit on reading requests (`GET requests`, `GET requests/{id}`), the status
 * look-up's bucket: anyone may read public requests, but not the whole list over and over. A
 * client that sends its `api_key` is known and not limited by address; a wrong key is 403, as on
 * `POST requests`.
 */
const readLimit: Core.MiddlewareFactory = (_config, { strapi }) => async (ctx, next) => {
  const format = formatOf(ctx);
  const locale = localeOf(ctx) ?? 'en';
  const key = (ctx.query as Record<string, unknown>).api_key;
  if (key !== undefined) {
    const client = typeof key === 'string' && key.trim() !== '' ? await open311Clients(strapi).verify(key.trim()) : undefined;
    if (!client) return sendErrors(ctx, format, 403, [open311Message(locale, 'key.invalid')]);
    return next();
  }
  // Keyed as the status look-up keys it, so one visitor has one budget for both.
  const decision = await rateLimiter(strapi).hit('lookup', rateLimitAddress(ctx.request));
  if (!decision.allowed) {
    ctx.set('Retry-After', String(decision.retryAfterS));
    return sendErrors(ctx, format, 429, [open311Message(locale, 'rate.limited')]);
  }
  return next();
};

export default readLimit;
