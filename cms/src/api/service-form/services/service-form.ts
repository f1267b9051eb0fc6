import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::service-form.service-form');
