import { factories } from '@strapi/strapi';

// Public reads use the populate tree kept beside this API; writes stay behind role permissions.
export default factories.createCoreRouter('api::department.department', {
  config: {
    find: { middlewares: ['api::department.department-populate'] },
    findOne: { middlewares: ['api::department.department-populate'] },
  },
});
