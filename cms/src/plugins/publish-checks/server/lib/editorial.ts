import { EDITORIAL_TYPES, LOCALES, DEFAULT_LOCALE } from '../../../../bootstrap/content-types';

export const EDITORIAL_UIDS: readonly string[] = EDITORIAL_TYPES.map((type) => type.uid);

export const isEditorial = (uid: string): boolean => EDITORIAL_UIDS.includes(uid);
export const LOCALE_CODES: readonly string[] = LOCALES.map((locale) => locale.code);
export { DEFAULT_LOCALE };
