/** The form metrics beacon (controllers/form-metric.ts). The editors' view is the form-metrics admin plugin. */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/form-metrics',
      handler: 'api::form-metric.form-metric.beacon',
      // Public by design (residents have no account, and no cookie is sent); its own rate limit is the brake.
      config: { auth: false },
    },
  ],
};
