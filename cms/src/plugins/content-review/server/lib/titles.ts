import type { Core, UID } from '@strapi/strapi';
import { z } from 'zod';
import type { ReviewedUid } from '../../contract';

/** The field that names an entry of each reviewed type. */
const TITLE_FIELD: Record<ReviewedUid, string> = {
  'api::page.page': 'title',
  'api::service.service': 'title',
  'api::department.department': 'name',
};

const draftSchema = z.object({ documentId: z.string(), locale: z.string().nullish() }).catchall(z.unknown());

/** Each existing draft's title, keyed `documentId locale`; an entry deleted since has none. */
export async function draftTitles(strapi: Core.Strapi, uid: ReviewedUid, documentIds: string[]): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const field = TITLE_FIELD[uid];
  const rows = z.array(draftSchema).parse(
    await strapi.db.query(uid as UID.Schema).findMany({ select: ['documentId', 'locale', field], where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: null } }),
  );
  return new Map(rows.map((row) => [`${row.documentId} ${row.locale ?? ''}`, typeof row[field] === 'string' && row[field] ? String(row[field]) : row.documentId]));
}

export const titleKey = (documentId: string, locale: string): string => `${documentId} ${locale}`;
