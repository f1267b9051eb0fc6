/** A resident's answer to a request that waits for them (controllers/resident-reply.ts). */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/service-requests/reply',
      handler: 'api::service-request.resident-reply.reply',
      // Public by design (residents have no account): the reference and email are the check, the look-up's rate limit the brake.
      config: { auth: false },
    },
  ],
};
