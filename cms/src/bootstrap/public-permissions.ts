import type { Core } from '@strapi/strapi';
import { EDITORIAL_TYPES } from './content-types';

interface PermissionRow {
  id: number;
  action: string;
}

/** What the anonymous public may do: read published content and nothing else. */
export function publicActions(): string[] {
  return EDITORIAL_TYPES.flatMap((type) =>
    type.kind === 'single' ? [`${type.uid}.find`] : [`${type.uid}.find`, `${type.uid}.findOne`],
  ).concat(['plugin::i18n.locales.listLocales']);
}

/**
 * Makes the users-permissions roles match the code exactly: missing permissions are added, and
 * any permission granted by hand in the admin is removed, so the code is the only source of truth.
 */
export async function syncUsersPermissions(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const wanted: Record<string, string[]> = { public: publicActions(), authenticated: [] };

  for (const [type, actions] of Object.entries(wanted)) {
    const role = (await roles.findOne({ where: { type } })) as { id: number } | null;
    if (!role) throw new Error(`users-permissions role "${type}" is missing`);
    const current = (await permissions.findMany({ where: { role: role.id } })) as PermissionRow[];
    const stale = current.filter((p) => !actions.includes(p.action));
    if (stale.length > 0) await permissions.deleteMany({ where: { id: { $in: stale.map((p) => p.id) } } });
    const have = new Set(current.map((p) => p.action));
    for (const action of actions.filter((a) => !have.has(a))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
}
