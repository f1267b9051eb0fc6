import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SubmissionInvalidError } from '../../../lib/errors';
import { rateLimitAddress, rateLimiter } from '../../../lib/rate-limit';
import { answerRateLimited } from '../../service-request/http/rate-limited';
import { openSave, saveAnswers } from '../lib/saves';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const fail = (ctx: Ctx, status: number, name: string, message: string, details: Record<string, unknown> = {}) => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
};

/**
 * POST /api/form-saves (JSON, the island): saves the answers and emails the link (lib/saves.ts).
 *   201 { data: { email, expiresAt } } · 400 { error: { details: { errors } } } · 429
 * GET /api/form-saves/:token (the publisher's server for a resident, or the island): what the link opens.
 *   200 { data: { state: 'ready', formCode, locale, values, screen?, expiresAt } }
 *   410 { data: { state: 'used' | 'expired' } } · 404 unknown token · 429
 * A wrong token counts against the look-up limit (like a wrong reference and email), so guessing
 * stops after a few tries; the token's 256 bits make guessing hopeless anyway.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async save(ctx: Ctx) {
    try {
      const saved = await saveAnswers(strapi, ctx.request.body, { address: rateLimitAddress(ctx.request) });
      ctx.status = 201;
      ctx.body = { data: saved };
    } catch (error) {
      if (error instanceof SubmissionInvalidError) return fail(ctx, 400, 'ValidationError', error.message, error.details as Record<string, unknown>);
      if (error instanceof errors.RateLimitError) return answerRateLimited(ctx, error, true);
      throw error;
    }
  },

  async open(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-store');
    const limiter = rateLimiter(strapi);
    const address = rateLimitAddress(ctx.request);
    const before = await limiter.peek('lookup', address);
    if (!before.allowed) return answerRateLimited(ctx, new errors.RateLimitError('Too many requests. Try again later.', { retryAfterSeconds: before.retryAfterS }), true);
    const view = await openSave(strapi, String(ctx.params.token ?? ''));
    if (!view) {
      await limiter.hit('lookup', address);
      return fail(ctx, 404, 'NotFoundError', 'No saved answers have this link.');
    }
    ctx.status = view.state === 'ready' ? 200 : 410;
    ctx.body = { data: view };
  },
});
