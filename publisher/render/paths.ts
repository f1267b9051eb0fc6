// Where the renderer's pages go: the same paths and files `astro build` writes.

/** The site paginates nothing; a route that starts to would need this renderer taught how. */
export const noPagination = (): never => {
  throw new Error('The publisher renderer does not support paginate() in getStaticPaths');
};

/** A route's pathname for some params: `/[lang]/track` with `{ lang: 'es' }` is `/es/track`. */
export function pathnameFor(route: string, params: Record<string, string | number | undefined>): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${route}`);
    return String(value);
  });
}

/** The file a static build writes for a pathname (build.format 'directory'). */
export function fileFor(routeData: { type: string; route: string }, pathname: string): string {
  if (routeData.type === 'endpoint') return pathname.replace(/^\//, '');
  if (routeData.route === '/404' || routeData.route === '/500') return `${pathname.slice(1)}.html`;
  return `${pathname.replace(/^\/|\/$/g, '')}/index.html`.replace(/^\//, '');
}
