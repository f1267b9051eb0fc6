import type { Core } from '@strapi/strapi';

/** One review row per entry and locale: the schema file cannot declare a unique index on three columns. */
export async function ensureReviewIndexes(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw('CREATE UNIQUE INDEX IF NOT EXISTS content_reviews_entry_uq ON content_reviews (content_type, entry_document_id, entry_locale)');
  // The reminder sweep: rows due and not yet reminded.
  await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS content_reviews_due_idx ON content_reviews (review_due, reminded_for)');
}
