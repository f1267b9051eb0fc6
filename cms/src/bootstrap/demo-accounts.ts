import type { Core } from '@strapi/strapi';
import { EDITOR_ROLE, ensureAdminUser, SUPERVISOR_ROLE, TRIAGE_ROLE } from './admin-roles';
import { divisionsOf, setDivisions } from '../plugins/requests-desk/server/lib/scope';

/**
 * The demo accounts a newcomer signs in with (`npm start` writes their logins to cms/.env): an
 * editor, a triage officer and an administrator (Strapi's super admin, who invites the city's real
 * staff). A production CMS never creates them, whatever the environment holds: a forgotten
 * EDITOR_PASSWORD in a service file must not open the city's admin.
 */
interface DemoAccount {
  label: string;
  emailVariable: string;
  passwordVariable: string;
  lastname: string;
  /** The admin role's code; roles are synced in code before this runs (admin-roles.ts). */
  roleCode: string;
}

const SUPER_ADMIN_CODE = 'strapi-super-admin';

const DEMO_ACCOUNTS: DemoAccount[] = [
  { label: 'editor', emailVariable: 'EDITOR_EMAIL', passwordVariable: 'EDITOR_PASSWORD', lastname: 'Editor', roleCode: EDITOR_ROLE.code },
  { label: 'triage', emailVariable: 'TRIAGE_EMAIL', passwordVariable: 'TRIAGE_PASSWORD', lastname: 'Triage', roleCode: TRIAGE_ROLE.code },
  { label: 'supervisor', emailVariable: 'SUPERVISOR_EMAIL', passwordVariable: 'SUPERVISOR_PASSWORD', lastname: 'Supervisor', roleCode: SUPERVISOR_ROLE.code },
  { label: 'administrator', emailVariable: 'ADMIN_EMAIL', passwordVariable: 'ADMIN_PASSWORD', lastname: 'Administrator', roleCode: SUPER_ADMIN_CODE },
];

async function roleId(strapi: Core.Strapi, code: string): Promise<number> {
  const role = (await strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number } | null;
  if (!role) throw new Error(`The admin role ${code} does not exist`);
  return role.id;
}

export const isProduction = (): boolean => process.env.NODE_ENV === 'production';

export async function ensureDemoAccounts(strapi: Core.Strapi): Promise<void> {
  const requested = DEMO_ACCOUNTS.filter((account) => process.env[account.emailVariable] && process.env[account.passwordVariable]);
  if (isProduction()) {
    if (requested.length > 0) {
      const variables = requested.map((account) => `${account.emailVariable}/${account.passwordVariable}`).join(', ');
      strapi.log.warn(`Production: demo accounts are never created; ignoring ${variables}. Invite staff from the administrator account instead.`);
    }
    return;
  }
  for (const account of requested) {
    const outcome = await ensureAdminUser(strapi, {
      email: process.env[account.emailVariable],
      password: process.env[account.passwordVariable],
      firstname: 'Demo',
      lastname: account.lastname,
      roleId: await roleId(strapi, account.roleCode),
    });
    if (outcome === 'created') strapi.log.info(`Created the demo ${account.label} account ${process.env[account.emailVariable]}`);
  }
  await placeDemoTriage(strapi);
}

/**
 * The demo triage officer works in the divisions that receive the demo's requests, except one
 * (DEMO_TRIAGE_EXCLUDED_DIVISION, default `operations`): the desk's scoping shows from the first
 * start. Set once; a supervisor changes it on the desk's Team page afterwards.
 */
export async function placeDemoTriage(strapi: Core.Strapi): Promise<void> {
  const email = process.env.TRIAGE_EMAIL?.toLowerCase();
  if (!email) return;
  const user = (await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })) as { id: number } | null;
  if (!user || (await divisionsOf(strapi, user.id)).length > 0) return;
  const excluded = process.env.DEMO_TRIAGE_EXCLUDED_DIVISION ?? 'operations';
  const rows = (await strapi.db.query('api::service-form.service-form').findMany({ select: ['divisionKey'] })) as { divisionKey: string | null }[];
  const divisions = [...new Set(rows.map((row) => row.divisionKey).filter((key): key is string => !!key && key !== excluded))];
  if (divisions.length > 0) await setDivisions(strapi, user.id, divisions);
}
