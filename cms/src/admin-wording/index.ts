import { adminWordingEn, typeNamesEn } from './en';
import { adminWordingEs, typeNamesEs } from './es';
import type { AdminWording } from './types';

export type { AdminWording, FieldWording } from './types';

/**
 * The admin's field wording in each of its languages (config `locales` in src/admin/app.ts).
 * English is also what the CMS stores in the content-manager configuration.
 */
export const adminWording: Record<'en' | 'es', AdminWording> = { en: adminWordingEn, es: adminWordingEs };

/** Content-type names in the admin's menus, keyed by the schemas' displayName. */
export const typeNames: Record<'en' | 'es', Record<string, string>> = { en: typeNamesEn, es: typeNamesEs };
