import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { serviceDefinition } from '../lib/attributes';
import { open311Message } from '../lib/messages';
import { readRequestQuery } from '../lib/query';
import type { Open311Discovery, Open311Format } from '../lib/spec';
import { readIdempotencyKey, readOpen311Submission } from '../lib/submission';
import type { Locale } from '@city/shared/locales';
import { OPEN311_CHANGESET, open311Contact, open311KeyService, publicCmsUrl } from '../lib/constants';
import { describeParameterErrors, formatOf, localeOf, send, sendErrors, type Ctx } from '../lib/respond';
import { open311Catalogue } from '../services/catalogue';
import type { Open311Client } from '../services/clients';
import { open311Requests } from '../services/requests';

/**
 * The Open311 GeoReport v2 endpoints. Each checks the format and the locale first, then answers
 * the resource or the specification's error list. Nothing thrown reaches Strapi's JSON error
 * handler: an unexpected failure is logged and answered as a 500 error list in the right format.
 */
type Handler = (ctx: Ctx, format: Open311Format, locale: Locale) => Promise<void>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const endpoint =
    (handler: Handler) =>
    async (ctx: Ctx): Promise<void> => {
      const format = formatOf(ctx);
      const locale = localeOf(ctx);
      // Without a format the answer is JSON, still in the language asked for.
      if (!format) return sendErrors(ctx, 'json', 404, [open311Message(locale ?? 'en', 'format.unknown')]);
      if (!locale) return sendErrors(ctx, format, 400, [open311Message('en', 'locale.invalid')]);
      try {
        await handler(ctx, format, locale);
      } catch (error) {
        strapi.log.error(`Open311 ${ctx.method} ${ctx.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        sendErrors(ctx, format, 500, [open311Message(locale, 'server.error')]);
      }
    };

  return {
    discovery: endpoint(async (ctx, format) => {
      const discovery: Open311Discovery = {
        changeset: OPEN311_CHANGESET,
        contact: open311Contact(),
        key_service: open311KeyService(),
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: `${publicCmsUrl()}/api/open311/v2`,
            changeset: OPEN311_CHANGESET,
            type: process.env.NODE_ENV === 'production' ? 'production' : 'test',
            formats: ['text/xml', 'application/json'],
          },
        ],
      };
      send(ctx, format, 'discovery', discovery);
    }),

    services: endpoint(async (ctx, format, locale) => {
      const entries = await open311Catalogue(strapi).list(locale);
      send(
        ctx,
        format,
        'services',
        entries.map((entry) => entry.service),
      );
    }),

    serviceDefinition: endpoint(async (ctx, format, locale) => {
      const code = String(ctx.params.serviceCode ?? '');
      const entry = await open311Catalogue(strapi).find(code, locale);
      if (!entry) return sendErrors(ctx, format, 404, [open311Message(locale, 'service.unknown', { value: code })]);
      send(ctx, format, 'service_definition', serviceDefinition(entry.form, locale));
    }),

    createRequest: endpoint(async (ctx, format, locale) => {
      if (!ctx.is('application/x-www-form-urlencoded', 'multipart/form-data')) return sendErrors(ctx, format, 400, [open311Message(locale, 'body.type')]);
      const body = (ctx.request as { body?: unknown }).body;
      const params = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const read = readOpen311Submission(params, locale);
      if (!read.success) return sendErrors(ctx, format, 400, describeParameterErrors(read.errors));
      const idempotency = readIdempotencyKey(ctx.get('idempotency-key') || undefined, locale);
      if (!idempotency.success) return sendErrors(ctx, format, 400, describeParameterErrors([idempotency.error]));

      const client = ctx.state.open311Client as Open311Client;
      // The intake limits each client by its key (cms/src/api/service-request/lib/abuse.ts).
      const outcome = await open311Requests(strapi)
        .submit(read.data, client, idempotency.key)
        .catch((error: unknown) => (error instanceof errors.RateLimitError ? { kind: 'rate-limited' as const, retryAfterS: Number((error.details as { retryAfterSeconds?: unknown }).retryAfterSeconds) || 60 } : Promise.reject(error)));
      if (outcome.kind === 'rate-limited') {
        ctx.set('Retry-After', String(outcome.retryAfterS));
        return sendErrors(ctx, format, 429, [open311Message(locale, 'rate.limited')]);
      }
      switch (outcome.kind) {
        case 'unknown-service':
          return sendErrors(ctx, format, 400, [`service_code: ${open311Message(locale, 'service.unknown', { value: read.data.serviceCode })}`]);
        case 'invalid':
          return sendErrors(ctx, format, 400, describeParameterErrors(outcome.errors));
        case 'conflict':
          return sendErrors(ctx, format, 422, [open311Message(locale, 'idempotency.conflict')]);
        case 'created':
        case 'replayed':
          return send(ctx, format, 'service_requests', [outcome.answer], outcome.kind === 'created' ? 201 : 200);
      }
    }),

    listRequests: endpoint(async (ctx, format, locale) => {
      const query = readRequestQuery(ctx.query as Record<string, unknown>, locale);
      if (!query.success) return sendErrors(ctx, format, 400, describeParameterErrors(query.errors));
      send(ctx, format, 'service_requests', await open311Requests(strapi).list(query.data, locale));
    }),

    getRequest: endpoint(async (ctx, format, locale) => {
      const id = String(ctx.params.id ?? '');
      const request = await open311Requests(strapi).get(id, locale);
      if (!request) return sendErrors(ctx, format, 404, [open311Message(locale, 'request.unknown', { value: id })]);
      send(ctx, format, 'service_requests', [request]);
    }),

    token: endpoint(async (ctx, format, locale) => {
      const token = String(ctx.params.token ?? '');
      const answer = await open311Requests(strapi).byToken(token);
      if (!answer) return sendErrors(ctx, format, 404, [open311Message(locale, 'token.unknown', { value: token })]);
      send(ctx, format, 'service_requests', [answer]);
    }),

    /** The OpenAPI 3.1 document of this API, as checked in at docs/openapi/open311.yaml. */
    async openapi(ctx: Ctx): Promise<void> {
      const file = path.resolve(strapi.dirs.app.root, '..', 'docs', 'openapi', 'open311.yaml');
      if (!fs.existsSync(file)) return sendErrors(ctx, 'json', 404, [open311Message('en', 'route.unknown')]);
      ctx.type = 'application/yaml; charset=utf-8';
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = fs.createReadStream(file);
    },

    async notFound(ctx: Ctx): Promise<void> {
      const extension = /\.(xml|json)$/.exec(ctx.path)?.[1] as Open311Format | undefined;
      sendErrors(ctx, extension, 404, [open311Message(localeOf(ctx) ?? 'en', 'route.unknown')]);
    },
  };
};
