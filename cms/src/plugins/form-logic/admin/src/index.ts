import type { StrapiApp } from '@strapi/strapi/admin';
import { OPERATOR_FIELD, PLUGIN_ID, QUESTION_FIELD, VALUES_FIELD } from '../../contract';
import { customFieldInput } from './components/props';
import { translations } from './translations';

const message = (key: string) => ({ id: `${PLUGIN_ID}.${key}`, defaultMessage: key });

/** The pickers of a service form's conditions and steps (README "Service forms"), as custom fields. */
export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Form logic pickers' });
    app.customFields.register([
      {
        name: QUESTION_FIELD,
        pluginId: PLUGIN_ID,
        type: 'string',
        intlLabel: message('field.question.label'),
        intlDescription: message('field.question.description'),
        components: { Input: async () => import('./components/QuestionInput').then((module) => ({ default: customFieldInput(module.QuestionInput) })) },
      },
      {
        name: VALUES_FIELD,
        pluginId: PLUGIN_ID,
        type: 'text',
        intlLabel: message('field.values.label'),
        intlDescription: message('field.values.description'),
        components: { Input: async () => import('./components/ValuesInput').then((module) => ({ default: customFieldInput(module.ValuesInput) })) },
      },
      {
        name: OPERATOR_FIELD,
        pluginId: PLUGIN_ID,
        type: 'enumeration',
        intlLabel: message('field.operator.label'),
        intlDescription: message('field.operator.description'),
        components: { Input: async () => import('./components/OperatorInput').then((module) => ({ default: customFieldInput(module.OperatorInput) })) },
      },
    ]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => {
      const messages = translations[locale as keyof typeof translations] ?? {};
      return { locale, data: Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value])) };
    });
  },
};
