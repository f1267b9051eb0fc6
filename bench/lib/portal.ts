import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, freePort, runSeed, startCms, testEnv, type RunningCms, type ThrowawayDatabase } from '../../cms/tests/harness/cms';
import { compileCms } from '../../cms/scripts/compile-lock.mjs';
import { indexForSearch, SiteBuilder, type BuildOutcome } from '../../publisher/server/builder';
import { securityHeaders } from '../../publisher/server/headers';
import { createStaticHandler } from '../../publisher/server/static';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BenchCms extends RunningCms {
  database: ThrowawayDatabase;
}

export interface SeededDatabase {
  database: ThrowawayDatabase;
  /** The environment a CMS on it starts with. */
  env: Record<string, string>;
}

/** A throwaway database with the demo city seeded, ready for a CMS (seeding is a CMS run of its own). */
export async function seedBenchDatabase(kind: 'sqlite' | 'postgres', extraEnv: Record<string, string> = {}, seedArgs: string[] = []): Promise<SeededDatabase> {
  await compileCms(path.join(ROOT_DIR, 'cms'));
  const database = await createDatabase(kind);
  const env = testEnv(await freePort(), database, { LOG_LEVEL: 'error', ...extraEnv });
  await runSeed(env, seedArgs);
  return { database, env };
}

/** A CMS on a seeded database; stopping it drops the database. */
export async function startSeededCms({ database, env }: SeededDatabase): Promise<BenchCms> {
  const cms = await startCms(env, 300_000);
  return { ...cms, database, stop: async () => (await cms.stop(), await database.drop()) };
}

/** A seeded CMS on a throwaway database, started the way the tests start it. */
export async function startBenchCms(kind: 'sqlite' | 'postgres', extraEnv: Record<string, string> = {}, seedArgs: string[] = []): Promise<BenchCms> {
  return startSeededCms(await seedBenchDatabase(kind, extraEnv, seedArgs));
}

/** A CMS on a copy of a prepared SQLite database: seconds to start, where seeding takes most of a minute. */
export async function startCmsOnCopy(databaseFile: string, extraEnv: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-db-'));
  const copy = path.join(dir, 'portal.db');
  fs.copyFileSync(databaseFile, copy);
  const env = testEnv(await freePort(), { env: { DATABASE_FILENAME: copy, DATABASE_URL: '' }, drop: async () => undefined }, { LOG_LEVEL: 'error', ...extraEnv });
  const cms = await startCms(env, 300_000);
  return { ...cms, stop: async () => (await cms.stop(), fs.rmSync(dir, { recursive: true, force: true })) };
}

export interface ServedSite {
  url: string;
  /** The folder being served. */
  root: string;
  close(): Promise<void>;
}

/** Serves a built folder as production would (the publisher's static handler and headers). */
export async function serveFolder(root: string, cmsUrl: string, onClose: () => void = () => undefined): Promise<ServedSite> {
  const port = await freePort();
  const server = http.createServer(createStaticHandler(() => root, securityHeaders(new URL(cmsUrl).origin, { https: false })));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          onClose();
          resolve();
        });
      }),
  };
}

/** Builds the site from a CMS into a temporary folder (with its search index) and serves it. */
export async function buildAndServeSite(cmsUrl: string): Promise<ServedSite & { lastBuild: BuildOutcome }> {
  const publishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-site-'));
  const builder = new SiteBuilder({ rootDir: ROOT_DIR, publishDir, env: { CMS_URL: cmsUrl } });
  const lastBuild = await builder.build();
  const root = builder.currentRoot();
  if (!lastBuild.ok || !root) throw new Error(`the site did not build:\n${lastBuild.log}`);
  const site = await serveFolder(root, cmsUrl, () => fs.rmSync(publishDir, { recursive: true, force: true }));
  return { ...site, lastBuild };
}

/** Runs Pagefind over a built folder, as the publisher does after each build. */
export async function indexBuiltFolder(root: string): Promise<void> {
  const { code, output } = await indexForSearch(ROOT_DIR, root);
  if (code !== 0) throw new Error(`pagefind exited with ${code}: ${output}`);
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
