import { adminLogin, jsonInit, request } from '../cms/tests/harness/http';

interface Paged<T> {
  data: T[];
}

/**
 * One editor change made live: edit a service's summary in the admin API, publish it, and wait
 * until the served page shows the new text. The clock starts when the editor presses Publish.
 */
export async function measurePublishToLive(options: {
  cmsUrl: string;
  siteUrl: string;
  editor: { email: string; password: string };
  slug: string;
  run: number;
  timeoutMs?: number;
}): Promise<number> {
  const token = await adminLogin(options.cmsUrl, options.editor.email, options.editor.password);
  const found = await request<Paged<{ documentId: string }>>(`${options.cmsUrl}/api/services?filters[slug][$eq]=${options.slug}`);
  const documentId = found.body.data[0]?.documentId;
  if (!documentId) throw new Error(`no published service ${options.slug}`);
  const summary = `Benchmark summary ${Date.now()} run ${options.run}.`;
  const base = `${options.cmsUrl}/content-manager/collection-types/api::service.service/${documentId}`;
  const saved = await request(`${base}?locale=en`, jsonInit('PUT', { summary }, token));
  if (saved.status !== 200) throw new Error(`saving the draft answered ${saved.status}`);
  const started = performance.now();
  const published = await request(`${base}/actions/publish?locale=en`, jsonInit('POST', {}, token));
  if (published.status !== 200) throw new Error(`publishing answered ${published.status}`);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    const page = await fetch(`${options.siteUrl}/en/services/${options.slug}/`);
    if ((await page.text()).includes(summary)) return (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the new summary was not live after ${(options.timeoutMs ?? 120_000) / 1000} s`);
}
