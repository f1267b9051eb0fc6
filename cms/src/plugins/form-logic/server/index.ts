import type { Core } from '@strapi/strapi';
import { OPERATOR_FIELD, PLUGIN_ID, QUESTION_FIELD, VALUES_FIELD } from '../contract';

/**
 * Registers the pickers' custom fields. Strapi swaps each for its `type` once plugins have registered,
 * so the attributes keep their regex and length rules and the save validates exactly as before.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.customFields.register([
      { name: QUESTION_FIELD, plugin: PLUGIN_ID, type: 'string' },
      { name: VALUES_FIELD, plugin: PLUGIN_ID, type: 'text' },
      { name: OPERATOR_FIELD, plugin: PLUGIN_ID, type: 'enumeration' },
    ]);
  },
};
