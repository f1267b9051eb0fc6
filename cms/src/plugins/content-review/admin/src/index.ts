import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID, REVIEWED_UIDS } from '../../contract';
import { ReviewIcon } from './components/ReviewIcon';
import { ReviewPanel } from './components/ReviewPanel';
import { translations } from './translations';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ReviewIcon,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Due for review' },
      // Shown to whoever may read one of the reviewed types (the server answers with those only).
      permissions: REVIEWED_UIDS.map((subject) => ({ action: 'plugin::content-manager.explorer.read', subject })),
      Component: () => import('./pages/Due/DuePage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Content review' });
  },
  bootstrap(app: StrapiApp) {
    const apis = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    apis.addEditViewSidePanel([ReviewPanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => {
      const messages = translations[locale as keyof typeof translations] ?? {};
      return { locale, data: Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value])) };
    });
  },
};
