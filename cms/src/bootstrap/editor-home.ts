import type { Core } from '@strapi/strapi';

/**
 * The admin home page lists the last entries edited and published. The publisher writes a site-build
 * report on every publish, so those reports would push the editors' own work off the list. They
 * stay readable in the content manager, where editors look for why a publish failed.
 */
const HIDDEN_FROM_HOME = new Set(['api::site-build.site-build']);

interface RouteState {
  state?: { route?: { path?: string; info?: { pluginName?: string } } };
}

const isHomeWidget = (ctx: RouteState | undefined): boolean =>
  ctx?.state?.route?.info?.pluginName === 'content-manager' && ctx.state.route.path === '/homepage/recent-documents';

export function keepReportsOffEditorHome(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context as unknown as { uid: string; action: string };
    if (action === 'findMany' && HIDDEN_FROM_HOME.has(uid) && isHomeWidget(strapi.requestContext.get() as RouteState | undefined)) return [];
    return next();
  });
}
