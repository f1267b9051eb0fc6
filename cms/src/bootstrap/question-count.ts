import type { Core } from '@strapi/strapi';
import { FORM_UID } from '../lib/constants';

/**
 * A service form keeps the number of its questions, so the admin's list of forms can show it (a
 * list column cannot count a dynamic zone). Private: never served by the content API.
 */

interface MiddlewareContext {
  uid: string;
  action: string;
  params: { data?: { fields?: unknown; questionCount?: number } };
}

export function registerQuestionCount(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as MiddlewareContext;
    if (uid === FORM_UID && (action === 'create' || action === 'update') && Array.isArray(params.data?.fields)) {
      params.data.questionCount = params.data.fields.length;
    }
    return next();
  });
}

/** Counts the questions of forms saved before the count existed. */
export async function countMissingQuestions(strapi: Core.Strapi): Promise<void> {
  const forms = (await strapi.db.query(FORM_UID).findMany({ where: { questionCount: { $null: true } }, select: ['id'], populate: { fields: true } })) as { id: number; fields?: unknown[] }[];
  for (const form of forms) {
    await strapi.db.query(FORM_UID).update({ where: { id: form.id }, data: { questionCount: form.fields?.length ?? 0 } });
  }
}
