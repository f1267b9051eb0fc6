// The render bundle's entry (see adapter.mjs). It lists every page the site has, as `astro build`
// would, and renders any of them with content the publisher hands it, noting which collections
// each page read.
import type { GetStaticPathsOptions, GetStaticPathsResult, SSRManifest } from 'astro';
import { App } from 'astro/app';
import { isAlertActive } from '@city/shared/content';
import { PREVIEW_READ_HEADER, type PreviewTarget } from '@city/shared/preview';
import type { CollectionName } from '../../site/loaders/collections';
import { createCmsClient, type InvalidEntry } from '../../site/loaders/strapi';
import { recordReads, setRuntimeContent, withRuntimeContent } from '../../site/loaders/runtime-content';
import { fileFor, noPagination, pathnameFor } from './paths';
import { draftContent, previewPathname } from './preview-content';
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

/** A preview: the page rendered, or why there is none. */
export type PreviewResult =
  | { kind: 'page'; pathname: string; body: Uint8Array }
  /** The entry (or, for a form, a service offering it) is not in the content. */
  | { kind: 'missing' }
  /** The entry's own draft is unfinished: the problems the schema found. */
  | { kind: 'unfinished'; problems: string[] };

export interface RendererOptions {
  /** The CMS's preview read credential (shared/preview); without it, previews show published content only. */
  previewCredential?: string;
}

export interface Renderer {
  /** Brings the content up to date with the CMS (everything the first time, then what changed) and renders with it from now on. */
  syncContent(options?: SyncOptions): Promise<SyncResult>;
  /** Which alerts are in force at `now`, as a key that changes when they do. */
  activeAlerts(now: Date): string;
  listPages(): Promise<PageJob[]>;
  render(job: PageJob): Promise<RenderedPage>;
  /** Renders the page an entry shows on, from its draft (or as published), with the preview banner; nothing is written to disk. */
  preview(target: PreviewTarget): Promise<PreviewResult>;
}

type RouteData = SSRManifest['routes'][number]['routeData'];
interface PageModule {
  getStaticPaths?: (options: GetStaticPathsOptions) => Promise<GetStaticPathsResult> | GetStaticPathsResult;
}
type StaticPath = GetStaticPathsResult[number];

export function createExports(manifest: SSRManifest): {
  createRenderer: (cmsUrl: string, options?: RendererOptions) => Renderer;
} {
  return { createRenderer: (cmsUrl, options) => createRenderer(manifest, cmsUrl, options) };
}

/** `/[lang]/services/[slug]` as a pattern for pathnames, to find the one route a preview needs. */
const routeMatcher = (route: string) => new RegExp(`^${route.replace(/\[\.\.\.\w+\]/g, '.*').replace(/\[\w+\]/g, '[^/]+')}/?$`);
const withoutTrailingSlash = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname);

function createRenderer(manifest: SSRManifest, cmsUrl: string, options: RendererOptions = {}): Renderer {
  const app = new App(manifest);
  const snapshot = new ContentSnapshot({
    client: createCmsClient(cmsUrl),
    cmsUrl,
  });
  const origin = manifest.site ?? 'http://localhost';
  const routes = manifest.routes.map((info) => info.routeData).filter((route) => (route.type === 'page' || route.type === 'endpoint') && !route.route.startsWith('/_'));
  const routeByPattern = new Map(routes.map((route) => [route.route, route]));

  const credential = options.previewCredential;
  const previewClient = credential
    ? createCmsClient(cmsUrl, (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set(PREVIEW_READ_HEADER, credential);
        return fetch(input, { ...init, headers });
      })
    : null;

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
    listPages: () => listPages(routes),
    async render(job) {
      return renderPage(job, { routeProps: job.props });
    },
    async preview(target) {
      const live = snapshot.collections();
      let collections = live;
      let unfinished: InvalidEntry[] = [];
      if (target.status === 'draft' && previewClient) {
        const drafts = await draftContent(live, { client: previewClient, cmsUrl }, target.locale);
        collections = drafts.collections;
        unfinished = drafts.invalid.filter((entry) => entry.documentId === target.documentId && target.documentId !== '');
      }
      if (unfinished.length > 0) return { kind: 'unfinished', problems: unfinished.map((entry) => entry.message) };
      const pathname = previewPathname(target, collections);
      if (!pathname) return { kind: 'missing' };
      // Its own content object, so per-render memos (getGlobal) never mix it with the live content.
      return withRuntimeContent({ version: snapshot.version, collections }, async () => {
        const wanted = withoutTrailingSlash(pathname);
        const jobs = await listPages(routes.filter((route) => route.type === 'page' && routeMatcher(route.route).test(wanted)));
        const job = jobs.find((candidate) => withoutTrailingSlash(candidate.pathname) === wanted);
        if (!job) return { kind: 'missing' };
        const page = await renderPage(job, { routeProps: job.props, preview: true });
        return { kind: 'page', pathname, body: page.body };
      });
    },
  };

  async function listPages(candidates: readonly RouteData[]): Promise<PageJob[]> {
    const jobs: PageJob[] = [];
    for (const route of candidates) {
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
  }

  async function renderPage(job: PageJob, locals: App.Locals): Promise<RenderedPage> {
    const routeData = routeByPattern.get(job.route);
    if (!routeData) throw new Error(`No route ${job.route}`);
    const reads = new Set<CollectionName>();
    const url = new URL(routeData.type === 'page' && job.pathname !== '/' ? `${job.pathname}/` : job.pathname, origin);
    const response = await recordReads(reads, () =>
      app.render(new Request(url), { routeData, locals }),
    );
    const expected = routeData.route === '/404' ? 404 : 200;
    if (response.status !== expected) throw new Error(`Rendering ${job.pathname} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
    return {
      body: new Uint8Array(await response.arrayBuffer()),
      reads: [...reads],
    };
  }
}
