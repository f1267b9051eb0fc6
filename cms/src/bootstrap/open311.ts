import type { Core } from '@strapi/strapi';
import { open311Clients } from '../api/open311/services/clients';

/**
 * Open311 at start-up: when OPEN311_DEMO_KEY is set (development, demos, tests), a client named
 * "Demo client" holds that key. Real clients get keys from `npm run open311:key -- "<name>"`.
 * A demo key revoked in the admin stays revoked.
 */
export async function bootstrapOpen311(strapi: Core.Strapi): Promise<void> {
  const demoKey = process.env.OPEN311_DEMO_KEY?.trim();
  if (!demoKey) return;
  const outcome = await open311Clients(strapi).ensure('Demo client', demoKey);
  if (outcome === 'created') strapi.log.info('Open311: created the demo client for OPEN311_DEMO_KEY');
}
