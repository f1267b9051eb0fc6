import { factories } from '@strapi/strapi';

// Public reads use the populate tree kept beside this API; writes stay behind role permissions.
export default factories.createCoreRouter('api::global.global', {
  config: {
    find: { middlewares: ['api::global.global-populate'] },
  },
});
