import { factories } from '@strapi/strapi';

// Public reads use the populate tree kept beside this API; writes stay behind role permissions.
export default factories.createCoreRouter('api::service.service', {
  config: {
    find: { middlewares: ['api::service.service-populate'] },
    findOne: { middlewares: ['api::service.service-populate'] },
  },
});
