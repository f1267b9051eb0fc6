import type { Core } from '@strapi/strapi';

interface ActionProvider {
  registerMany(actions: Record<string, unknown>[]): Promise<void>;
}

/** The plugin's one action: reading and setting schedules (the Editor role has it; see bootstrap/admin-roles.ts). */
export async function registerSchedulingPermissions(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  await permissions.actionProvider.registerMany([{ section: 'plugins', displayName: 'Schedule publishing', uid: 'read', pluginName: 'scheduling' }]);
}
