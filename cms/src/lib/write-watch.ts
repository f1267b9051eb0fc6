import type { Core } from '@strapi/strapi';

const WRITE_EVENTS = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/**
 * Calls `forget` on any write to these models (content types or components), right away and again
 * when the writing transaction commits: a read between the two would otherwise keep what was there
 * before the commit. For in-memory caches of content that editors change rarely.
 */
export function forgetOnWrites(strapi: Core.Strapi, models: string[], forget: () => void): void {
  const onWrite = async () => {
    forget();
    if (strapi.db.inTransaction()) await strapi.db.transaction(({ onCommit }) => onCommit(forget));
  };
  strapi.db.lifecycles.subscribe({
    models,
    ...Object.fromEntries(WRITE_EVENTS.map((event) => [event, onWrite])),
  });
}
