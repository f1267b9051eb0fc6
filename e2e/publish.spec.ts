// Publish to live, end to end: an editor signs in to the real Strapi admin, changes a service's
// summary and publishes; Strapi's webhook makes the publisher rebuild and swap the site, and the new
// text appears on the running site. The seconds from the click to the live page are reported.
// Runs on its own CMS and publisher (it changes content), with the admin panel served.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchStack, type RunningStack } from './support/launch';
import { AXE_TAGS } from './support/site';
import { expectNoAxeViolations, tabTo } from './support/requests';

test.describe.configure({ mode: 'serial' });

let stack: RunningStack;

test.beforeAll(async () => {
  test.setTimeout(480_000);
  stack = await launchStack({ admin: true });
});
test.afterAll(async () => {
  await stack?.stop();
});

async function logIn(page: Page): Promise<void> {
  const { cmsUrl, editor } = stack.info;
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(editor.email);
  await page.locator('input[name="password"]').fill(editor.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/auth\/login/, { timeout: 30_000 });
}

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

test('the admin speaks the editors\' language: labels, descriptions and question titles, in English and Spanish', async ({ page }) => {
  const { cmsUrl, editor } = stack.info;
  const service = await findService(cmsUrl);
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(editor.email);
  await page.locator('input[name="password"]').fill(editor.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/auth\/login/, { timeout: 30_000 });

  const formsResponse = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ serviceForms(locale: "en", pagination: { limit: 1 }) { documentId } departments(locale: "en", pagination: { limit: 1 }) { documentId } }' }),
  });
  const ids = ((await formsResponse.json()) as { data: { serviceForms: { documentId: string }[]; departments: { documentId: string }[] } }).data;
  const views = [
    { name: 'service', uid: 'api::service.service', documentId: service.documentId, en: ['Online form', 'Search words'], es: ['Formulario en línea', 'Palabras de búsqueda'] },
    { name: 'department', uid: 'api::department.department', documentId: ids.departments[0]?.documentId, en: ['Divisions', 'Contact details'], es: ['Divisiones', 'Datos de contacto'] },
    { name: 'service-form', uid: 'api::service-form.service-form', documentId: ids.serviceForms[0]?.documentId, en: ['Questions', 'Confirmation message'], es: ['Preguntas', 'Mensaje de confirmación'] },
  ];
  for (const language of ['en', 'es'] as const) {
    await page.evaluate((locale) => window.localStorage.setItem('strapi-admin-language', locale), language);
    for (const view of views) {
      await page.goto(`${cmsUrl}/admin/content-manager/collection-types/${view.uid}/${view.documentId}?plugins[i18n][locale]=en`);
      // A repeatable field's label carries its count, and localized fields a hidden hint:
      // "Divisions (8) This value is unique for the selected locale".
      const labelled = (label: string) => page.getByText(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(\\d+\\))?(\\s|$)`)).first();
      for (const label of view[language]) await expect(labelled(label), `${view.name} (${language}): ${label}`).toBeVisible({ timeout: 30_000 });
      // The code's attribute names are never what an editor reads.
      await expect(page.getByText('timeToComplete', { exact: true })).toHaveCount(0);
      await expect(page.getByText('confirmationText', { exact: true })).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath(`admin-${view.name}-edit-${language}.png`), fullPage: true });
    }
  }
  // A form's questions are listed by their question, not their key ("Short text - page_url").
  await page.evaluate(() => window.localStorage.setItem('strapi-admin-language', 'en'));
  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::service-form.service-form/${views[2]?.documentId}?plugins[i18n][locale]=en`);
  await expect(page.getByRole('button', { name: /^Short text - [A-Z]/ }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/ - [a-z]+(_[a-z]+)+$/)).toHaveCount(0);
});

