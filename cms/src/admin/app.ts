import type { StrapiApp } from '@strapi/strapi/admin';
import { listTranslations, translateEditLayout } from './wording';

export default {
  config: {
    locales: ['es'],
    tutorials: false,
    notifications: { releases: false },
    translations: listTranslations(),
  },
  register(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', translateEditLayout);
  },
  bootstrap(_app: StrapiApp) {},
};
