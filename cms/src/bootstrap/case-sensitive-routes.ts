import { createRequire } from 'node:module';

/**
 * Strapi's router (@koa/router) matches paths case-insensitively, so `/API/pages` reached the same
 * route as `/api/pages` while checks written for the path did not see it. Strapi creates its
 * routers itself (server, content API, admin, one per plugin route group) with no way to pass
 * options, so every route registered from now on is made case-sensitive at its one entry point,
 * Router#register. Call in register(): Strapi adds its routes during bootstrap.
 */
const PATCHED: unique symbol = Symbol.for('city-portal.case-sensitive-routes');

interface Match {
  route: boolean;
}
interface RouterInstance {
  get(path: string, handler: () => void): unknown;
  match(path: string, method: string): Match;
}
interface RouterPrototype {
  register(this: RouterInstance, path: unknown, methods: unknown, middleware: unknown, opts?: Record<string, unknown>): unknown;
  [PATCHED]?: true;
}
type RouterClass = (new () => RouterInstance) & { prototype: RouterPrototype };

function strapiRouter(): RouterClass {
  // The copy Strapi's server uses, whatever else is installed.
  const fromCore = createRequire(require.resolve('@strapi/core'));
  const loaded = fromCore('@koa/router') as RouterClass | { default: RouterClass };
  return 'default' in loaded ? loaded.default : loaded;
}

export function makeRoutesCaseSensitive(): void {
  const Router = strapiRouter();
  const prototype = Router.prototype;
  if (!prototype[PATCHED]) {
    const register = prototype.register;
    prototype.register = function (path, methods, middleware, opts = {}) {
      return register.call(this, path, methods, middleware, { ...opts, sensitive: true });
    };
    prototype[PATCHED] = true;
  }
  // Refuse to start open: if a new @koa/router ignores the option, stop here, not in production.
  const probe = new Router();
  probe.get('/Probe', () => undefined);
  if (probe.match('/probe', 'GET').route || !probe.match('/Probe', 'GET').route) {
    throw new Error('Routes could not be made case-sensitive: check @koa/router after upgrading Strapi.');
  }
}
