import type { Core } from '@strapi/strapi';
import { open311Clients } from '../api/open311/services/clients';
import { isProduction } from './demo-accounts';

/**
 * Open311 at start-up: when OPEN311_DEMO_KEY is set (development, demos, tests), a client named
 * "Demo client" holds that key. Real clients get keys from `npm run open311:key -- "<name>"`.
 * A demo key revoked in the admin stays revoked.
 */
export async function bootstrapOpen311(strapi: Core.Strapi): Promise<void> {
  await ensureUniqueIndexes(strapi);
  const demoKey = process.env.OPEN311_DEMO_KEY?.trim();
  if (!demoKey) return;
  if (isProduction()) {
    strapi.log.warn('Production: the demo Open311 key is never created; ignoring OPEN311_DEMO_KEY. Use `npm run open311:key`.');
    return;
  }
  const outcome = await open311Clients(strapi).ensure('Demo client', demoKey);
  if (outcome === 'created') strapi.log.info('Open311: created the demo client for OPEN311_DEMO_KEY');
}

/**
 * One Open311 row per request and per token, decided by the database: two concurrent retries of a
 * submission both find no row and both insert, and the second must fail (services/requests.ts then
 * reads the winner). Rows stored twice before these indexes existed keep the index from being
 * made: that is logged, and the check before each insert still applies.
 */
async function ensureUniqueIndexes(strapi: Core.Strapi): Promise<void> {
  for (const column of ['reference', 'token']) {
    const name = `open311_submissions_${column}_uq`;
    try {
      await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ${name} ON open311_submissions (${column})`);
    } catch (error) {
      strapi.log.error(`Open311: could not create the unique index ${name} (are some requests recorded twice?): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
