import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FORM_UID } from '../lib/constants';

interface MiddlewareContext {
  uid: string;
  action: string;
  params: { documentId?: string; data?: { code?: unknown } };
}

/**
 * A service form's code is how other systems (Open311 clients, stored requests) refer to it, so
 * once the form has been published the code can no longer change; before that it is still a draft
 * and free to fix.
 */
export function registerStableFormCode(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as MiddlewareContext;
    if (uid === FORM_UID && action === 'update' && params.documentId && typeof params.data?.code === 'string') {
      const published = await strapi.db.query(FORM_UID).findOne({
        where: { documentId: params.documentId, publishedAt: { $notNull: true } },
        select: ['code'],
      });
      if (published && published.code !== params.data.code) {
        throw new errors.ValidationError(`The code "${published.code}" is in use by other systems and cannot change once published.`, {
          errors: [{ path: ['code'], message: 'A published form keeps its code.', name: 'ValidationError' }],
        });
      }
    }
    return next();
  });
}