test('an editor previews a saved draft on the real site while the live page stays as published', async ({ page, context }) => {
  const { cmsUrl, siteUrl } = stack.info;
  const service = await findService(cmsUrl);
  const servicePage = `${siteUrl}/en/services/${service.slug}/`;
  await logIn(page);
  await page.evaluate(() => window.localStorage.setItem('strapi-admin-language', 'en'));
  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::service.service/${service.documentId}?plugins[i18n][locale]=en`);
  const summary = page.locator('textarea[name="summary"]');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  const draftSummary = `Drafted for the preview test at ${new Date().toISOString()}.`;
  await summary.fill(draftSummary);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved document' })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('link', { name: /Open preview/ }).or(page.getByRole('button', { name: /Open preview/ })).first().click();
  const frame = page.frameLocator('iframe[data-testid="preview-iframe"]');
  await expect(frame.locator('.usa-intro')).toHaveText(draftSummary, { timeout: 30_000 });
  await expect(frame.getByText('Preview, not published.')).toBeVisible();
  const previewUrl = await page.locator('iframe[data-testid="preview-iframe"]').getAttribute('src');
  expect(previewUrl?.startsWith(`${siteUrl}/preview/`)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('admin-preview.png'), fullPage: true });

  // The live site is untouched until the editor publishes.
  expect(await (await fetch(servicePage)).text()).not.toContain(draftSummary);

  // The link works on its own (a colleague without an account), passes axe and starts with the skip link.
  const colleague = await context.browser()?.newContext();
  if (!colleague) throw new Error('no browser');
  const preview = await colleague.newPage();
  const answer = await preview.goto(previewUrl ?? '');
  expect(answer?.headers()['cache-control']).toBe('no-store');
  await expect(preview.locator('.usa-intro')).toHaveText(draftSummary);
  const results = await new AxeBuilder({ page: preview }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  await preview.keyboard.press('Tab');
  await expect(preview.locator('.usa-skipnav')).toBeFocused();
  await colleague.close();
});

/** An instant as the date and time on the demo city's clock (America/New_York), as the editor types them. */
function cityClock(instant: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

test('an editor schedules an alert a minute ahead in its side panel, sees it on the Scheduled page, and it appears on the site', async ({ page }) => {
  const { cmsUrl, siteUrl, editor } = stack.info;
  // A draft alert, made through the content manager's API as the admin's own form would.
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(editor) });
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const message = `Scheduled by the publish test at ${new Date().toISOString()}: King Street is closed for the parade.`;
  const created = await fetch(`${cmsUrl}/content-manager/collection-types/api::alert.alert?locale=en`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ message, severity: 'warning', startsAt: new Date(Date.now() - 3_600_000).toISOString() }),
  });
  expect(created.status).toBe(201);
  const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;

  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(editor.email);
  await page.locator('input[name="password"]').fill(editor.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/auth\/login/, { timeout: 30_000 });
  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::alert.alert/${documentId}?plugins[i18n][locale]=en`);

  // Between 30 and 90 seconds ahead, on the city's clock.
  const { date, time } = cityClock(new Date(Date.now() + 90_000));
  await expect(page.getByText('Nothing scheduled in this language.')).toBeVisible({ timeout: 30_000 });
  await page.locator('input[name="schedule-date"]').fill(date);
  await page.locator('input[name="schedule-time"]').fill(time);
  const submit = page.getByRole('button', { name: 'Schedule', exact: true });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Scheduled: Publish on / })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Waiting for its time')).toBeVisible();

  // The Scheduled page in the main menu lists it, with its city time.
  await page.getByRole('link', { name: 'Scheduled', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scheduled publishing' })).toBeVisible({ timeout: 30_000 });
  const row = page.getByRole('row').filter({ hasText: 'King Street is closed for the parade' });
  await expect(row).toContainText('Alert');
  await expect(row).toContainText(/Waiting for its time|Done/);
  await page.mouse.move(0, 0);
  await expectNoAxeViolations(page, 'scheduled page');

  await expect
    .poll(async () => (await (await fetch(`${siteUrl}/en/`)).text()).includes('King Street is closed for the parade'), { timeout: 240_000, intervals: [1_000] })
    .toBe(true);
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'King Street is closed for the parade' })).toContainText('Done');
});
