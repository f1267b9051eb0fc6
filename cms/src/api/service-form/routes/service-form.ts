import { factories } from '@strapi/strapi';

// Public reads use the populate tree kept beside this API; writes stay behind role permissions.
export default factories.createCoreRouter('api::service-form.service-form', {
  config: {
    find: { middlewares: ['api::service-form.service-form-populate'] },
    findOne: { middlewares: ['api::service-form.service-form-populate'] },
  },
});
