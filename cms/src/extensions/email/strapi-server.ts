import { requirePermission, type PluginWithAdminRoutes } from '../require-permission';

/**
 * `POST /email` sends any message to anyone, from the city's own address, for any signed-in admin:
 * an Editor or a Triage account could mail residents as the city (phishing). It now needs the
 * e-mail settings permission, which only the super admin holds.
 */
export default (plugin: PluginWithAdminRoutes): PluginWithAdminRoutes => requirePermission(plugin, 'POST', '/', 'plugin::email.settings.read');
