import type { Core } from '@strapi/strapi';
import { seedCity, type SeedReport } from './index';
import { paragraphs } from './content/blocks';
import type { FormField, Locale as AnyLocale, ServiceFormSeed, ServiceSeed } from './types';

/** The synthetic services measure the portal at scale; two languages are enough for that. */
type Locale = Extract<AnyLocale, 'en' | 'es'>;

const DEPARTMENT = 'information-technology-services';
const TOPICS: Record<Locale, string[]> = {
  en: ['Streets and sidewalks', 'Parks and recreation', 'Trash and recycling', 'Permits and licenses', 'Health and safety'],
  es: ['Calles y aceras', 'Parques y recreación', 'Basura y reciclaje', 'Permisos y licencias', 'Salud y seguridad'],
};
const WORDS: Record<Locale, string[]> = {
  en: ['pothole', 'streetlight', 'graffiti', 'sidewalk', 'tree', 'bench', 'hydrant', 'signal', 'curb', 'drain'],
  es: ['bache', 'farola', 'grafiti', 'acera', 'árbol', 'banco', 'hidrante', 'semáforo', 'bordillo', 'desagüe'],
};

const pad = (n: number) => String(n).padStart(5, '0');

function fields(locale: Locale): FormField[] {
  const es = locale === 'es';
  return [
    { __component: 'form-field.address', key: 'location', label: es ? 'Dirección' : 'Street address', required: true },
    { __component: 'form-field.long-text', key: 'details', label: es ? 'Detalles' : 'Details', required: true, minLength: 10, maxLength: 2000 },
    {
      __component: 'form-field.single-choice',
      key: 'urgency',
      label: es ? 'Urgencia' : 'Urgency',
      required: true,
      options: [
        { value: 'low', label: es ? 'Baja' : 'Low' },
        { value: 'high', label: es ? 'Alta' : 'High' },
      ],
    },
  ];
}

/** The synthetic service number i, with its own form, in both languages. */
export function syntheticService(i: number): { service: ServiceSeed; form: ServiceFormSeed } {
  const code = `synthetic-${pad(i)}`;
  const text = (locale: Locale) => {
    const word = WORDS[locale][i % WORDS[locale].length] ?? '';
    const topic = TOPICS[locale][i % TOPICS[locale].length] ?? '';
    return { word, topic };
  };
  const form: ServiceFormSeed = {
    code,
    department: DEPARTMENT,
    divisionKey: 'operations',
    locales: {
      en: { title: `Report a ${text('en').word} problem ${i}`, introduction: 'Tell us where and what happened.', fields: fields('en'), responseTime: '5 business days', confirmationText: 'We have your report.' },
      es: { title: `Reportar un problema de ${text('es').word} ${i}`, introduction: 'Díganos dónde y qué pasó.', fields: fields('es'), responseTime: '5 días hábiles', confirmationText: 'Recibimos su reporte.' },
    },
  };
  const service: ServiceSeed = {
    slug: `synthetic-service-${pad(i)}`,
    audience: i % 3 === 0 ? 'businesses' : i % 3 === 1 ? 'residents' : 'both',
    department: DEPARTMENT,
    serviceForm: code,
    locales: {
      en: {
        title: `Report a ${text('en').word} problem ${i}`,
        summary: `Tell the city about a ${text('en').word} problem (synthetic service ${i}).`,
        body: paragraphs(`This synthetic service ${i} exists to measure the portal at scale.`, `Use it to report a ${text('en').word}.`),
        topic: text('en').topic,
        keywords: `${text('en').word}, synthetic`,
        timeToComplete: '5 minutes',
      },
      es: {
        title: `Reportar un problema de ${text('es').word} ${i}`,
        summary: `Informe a la ciudad sobre un problema de ${text('es').word} (servicio sintético ${i}).`,
        body: paragraphs(`Este servicio sintético ${i} existe para medir el portal a escala.`, `Úselo para reportar un ${text('es').word}.`),
        topic: text('es').topic,
        keywords: `${text('es').word}, sintético`,
        timeToComplete: '5 minutos',
      },
    },
  };
  return { service, form };
}

/**
 * Adds `count` generated services, each with its own form, published in every locale, for the
 * build-throughput benchmarks. Idempotent like the demo seed: numbers already present are skipped.
 */
export async function seedSynthetic(strapi: Core.Strapi, count: number): Promise<{ created: number; unchanged: number }> {
  const report: SeedReport = { created: 0, unchanged: 0 };
  const batch = 100;
  for (let start = 1; start <= count; start += batch) {
    const items = Array.from({ length: Math.min(batch, count - start + 1) }, (_, k) => syntheticService(start + k));
    // One transaction per batch: committing each row on its own costs a disk sync per row.
    await strapi.db.transaction(() =>
      seedCity(strapi, { departments: [], pages: [], alerts: [], serviceForms: items.map((x) => x.form), services: items.map((x) => x.service) }, report),
    );
  }
  // Two locale versions per service and per form: report services, as the command promises.
  return { created: report.created / 4, unchanged: report.unchanged / 4 };
}
