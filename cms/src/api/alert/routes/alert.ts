import { factories } from '@strapi/strapi';

// Nothing to populate: every field is scalar or rich text. Writes stay behind role permissions.
export default factories.createCoreRouter('api::alert.alert');
