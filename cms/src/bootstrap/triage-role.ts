import type { Core } from '@strapi/strapi';
import { SUPERVISOR_ROLE, syncAdminRole, TRIAGE_ROLE } from './admin-roles';

/** The desk's roles, Triage and Supervisor (their demo accounts: demo-accounts.ts; their desk: plugins/requests-desk). */
export async function ensureTriage(strapi: Core.Strapi): Promise<void> {
  await syncAdminRole(strapi, TRIAGE_ROLE);
  await syncAdminRole(strapi, SUPERVISOR_ROLE);
}
