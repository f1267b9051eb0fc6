import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../contract';
import { DeskIcon } from './components/DeskIcon';
import { translations } from './translations';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: DeskIcon,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Requests' },
      permissions: [{ action: `plugin::${PLUGIN_ID}.work`, subject: null }],
      Component: () => import('./pages/App'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Requests' });
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => {
      const messages = translations[locale as keyof typeof translations] ?? {};
      return { locale, data: Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value])) };
    });
  },
};
