// The publisher re-renders only what a publish changes (publisher/server/builder.ts). This checks
// that it is never wrong to do so: after a run of edits of every kind, the live site is byte for
// byte what a first build from the same content renders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteBuilder, type BuildOutcome } from '../../publisher/server/builder';
import { startSeededCms, type RunningCms } from './harness/cms';
import { adminLogin, jsonInit, request } from './harness/http';

const ROOT_DIR = path.resolve(__dirname, '..', '..');

let cms: RunningCms;
let token: string;
let publishDir: string;
let builder: SiteBuilder;

beforeAll(async () => {
  cms = await startSeededCms();
  token = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
  publishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-publish-'));
  builder = new SiteBuilder({ rootDir: ROOT_DIR, publishDir: path.join(publishDir, 'live'), env: { CMS_URL: cms.url } });
  const first = await builder.build();
  if (!first.ok) throw new Error(`the first build failed:\n${first.log}`);
});

afterAll(async () => {
  await builder?.idle();
  await cms?.stop();
  if (publishDir) fs.rmSync(publishDir, { recursive: true, force: true });
});

const collectionUrl = (uid: string, documentId: string) => `${cms.url}/content-manager/collection-types/${uid}/${documentId}`;

async function firstDocumentId(apiPath: string): Promise<{ documentId: string; slug: string }> {
  const found = await request<{ data: { documentId: string; slug: string }[] }>(`${cms.url}/api/${apiPath}?locale=en&sort=slug:asc`);
  const entry = found.body.data[0];
  if (!entry) throw new Error(`no published ${apiPath}`);
  return entry;
}

async function saveAndPublish(base: string, changes: Record<string, unknown>, locale = 'en'): Promise<void> {
  expect((await request(`${base}?locale=${locale}`, jsonInit('PUT', changes, token))).status).toBe(200);
  expect((await request(`${base}/actions/publish?locale=${locale}`, jsonInit('POST', {}, token))).status).toBe(200);
}

async function build(): Promise<BuildOutcome> {
  const outcome = await builder.build();
  expect(outcome.ok, outcome.log).toBe(true);
  return outcome;
}

const readLive = (file: string) => fs.readFileSync(path.join(builder.currentLink, file), 'utf8');

/** Every file of a built site but the search index, which Pagefind names by content hash. */
function pagesOf(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name));
    if (!file.startsWith('pagefind')) files.set(file, fs.readFileSync(path.join(root, file), 'utf8'));
  }
  return files;
}

describe('incremental publishing', () => {
  it('re-renders a few pages for one service, and all pages for what every page shows, and ends where a full build does', async () => {
    const service = await firstDocumentId('services');
    const summary = `A summary written by the incremental publishing test ${Date.now()}.`;
    await saveAndPublish(collectionUrl('api::service.service', service.documentId), { summary });
    const serviceBuild = await build();
    expect(serviceBuild.pagesRendered).toBeGreaterThan(0);
    expect(serviceBuild.pagesRendered).toBeLessThan((serviceBuild.pagesTotal ?? 0) / 2);
    expect(readLive(`en/services/${service.slug}/index.html`)).toContain(summary);

    // A department's name is copied into its services' pages.
    const department = await firstDocumentId('departments');
    const name = `Renamed department ${Date.now()}`;
    await saveAndPublish(collectionUrl('api::department.department', department.documentId), { name });
    await build();
    expect(readLive(`en/departments/${department.slug}/index.html`)).toContain(name);

    // An unpublished service's page goes.
    const gone = await firstDocumentId('services');
    expect((await request(`${collectionUrl('api::service.service', gone.documentId)}/actions/unpublish?locale=en`, jsonInit('POST', {}, token))).status).toBe(200);
    await build();
    expect(fs.existsSync(path.join(builder.currentLink, `en/services/${gone.slug}/index.html`))).toBe(false);

    // The site name is on every page.
    const siteName = `City of Testing ${Date.now()}`;
    await saveAndPublish(`${cms.url}/content-manager/single-types/api::global.global`, { siteName });
    const globalBuild = await build();
    // Every page but the two that do not show it (robots.txt and the sitemap).
    expect(globalBuild.pagesRendered).toBe((globalBuild.pagesTotal ?? 0) - 2);

    // Nothing changed: nothing is rendered and the live folder stays.
    await builder.idle();
    const live = builder.currentRoot();
    const idle = await build();
    expect(idle.pagesRendered).toBe(0);
    expect(builder.currentRoot()).toBe(live);

    // The search index follows a publish in the background, in a copy of the live folder.
    await builder.idle();
    expect(builder.currentRoot()).toMatch(/-search$/);
    expect(fs.existsSync(path.join(builder.currentLink, 'pagefind', 'pagefind.js'))).toBe(true);

    const fresh = new SiteBuilder({ rootDir: ROOT_DIR, publishDir: path.join(publishDir, 'fresh'), env: { CMS_URL: cms.url } });
    expect((await fresh.build()).ok).toBe(true);
    const incremental = pagesOf(builder.currentRoot() ?? '');
    const full = pagesOf(fresh.currentRoot() ?? '');
    expect([...incremental.keys()].sort()).toEqual([...full.keys()].sort());
    for (const [file, body] of full) expect(incremental.get(file), file).toBe(body);
    expect(readLive('en/index.html')).toContain(siteName);
    // The pages send readers' requests to this CMS, not to a default one (the settings are fixed into the render bundle).
    const requestPages = [...full.keys()].filter((file) => file.endsWith('/request/index.html'));
    expect(requestPages.length).toBeGreaterThan(0);
    for (const file of requestPages) expect(full.get(file)).toContain(`${cms.url}/api/service-requests/submit`);
  });
});
