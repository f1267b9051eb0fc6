import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../contract';
import { ChecksPanel } from './components/ChecksPanel';
import { translations } from './translations';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Checks before publishing' });
  },
  bootstrap(app: StrapiApp) {
    const apis = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    apis.addEditViewSidePanel([ChecksPanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => {
      const messages = translations[locale as keyof typeof translations] ?? {};
      return { locale, data: Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value])) };
    });
  },
};
