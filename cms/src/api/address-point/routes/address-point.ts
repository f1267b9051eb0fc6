/** The only route of address points: the location question's search. No CRUD; the import writes them. */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/addresses',
      handler: 'api::address-point.address-point.search',
      // Public by design: the location question asks before the resident is known; its own rate limit is the brake.
      config: { auth: false },
    },
  ],
};
