// Only the publisher writes here (checked by its shared secret); nobody reads over the content API.
// Editors read the builds in the admin.
export default {
  routes: [
    {
      method: 'POST',
      path: '/site-builds/report',
      handler: 'site-build.report',
      config: { auth: false, policies: ['api::site-build.publisher-secret'] },
    },
  ],
};
