import { adminWordingEn } from './en';
import { adminWordingEs } from './es';
import type { AdminWording } from './types';

export type { AdminWording, FieldWording } from './types';

/**
 * The admin's field wording in each of its languages (config `locales` in src/admin/app.ts).
 * English is also what the CMS stores in the content-manager configuration.
 */
export const adminWording: Record<'en' | 'es', AdminWording> = { en: adminWordingEn, es: adminWordingEs };
