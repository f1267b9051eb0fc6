import type { Core } from '@strapi/strapi';
import { open311Message } from '../lib/messages';
import { formatOf, localeOf, sendErrors } from '../lib/respond';
import { open311Clients } from '../services/clients';

/**
 * The Open311 API-key check, on the routes that write (`POST requests`). The key comes as the
 * `api_key` parameter (in the form body, as the specification says, or in the query string). A
 * missing, unknown or revoked key is refused with 403 and the specification's error list, in the
 * path's format; the client found is left in `ctx.state.open311Client` for the controller.
 */
const apiKey: Core.MiddlewareFactory = (_config, { strapi }) => async (ctx, next) => {
  const format = formatOf(ctx);
  const locale = localeOf(ctx) ?? 'en';
  const body = (ctx.request as { body?: unknown }).body;
  const fromBody = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).api_key : undefined;
  const key = fromBody ?? (ctx.query as Record<string, unknown>).api_key;
  if (typeof key !== 'string' || key.trim() === '') return sendErrors(ctx, format, 403, [open311Message(locale, 'key.missing')]);
  const client = await open311Clients(strapi).verify(key.trim());
  if (!client) return sendErrors(ctx, format, 403, [open311Message(locale, 'key.invalid')]);
  ctx.state.open311Client = client;
  return next();
};

export default apiKey;
