import { requirePermission, type PluginWithAdminRoutes } from '../require-permission';

/** `PUT /i18n/settings` changes the i18n plugin's settings: the super admin's (locale update permission), not any admin's. */
export default (plugin: PluginWithAdminRoutes): PluginWithAdminRoutes => requirePermission(plugin, 'PUT', '/settings', 'plugin::i18n.locale.update');
