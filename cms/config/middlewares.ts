import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  // One spelling of the path (escapes, slashes) for the router and every check after it.
  'global::canonical-path',
  'strapi::errors',
  // On SQLite, a write is answered once it is on disk (the fsync is shared and off the event loop).
  'global::durable-writes',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // Only the public site (and the admin, same origin) may call the CMS from a browser.
      origin: env.array('CORS_ORIGINS', ['http://localhost:4321', 'http://127.0.0.1:4321']),
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
      keepHeaderOnError: true,
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // Refuses oversized, mistyped or rate-limited request posts before the body is parsed.
  'api::service-request.request-guard',
  // A malformed multipart body is a 400, not the 500 Strapi's body parser would give.
  'global::body-errors',
  { name: 'strapi::body', config: { jsonLimit: '256kb', formLimit: '256kb', textLimit: '256kb' } },
  'global::published-only',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
