/** The opt-out link of update emails (controllers/update-emails.ts). */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/service-requests/updates/:reference',
      handler: 'api::service-request.update-emails.show',
      // The signature in the link is the authorization; see lib/update-links.ts.
      config: { auth: false },
    },
    {
      method: 'POST',
      path: '/service-requests/updates/:reference',
      handler: 'api::service-request.update-emails.change',
      config: { auth: false },
    },
  ],
};
