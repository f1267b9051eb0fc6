import { EDITORIAL_TYPES, LOCALES, DEFAULT_LOCALE } from '../../../../bootstrap/content-types';

const EDITORIAL_UIDS: ReadonlySet<string> = new Set(EDITORIAL_TYPES.map((type) => type.uid));

export const isEditorial = (uid: string): boolean => EDITORIAL_UIDS.has(uid);
export const LOCALE_CODES: readonly string[] = LOCALES.map((locale) => locale.code);
export { DEFAULT_LOCALE };
