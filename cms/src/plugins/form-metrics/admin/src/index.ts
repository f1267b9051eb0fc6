import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID, READ_ACTION } from '../../contract';
import { MetricsIcon } from './components/MetricsIcon';
import { translations } from './translations';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: MetricsIcon,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Form metrics' },
      permissions: [{ action: READ_ACTION, subject: null }],
      Component: () => import('./pages/MetricsPage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Form metrics' });
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => {
      const messages = translations[locale as keyof typeof translations] ?? {};
      return { locale, data: Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value])) };
    });
  },
};
