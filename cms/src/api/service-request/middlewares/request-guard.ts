import type { Core } from '@strapi/strapi';
import { limitPage } from '../http/pages';
import { rateLimitAddress, rateLimiter } from '../../../lib/rate-limit';
import { isPath } from '../../../middlewares/path-canonical';

/**
 * Runs before Strapi's body parser (see config/middlewares.ts), so nothing is read or written to
 * disk for a post that will be refused anyway:
 *   - the form endpoint and the reply endpoint take only form bodies (415 otherwise),
 *   - with a declared length (411) no larger than REQUEST_MAX_BODY_MB (413),
 *   - from an address with a submission left in its rate limit (429 with Retry-After); this only
 *     looks, the intake counts stored requests (lib/abuse.ts), with the same address rule. The
 *     island's post (Accept: application/json) goes on up to the ceiling, where the intake asks it
 *     for a solved challenge; the HTML form's stops at the allowance;
 *   - GraphQL bodies are capped at GRAPHQL_MAX_BODY_KB.
 */
const SUBMIT_PATH = '/api/service-requests/submit';
/** A resident's reply (controllers/resident-reply.ts): the same checks, against the look-up's limit it counts on. */
const REPLY_PATH = '/api/service-requests/reply';
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

const guard: Core.MiddlewareFactory = (_config, { strapi }) => {
  const maxSubmitBytes = Number(process.env.REQUEST_MAX_BODY_MB ?? 30) * 1024 * 1024;
  const maxGraphqlBytes = Number(process.env.GRAPHQL_MAX_BODY_KB ?? 256) * 1024;

  return async (ctx, next) => {
    if (ctx.method === 'POST' && isPath(ctx.path, '/graphql')) {
      const length = Number(ctx.get('content-length') || 0);
      if (length > maxGraphqlBytes) {
        ctx.status = 413;
        ctx.body = { errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] };
        return;
      }
    }
    // ctx.path is canonical (global::canonical-path); any letter case counts, whatever the router does.
    const bucket = isPath(ctx.path, SUBMIT_PATH) ? 'submit' : isPath(ctx.path, REPLY_PATH) ? 'lookup' : undefined;
    if (!bucket || ctx.method !== 'POST') return next();

    const json = ctx.accepts('html', 'json') === 'json';
    const refuse = (status: number, kind: 'rate' | 'size' | 'type', message: string, retryAfterS?: number) => {
      ctx.status = status;
      if (retryAfterS) ctx.set('Retry-After', String(retryAfterS));
      if (json) ctx.body = { data: null, error: { status, name: kind === 'rate' ? 'RateLimitError' : 'BadRequest', message, details: retryAfterS ? { retryAfterSeconds: retryAfterS } : {} } };
      else {
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = limitPage(kind, retryAfterS);
      }
    };

    if (!ctx.is(FORM_TYPES)) return refuse(415, 'type', `Send the form as ${FORM_TYPES.join(' or ')}.`);
    const declared = ctx.get('content-length');
    if (!declared) return refuse(411, 'size', 'Content-Length is required.');
    if (Number(declared) > maxSubmitBytes) return refuse(413, 'size', `The body is larger than ${maxSubmitBytes} bytes.`);
    const decision = await rateLimiter(strapi).peek(bucket, rateLimitAddress(ctx.request));
    if (!(json ? decision.belowCeiling : decision.allowed)) return refuse(429, 'rate', 'Too many requests. Try again later.', decision.retryAfterS);
    return next();
  };
};

export default guard;
