import type { Core } from '@strapi/strapi';
import { metricSteps, validateBeacon, type FieldError } from '@city/shared/forms';
import { countFill } from '../../../lib/form-metrics';
import { rateLimitAddress, rateLimiter } from '../../../lib/rate-limit';
import { loadPublishedForm } from '../../service-request/lib/forms';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** A beacon is a few short fields; anything longer is not one. */
const MAX_BEACON_CHARS = 2000;

function refuse(ctx: Ctx, errors: FieldError[]): void {
  ctx.status = 400;
  ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: 'The beacon is malformed.', details: { errors } } };
}

/**
 * The body as JSON: the island sends it as text/plain (a "simple" cross-origin request: no
 * preflight, and it can go with the page as it unloads); application/json is read as well.
 */
function beaconBody(body: unknown): unknown {
  // An empty body comes parsed as {}: no beacon at all.
  if (typeof body === 'object' && body !== null && Object.keys(body).length === 0) return undefined;
  if (typeof body !== 'string') return body;
  if (body.length > MAX_BEACON_CHARS) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POST /api/form-metrics { formCode, locale, fill, step }: the island's beacon when a fill starts
 * (its first answer) and when it reaches a page of the form (lib/form-metrics.ts). 204 once counted
 * (or already counted for this fill today); 400 with field errors for anything that is not a
 * beacon of a published form's page; 429 past the visitor's allowance. Nothing is set or read that
 * identifies the visitor: no cookie, and the fill's key is kept only as a hash salted for the day.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async beacon(ctx: Ctx) {
    const decision = await rateLimiter(strapi).hit('metrics', rateLimitAddress(ctx.request));
    if (!decision.allowed) {
      ctx.status = 429;
      ctx.set('Retry-After', String(decision.retryAfterS));
      ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: 'Too many beacons', details: { retryAfterSeconds: decision.retryAfterS } } };
      return;
    }
    const check = validateBeacon(beaconBody(ctx.request.body));
    if (!check.success) return refuse(ctx, check.errors);
    const { formCode, locale, fill, step } = check.data;
    const form = await loadPublishedForm(strapi, formCode, locale);
    if (!form) return refuse(ctx, [{ field: 'formCode', message: 'formCode is not a published form' }]);
    if (!metricSteps(form).includes(step)) return refuse(ctx, [{ field: 'step', message: 'step is not a page of the form' }]);
    await countFill(strapi, { formCode, fill, steps: [step] });
    ctx.status = 204;
  },
});
