import type { Core } from '@strapi/strapi';
import { isReviewed } from '../../contract';
import { nextReviewDate } from './dates';
import { localesOf } from './locales';
import { findReview, reviews, saveReview } from './store';

interface DocumentContext {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: unknown; status?: string };
}

/**
 * Keeps each entry's review row in step with the entry, however it is written (the content manager,
 * the seed, code): a save records when that locale's content changed (what the translation flag
 * compares), the first publication sets the review date, and deleting a locale deletes its row.
 */
export function registerChangeTracking(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action, params } = context as unknown as DocumentContext;
    if (!isReviewed(uid)) return next();
    const result = await next();
    const written = result as { documentId?: string; entries?: { locale?: unknown }[] } | null;
    const documentId = params.documentId ?? written?.documentId;
    if (!documentId) return result;
    const now = new Date();

    if (action === 'create' || action === 'update') {
      const [locale] = localesOf(params.locale);
      if (locale) await saveReview(strapi, { uid, documentId, locale }, { contentChangedAt: now });
    }
    const published = action === 'publish' || ((action === 'create' || action === 'update') && params.status === 'published');
    if (published) {
      // Publish answers with the entries it published: a locale the document lacks gets no row.
      const locales = Array.isArray(written?.entries) ? written.entries.map((entry) => entry.locale).filter((code): code is string => typeof code === 'string') : localesOf(params.locale);
      for (const locale of locales) {
        const key = { uid, documentId, locale };
        // Only the first publication: later ones keep the date an owner set or a review moved.
        if (!(await findReview(strapi, key))?.reviewDue) await saveReview(strapi, key, { reviewDue: nextReviewDate(now) });
      }
    }
    if (action === 'delete') {
      await reviews(strapi).deleteMany({ where: { contentType: uid, entryDocumentId: documentId, entryLocale: { $in: localesOf(params.locale) } } });
    }
    return result;
  });
}
