// The render bundle's entry (see adapter.mjs). It lists every page the site has, as `astro build`
// would, and renders any of them with content the publisher hands it, noting which collections
// each page read.
import type { GetStaticPathsOptions, GetStaticPathsResult, SSRManifest } from 'astro';
import { App } from 'astro/app';
import { isAlertActive } from '@city/shared/content';
import type { CollectionName } from '../../site/loaders/collections';
import { createCmsClient } from '../../site/loaders/strapi';
import { recordReads, setRuntimeContent } from '../../site/loaders/runtime-content';
import { fileFor, noPagination, pathnameFor } from './paths';
import { ContentSnapshot, type SyncOptions, type SyncResult } from './snapshot';

export interface PageJob {
  /** The route's pattern, `/[lang]/services/[slug]`. */
  route: string;
  /** `/en/services/parking-permit`. */
  pathname: string;
  /** Where the page goes in the static folder, `en/services/parking-permit/index.html`. */
  file: string;
  /** What getStaticPaths gives this path; the renderer compares them to find what changed. */
  props: Record<string, unknown>;
}

export interface RenderedPage {
  body: Uint8Array;
  reads: CollectionName[];
}

export interface Renderer {
  /** Brings the content up to date with the CMS (everything the first time, then what changed) and renders with it from now on. */
  syncContent(options?: SyncOptions): Promise<SyncResult>;
  /** Which alerts are in force at `now`, as a key that changes when they do. */
  activeAlerts(now: Date): string;
  listPages(): Promise<PageJob[]>;
  render(job: PageJob): Promise<RenderedPage>;
}

type RouteData = SSRManifest['routes'][number]['routeData'];
interface PageModule {
  getStaticPaths?: (options: GetStaticPathsOptions) => Promise<GetStaticPathsResult> | GetStaticPathsResult;
}
type StaticPath = GetStaticPathsResult[number];

export function createExports(manifest: SSRManifest): {
  createRenderer: (cmsUrl: string) => Renderer;
} {
  return { createRenderer: (cmsUrl) => createRenderer(manifest, cmsUrl) };
}

function createRenderer(manifest: SSRManifest, cmsUrl: string): Renderer {
  const app = new App(manifest);
  const snapshot = new ContentSnapshot({
    client: createCmsClient(cmsUrl),
    cmsUrl,
  });
  const origin = manifest.site ?? 'http://localhost';
  const routes = manifest.routes.map((info) => info.routeData).filter((route) => (route.type === 'page' || route.type === 'endpoint') && !route.route.startsWith('/_'));
  const routeByPattern = new Map(routes.map((route) => [route.route, route]));

  async function pageModule(route: RouteData): Promise<PageModule> {
    const load = manifest.pageMap?.get(route.component);
    if (!load) throw new Error(`The render bundle has no module for ${route.component}`);
    const mod: PageModule = await (await load()).page();
    return mod;
  }

  return {
    async syncContent(options) {
      const result = await snapshot.sync(options);
      setRuntimeContent({
        version: snapshot.version,
        collections: snapshot.collections(),
      });
      return result;
    },
    activeAlerts(now) {
      return snapshot
        .collections()
        .alerts.filter((alert) => isAlertActive(alert, now))
        .map((alert) => `${alert.locale}/${alert.documentId}`)
        .sort()
        .join(',');
    },
    async listPages() {
      const jobs: PageJob[] = [];
      for (const route of routes) {
        const mod = await pageModule(route);
        const paths: StaticPath[] =
          route.params.length === 0
            ? [{ params: {} }]
            : await (mod.getStaticPaths?.({
                paginate: noPagination,
                routePattern: route.route,
              }) ?? []);
        for (const { params, props } of paths) {
          const pathname = pathnameFor(route.route, params);
          jobs.push({
            route: route.route,
            pathname,
            file: fileFor(route, pathname),
            props: props ?? {},
          });
        }
      }
      return jobs;
    },
    async render(job) {
      const routeData = routeByPattern.get(job.route);
      if (!routeData) throw new Error(`No route ${job.route}`);
      const reads = new Set<CollectionName>();
      const url = new URL(routeData.type === 'page' && job.pathname !== '/' ? `${job.pathname}/` : job.pathname, origin);
      const response = await recordReads(reads, () =>
        app.render(new Request(url), {
          routeData,
          locals: { routeProps: job.props },
        }),
      );
      const expected = routeData.route === '/404' ? 404 : 200;
      if (response.status !== expected) throw new Error(`Rendering ${job.pathname} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        reads: [...reads],
      };
    },
  };
}
