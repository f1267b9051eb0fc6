/**
 * Saved answers have no CRUD and no public permission: only these two routes, each answering for
 * one resident (see controllers/form-save.ts). Staff never see saves: the type is hidden in the admin.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/form-saves',
      handler: 'api::form-save.form-save.save',
      // Public by design (residents have no account); rate-limited like submissions.
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/form-saves/:token',
      handler: 'api::form-save.form-save.open',
      // The token is the authorization; wrong ones count against the look-up limit.
      config: { auth: false },
    },
  ],
};
