// Publish to live, end to end: an editor signs in to the real Strapi admin, changes a service's
// summary and publishes; Strapi's webhook makes the publisher rebuild and swap the site, and the new
// text appears on the running site. The seconds from the click to the live page are reported.
// Runs on its own CMS and publisher (it changes content), with the admin panel served.
import { expect, test } from '@playwright/test';
import { launchStack, type RunningStack } from './support/launch';

test.describe.configure({ mode: 'serial' });

let stack: RunningStack;

test.beforeAll(async () => {
  test.setTimeout(480_000);
  stack = await launchStack({ admin: true });
});
test.afterAll(async () => {
  await stack?.stop();
});

async function findService(cmsUrl: string): Promise<{ documentId: string; slug: string; summary: string }> {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ services(locale: "en", sort: ["slug:asc"], pagination: { limit: 1 }) { documentId slug summary } }' }),
  });
  const body = (await response.json()) as { data?: { services: { documentId: string; slug: string; summary: string }[] } };
  const service = body.data?.services[0];
  if (!service) throw new Error(`no service in the CMS: ${JSON.stringify(body)}`);
  return service;
}

test('an editor publishes a new summary in the admin and it is live on the site within seconds', async ({ page }) => {
  const { cmsUrl, siteUrl, editor } = stack.info;
  const service = await findService(cmsUrl);
  const servicePage = `${siteUrl}/en/services/${service.slug}/`;
  await page.goto(servicePage);
  await expect(page.locator('.usa-intro')).toHaveText(service.summary);

  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(editor.email);
  await page.locator('input[name="password"]').fill(editor.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/auth\/login/, { timeout: 30_000 });

  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::service.service/${service.documentId}?plugins[i18n][locale]=en`);
  const summary = page.locator('textarea[name="summary"]');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  const newSummary = `Updated in the admin by the publish test at ${new Date().toISOString()}.`;
  await summary.fill(newSummary);

  const publish = page.getByRole('button', { name: 'Publish', exact: true });
  await expect(publish).toBeEnabled();
  const clickedAt = Date.now();
  await publish.click();
  await expect(page.getByRole('status').filter({ hasText: 'Published document' })).toBeVisible({ timeout: 30_000 });

  // Poll the live site as a reader would, until the new summary is served.
  let seconds = 0;
  await expect
    .poll(
      async () => {
        const html = await (await fetch(servicePage)).text();
        seconds = (Date.now() - clickedAt) / 1000;
        return html.includes(newSummary);
      },
      { timeout: 120_000, intervals: [250] },
    )
    .toBe(true);
  console.log(`[publish] the new summary was live ${seconds.toFixed(1)} s after the editor clicked Publish`);
  test.info().annotations.push({ type: 'publish-to-live seconds', description: seconds.toFixed(1) });

  await page.goto(servicePage);
  await expect(page.locator('.usa-intro')).toHaveText(newSummary);
});
