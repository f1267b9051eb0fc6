import { requirePermission, type PluginWithAdminRoutes } from '../require-permission';

/**
 * `PUT /content-manager/components/:uid/configuration` has no policy at all: any admin could change
 * how a component is shown in the admin (labels, descriptions, which fields are visible) for
 * everyone. The content types' own configuration checks "configure view"; components get the
 * matching "configure layout" permission, which only the super admin holds.
 */
export default (plugin: PluginWithAdminRoutes): PluginWithAdminRoutes =>
  requirePermission(plugin, 'PUT', '/components/:uid/configuration', 'plugin::content-manager.components.configure-layout');
