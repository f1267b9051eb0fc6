import type { Core } from '@strapi/strapi';
import type { errors } from '@strapi/utils';
import { limitPage } from './pages';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** A 429 for a post over the rate limit: JSON for the island, the "too many" page for a plain form, in its language. */
export function answerRateLimited(ctx: Ctx, error: InstanceType<typeof errors.RateLimitError>, wantsJson: boolean, locale?: string): void {
  const retryAfterS = Number((error.details as { retryAfterSeconds?: unknown }).retryAfterSeconds) || 60;
  ctx.status = 429;
  ctx.set('Retry-After', String(retryAfterS));
  if (wantsJson) {
    ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: error.message, details: { retryAfterSeconds: retryAfterS } } };
    return;
  }
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = limitPage('rate', retryAfterS, locale);
}
