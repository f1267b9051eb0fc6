import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../contract';

interface ActionProvider {
  registerMany(actions: Record<string, unknown>[]): Promise<void>;
}

/** The plugin's one action: reading the metrics (the Editor role has it; see bootstrap/admin-roles.ts). */
export async function registerMetricsPermissions(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  await permissions.actionProvider.registerMany([{ section: 'plugins', displayName: 'Read form metrics', uid: 'read', pluginName: PLUGIN_ID }]);
}
