import type { Core, UID } from '@strapi/strapi';
import { checkEntry, thresholdsFromEnv, type CheckResult } from '@city/shared/publish-checks';
import { DEFAULT_LOCALE, LOCALE_CODES } from './editorial';

interface Attribute {
  type: string;
}

/** Components, dynamic zones and media one level down: enough for document lists and their files. */
function populateFor(strapi: Core.Strapi, uid: string): Record<string, true | { populate: '*' }> {
  const attributes = (strapi.contentType(uid as UID.ContentType)?.attributes ?? {}) as Record<string, Attribute>;
  const populate: Record<string, true | { populate: '*' }> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'component') populate[name] = { populate: '*' };
    if (attribute.type === 'dynamiczone' || attribute.type === 'media') populate[name] = true;
  }
  return populate;
}

const isLocalized = (strapi: Core.Strapi, uid: string): boolean => {
  const options = strapi.contentType(uid as UID.ContentType)?.pluginOptions as { i18n?: { localized?: boolean } } | undefined;
  return options?.i18n?.localized === true;
};

interface DraftDocuments {
  findOne(params: { documentId: string; locale?: string; status: 'draft'; populate: unknown }): Promise<Record<string, unknown> | null>;
}

/** The draft of one locale of a document, as publishing would take it; null when there is none. */
export async function loadDraft(strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined): Promise<Record<string, unknown> | null> {
  const documents = strapi.documents(uid as UID.ContentType) as unknown as DraftDocuments;
  return documents.findOne({ documentId, status: 'draft', populate: populateFor(strapi, uid), ...(isLocalized(strapi, uid) ? { locale: locale ?? DEFAULT_LOCALE } : {}) });
}

/** Locales in which the document has no version at all (draft or published). */
async function missingLocales(strapi: Core.Strapi, uid: string, documentId: string): Promise<string[]> {
  if (!isLocalized(strapi, uid)) return [];
  const versions = (await strapi.db.query(uid as UID.Schema).findMany({ where: { documentId }, select: ['locale'] })) as { locale: string }[];
  const present = new Set(versions.map((version) => version.locale));
  return LOCALE_CODES.filter((code) => !present.has(code));
}

/** The rules on an entry, with the city’s thresholds and the locales the document still lacks. */
export async function runChecks(strapi: Core.Strapi, uid: string, documentId: string, entry: Record<string, unknown>, locale: string | undefined): Promise<CheckResult> {
  return checkEntry(entry, {
    locale: locale ?? DEFAULT_LOCALE,
    thresholds: thresholdsFromEnv(process.env),
    missingLocales: await missingLocales(strapi, uid, documentId),
  });
}
