import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import routes from './routes';
import { registerPublishGuard } from './lib/publish-guard';

/** Checks before publishing (README "Checks before publishing"): the publish guard and the side panel's API. */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishGuard(strapi);
  },
  controllers,
  routes,
};
