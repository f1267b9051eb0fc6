/**
 * Some of Strapi's admin routes let any signed-in admin do what only the super admin should: their
 * only policy is `admin::isAuthenticatedAdmin`, or none. `requirePermission` adds the permission
 * check Strapi leaves out, to one route of a plugin, from that plugin's `strapi-server.ts`. Each
 * use was found by the permission matrix (cms/tests/reliability/permissions.reliability.test.ts).
 */
type Policy = string | { name: string; config?: unknown };
interface Route {
  method: string;
  path: string;
  config?: { policies?: Policy[] } & Record<string, unknown>;
}
export interface PluginWithAdminRoutes {
  routes: { admin?: { routes: Route[] } } & Record<string, unknown>;
}

export function requirePermission<P extends PluginWithAdminRoutes>(plugin: P, method: string, path: string, action: string): P {
  const route = plugin.routes.admin?.routes.find((candidate) => candidate.method === method && candidate.path === path);
  // A Strapi upgrade that renames the route must not silently drop the check.
  if (!route) throw new Error(`requirePermission: no admin route ${method} ${path}`);
  const policies = route.config?.policies ?? [];
  route.config = { ...route.config, policies: [...(policies.includes('admin::isAuthenticatedAdmin') ? [] : ['admin::isAuthenticatedAdmin']), ...policies, { name: 'admin::hasPermissions', config: { actions: [action] } }] };
  return plugin;
}
