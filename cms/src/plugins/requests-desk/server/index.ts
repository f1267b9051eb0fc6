import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import { ensureDeskIndexes } from './lib/indexes';
import { noticeResidentReply } from './lib/notices';
import { MEMBER_UID, registerDeskPermissions } from './lib/scope';

interface GraphqlExtension {
  shadowCRUD(uid: string): { disable(): unknown };
}

/** The Requests desk (README "Staff"): staff's queues and request pages in the admin. */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Staff-only types: never in the public GraphQL schema.
    const extension = strapi.plugin('graphql')?.service('extension') as unknown as GraphqlExtension | undefined;
    for (const uid of [MEMBER_UID, 'api::reply-template.reply-template']) extension?.shadowCRUD(uid).disable();
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await registerDeskPermissions(strapi);
    await ensureDeskIndexes(strapi);
  },
  contentTypes,
  controllers,
  routes,
  services: {
    // Called by the resident's reply (api::service-request) without importing the desk.
    notices: ({ strapi }: { strapi: Core.Strapi }) => ({ residentReplied: (reference: string) => noticeResidentReply(strapi, reference) }),
  },
};
