/**
 * Open311 GeoReport v2 under /api/open311/v2, each resource in XML and JSON (`.xml` / `.json`).
 * Reads are public, as the specification has them; `POST requests` needs an API key, checked by
 * the api-key middleware. Reading requests is limited per address unless a key is sent (read-limit).
 * `auth: false` keeps Strapi's users-permissions out of it: Open311 clients have API keys, not
 * portal accounts.
 */
const open = { auth: false } as const;
const readLimited = { ...open, middlewares: ['api::open311.read-limit'] };
const handler = (action: string) => `api::open311.open311.${action}`;

export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/open311/v2/discovery.:format', handler: handler('discovery'), config: open },
    { method: 'GET', path: '/open311/v2/services.:format', handler: handler('services'), config: open },
    { method: 'GET', path: '/open311/v2/services/:serviceCode.:format', handler: handler('serviceDefinition'), config: open },
    { method: 'POST', path: '/open311/v2/requests.:format', handler: handler('createRequest'), config: { ...open, middlewares: ['api::open311.api-key'] } },
    { method: 'GET', path: '/open311/v2/requests.:format', handler: handler('listRequests'), config: readLimited },
    { method: 'GET', path: '/open311/v2/requests/:id.:format', handler: handler('getRequest'), config: readLimited },
    { method: 'GET', path: '/open311/v2/tokens/:token.:format', handler: handler('token'), config: open },
    { method: 'GET', path: '/open311/v2/openapi.yaml', handler: handler('openapi'), config: open },
    // Anything else under /open311 gets the specification's 404 error list instead of Strapi's.
    { method: 'ALL', path: '/open311/(.*)', handler: handler('notFound'), config: open },
  ],
};
