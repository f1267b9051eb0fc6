/**
 * The side panel's API, under /publish-checks. An admin session is required (type 'admin'); the
 * controller checks that the user may read the content type in the content manager.
 */
export default {
  admin: {
    type: 'admin',
    routes: [{ method: 'POST', path: '/check', handler: 'checks.check', config: { policies: ['admin::isAuthenticatedAdmin'] } }],
  },
};
