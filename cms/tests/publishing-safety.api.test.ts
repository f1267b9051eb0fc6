import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHER_SECRET_HEADER } from '@city/shared/forms';
import { startPublisher, type Publisher } from '../../publisher/server/server';
import type { BuildOutcome } from '../../publisher/server/builder';
import { freePort, startSeededCms, type RunningCms } from './harness/cms';
import { adminLogin, jsonInit, request } from './harness/http';

const SECRET = 'publishing-safety-secret-0123456789';
const ROOT_DIR = path.resolve(__dirname, '..', '..');

let cms: RunningCms;
let publisher: Publisher;
let siteUrl: string;
let hookUrl: string;
let publishDir: string;

interface SiteBuildRow {
  outcome: 'live' | 'failed';
  problem: string | null;
  buildId: string;
}

beforeAll(async () => {
  cms = await startSeededCms({ PUBLISH_WEBHOOK_SECRET: SECRET });
  publishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'publishing-safety-'));
  const sitePort = await freePort();
  const hookPort = await freePort();
  publisher = startPublisher({ rootDir: ROOT_DIR, publishDir, sitePort, hookPort, host: '127.0.0.1', cmsUrl: cms.url, webhookSecret: SECRET, debounceMs: 100, log: () => undefined });
  siteUrl = `http://127.0.0.1:${sitePort}`;
  hookUrl = `http://127.0.0.1:${hookPort}`;
  const first = await publisher.firstBuild;
  if (!first.ok) throw new Error(`the first build failed:\n${first.log}`);
});

afterAll(async () => {
  await publisher?.close();
  await cms?.stop();
  if (publishDir) fs.rmSync(publishDir, { recursive: true, force: true });
});

async function nextBuild(previousId: string): Promise<BuildOutcome> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const status = (await request<BuildOutcome>(`${hookUrl}/status`)).body;
    if (status.id && status.id !== previousId) return status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('no new build within 180 s');
}

describe('publishing safety', () => {
  it('refuses webhook calls without the secret', async () => {
    const response = await fetch(`${hookUrl}/publish`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
    const report = await fetch(`${cms.url}/api/site-builds/report`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([401, 403]).toContain(report.status);
  });

  it('keeps the live site when content breaks the build, and tells editors why', async () => {
    const pageUrl = `${siteUrl}/en/departments/information-technology-services/`;
    const before = await fetch(pageUrl);
    expect(before.status).toBe(200);
    const liveHtml = await before.text();

    // A required field emptied through the API: Strapi accepts it, the site's schema does not.
    const token = await adminLogin(cms.url, cms.editor.email, cms.editor.password);
    const departments = await request<{ data: { documentId: string }[] }>(`${cms.url}/api/departments`);
    const documentId = departments.body.data[0]?.documentId;
    const base = `${cms.url}/content-manager/collection-types/api::department.department/${documentId}`;
    expect((await request(`${base}?locale=en`, jsonInit('PUT', { summary: '' }, token))).status).toBe(200);
    expect((await request(`${base}/actions/publish?locale=en`, jsonInit('POST', {}, token))).status).toBe(200);

    const previous = (await request<BuildOutcome>(`${hookUrl}/status`)).body.id;
    const hook = await fetch(`${hookUrl}/publish`, { method: 'POST', headers: { [PUBLISHER_SECRET_HEADER]: SECRET }, body: JSON.stringify({ event: 'entry.publish', model: 'department' }) });
    expect(hook.status).toBe(202);
    const failed = await nextBuild(previous);
    expect(failed.ok).toBe(false);
    expect(failed.log).toMatch(/department/i);
    expect(failed.log).toMatch(/summary/);

    // The old site still serves, unchanged.
    const after = await fetch(pageUrl);
    expect(after.status).toBe(200);
    expect(await after.text()).toBe(liveHtml);

    // Editors can read the failed build in the admin.
    let rows: SiteBuildRow[] = [];
    for (let attempt = 0; attempt < 40 && !rows.some((row) => row.buildId === failed.id); attempt += 1) {
      const list = await request<{ results: SiteBuildRow[] }>(`${cms.url}/content-manager/collection-types/api::site-build.site-build?sort=id:DESC`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(list.status).toBe(200);
      rows = list.body.results;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const row = rows.find((r) => r.buildId === failed.id);
    expect(row?.outcome).toBe('failed');
    expect(row?.problem ?? '').toMatch(/summary/);
  });
});
