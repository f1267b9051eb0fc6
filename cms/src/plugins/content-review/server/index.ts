import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import { ensureReviewIndexes } from './lib/indexes';
import { startReminderWorker } from './lib/reminders';
import { REVIEW_UID } from './lib/store';
import { registerChangeTracking } from './lib/track-changes';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): unknown };
}

let stopReminders: (() => void) | undefined;

/** Content review (README "Content review"): owners, review dates and reminders, and translations flagged when their source changed. */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Editors' bookkeeping: never in the public GraphQL schema.
    (strapi.plugin('graphql')?.service('extension') as unknown as GraphqlExtension | undefined)?.shadowCRUD(REVIEW_UID).disable();
    registerChangeTracking(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureReviewIndexes(strapi);
    if (process.env.CONTENT_REVIEW_WORKER !== 'false') stopReminders = startReminderWorker(strapi);
  },
  destroy() {
    stopReminders?.();
  },
  contentTypes,
  controllers,
  routes,
};
