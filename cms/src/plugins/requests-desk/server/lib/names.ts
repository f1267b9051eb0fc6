import type { Core, UID } from '@strapi/strapi';

/**
 * Services and divisions by name in the staff member's language (content is localized; staff
 * never read a form code or a division key). Missing translations fall back to English.
 */
interface Documents {
  findMany(params: Record<string, unknown>): Promise<unknown[]>;
}
const documents = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as UID.ContentType) as unknown as Documents;

interface DepartmentRow {
  divisions?: { key?: string; name?: string }[] | null;
}
interface FormRow {
  code?: string;
  title?: string;
}

export interface Names {
  divisions: Map<string, string>;
  services: Map<string, string>;
}

async function namesIn(strapi: Core.Strapi, locale: string): Promise<Names> {
  const [departments, forms] = await Promise.all([
    documents(strapi, 'api::department.department').findMany({ locale, status: 'published', fields: ['name'], populate: { divisions: { fields: ['key', 'name'] } }, limit: 1000 }),
    documents(strapi, 'api::service-form.service-form').findMany({ locale, status: 'published', fields: ['code', 'title'], limit: 1000 }),
  ]);
  const divisions = new Map<string, string>();
  for (const department of departments as DepartmentRow[]) {
    for (const division of department.divisions ?? []) if (division.key && division.name) divisions.set(division.key, division.name);
  }
  const services = new Map<string, string>();
  for (const form of forms as FormRow[]) if (form.code && form.title) services.set(form.code, form.title);
  return { divisions, services };
}

export async function namesFor(strapi: Core.Strapi, language: string): Promise<Names> {
  if (language === 'en') return namesIn(strapi, 'en');
  const [own, english] = await Promise.all([namesIn(strapi, language), namesIn(strapi, 'en')]);
  return { divisions: new Map([...english.divisions, ...own.divisions]), services: new Map([...english.services, ...own.services]) };
}

/** A key's name, or the key made readable when the content no longer names it. */
export const nameOf = (map: Map<string, string>, key: string | null | undefined, fallback: string): string =>
  (key ? map.get(key) : undefined) ?? fallback;
