import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../contract';
import { ScheduleIcon } from './components/ScheduleIcon';
import { SchedulePanel } from './components/SchedulePanel';
import { translations } from './translations';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ScheduleIcon,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Scheduled' },
      permissions: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
      Component: () => import('./pages/SchedulesPage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Scheduled publishing' });
  },
  bootstrap(app: StrapiApp) {
    const apis = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    apis.addEditViewSidePanel([SchedulePanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => {
      const messages = translations[locale as keyof typeof translations] ?? {};
      return { locale, data: Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value])) };
    });
  },
};
