import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import { SCHEDULE_UID } from './lib/names';
import { registerSchedulingPermissions } from './lib/permissions';
import { startSchedulingWorker } from './lib/worker';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): unknown };
}

let stopWorker: (() => void) | undefined;

/** Scheduled publishing (README "Scheduled publishing"): schedules, their worker, the admin's API. */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Staff-only: never in the public GraphQL schema.
    const extension = strapi.plugin('graphql')?.service('extension') as unknown as GraphqlExtension | undefined;
    extension?.shadowCRUD(SCHEDULE_UID).disable();
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await registerSchedulingPermissions(strapi);
    if (process.env.SCHEDULING_WORKER !== 'false') stopWorker = startSchedulingWorker(strapi);
  },
  destroy() {
    stopWorker?.();
    stopWorker = undefined;
  },
  contentTypes,
  controllers,
  routes,
};
