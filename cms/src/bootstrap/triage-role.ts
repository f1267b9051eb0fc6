import type { Core } from '@strapi/strapi';
import { syncAdminRole, TRIAGE_ROLE } from './admin-roles';

/** The Triage role (its demo account: demo-accounts.ts; its list of requests: admin-views.ts). */
export async function ensureTriage(strapi: Core.Strapi): Promise<void> {
  await syncAdminRole(strapi, TRIAGE_ROLE);
}
