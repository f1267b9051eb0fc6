import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, freePort, runSeed, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from '../../cms/tests/harness/cms';
import { compileCms } from '../../cms/scripts/compile-lock.mjs';
import { SiteBuilder, type BuildOutcome } from '../../site/publisher/builder';
import { securityHeaders } from '../../site/publisher/headers';
import { createStaticHandler } from '../../site/publisher/static';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BenchCms extends RunningCms {
  database: ThrowawayDatabase;
}

/** A seeded CMS on a throwaway database, started the way the tests start it. */
export async function startBenchCms(kind: 'sqlite' | 'postgres', extraEnv: Record<string, string> = {}, seedArgs: string[] = []): Promise<BenchCms> {
  await compileCms(path.join(ROOT_DIR, 'cms'));
  const database = await createDatabase(kind);
  const env = testEnv(await freePort(), database, { LOG_LEVEL: 'error', ...extraEnv });
  await runSeed(env, seedArgs);
  const cms = await startCms(env, 300_000);
  return { ...cms, database, stop: async () => (await cms.stop(), await database.drop()) };
}

export interface ServedSite {
  url: string;
  builder: SiteBuilder;
  lastBuild: BuildOutcome;
  rebuild(): Promise<BuildOutcome>;
  close(): Promise<void>;
}

/** Builds the site from a CMS into a temporary folder and serves it as production would. */
export async function buildAndServeSite(cmsUrl: string): Promise<ServedSite> {
  const publishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-site-'));
  const builder = new SiteBuilder({ rootDir: ROOT_DIR, publishDir, env: { CMS_URL: cmsUrl } });
  const lastBuild = await builder.build();
  if (!lastBuild.ok) throw new Error(`the site did not build:\n${lastBuild.log}`);
  const port = await freePort();
  const server = http.createServer(createStaticHandler(() => builder.currentRoot(), securityHeaders(new URL(cmsUrl).origin, { https: false })));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const site: ServedSite = {
    url: `http://127.0.0.1:${port}`,
    builder,
    lastBuild,
    rebuild: async () => (site.lastBuild = await builder.build()),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          fs.rmSync(publishDir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
  return site;
}

export interface TemplatePage {
  template: string;
  path: (locale: string) => string;
  /** Where Lighthouse reads the page, when not at `path`: Lighthouse refuses to score a page answered with 404. */
  lighthousePath?: (locale: string) => string;
}

/** One page per template, in each language, that the weight and Lighthouse figures cover. */
export const TEMPLATES: TemplatePage[] = [
  { template: 'home', path: (l) => `/${l}/` },
  { template: 'department', path: (l) => `/${l}/departments/information-technology-services/` },
  { template: 'service', path: (l) => `/${l}/services/find-free-public-wifi/` },
  { template: 'form', path: (l) => `/${l}/services/report-a-website-problem/request/` },
  { template: 'track', path: (l) => `/${l}/track/` },
  { template: 'search', path: (l) => `/${l}/search/` },
  // The server answers a missing page with the 404 page's file; Lighthouse reads that file directly.
  { template: '404', path: (l) => `/${l}/this-page-does-not-exist/`, lighthousePath: () => '/404.html' },
];
