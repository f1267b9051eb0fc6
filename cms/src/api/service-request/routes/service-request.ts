/**
 * The only REST routes of service requests. There is no find, findOne or CRUD: requests are read
 * by staff in the admin, and by residents through the GraphQL status look-up only.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/service-requests/submit',
      handler: 'api::service-request.service-request.submit',
      // Public by design (residents have no account); the request guard middleware limits it.
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/service-requests/kept-values/:fill',
      handler: 'api::service-request.service-request.keptValues',
      // For the publisher's server only: the controller checks its secret (as the site builds' report does).
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/service-requests/attachments/:name',
      handler: 'api::service-request.service-request.attachment',
      // The signature in the link is the authorization; see lib/attachments.ts.
      config: { auth: false },
    },
  ],
};
