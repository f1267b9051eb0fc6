// Screenshots for the editors' part of the README and docs/forms.md, taken in a real browser on the
// seeded demo city while checking what each shows: a draft's preview with its banner, the checks
// before publishing refusing an image without alternative text, the Due for review and Scheduled
// lists, a service form's condition and steps in the admin, and the resident's side of a form in
// steps (a step, check your answers with Change links, an exit page).
// Runs on its own CMS with the admin panel served (the desk project, like the Requests desk).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchStack, type RunningStack } from './support/launch';

// In order, in one worker (one stack); unlike serial, a failure does not skip the screenshots after it.
test.describe.configure({ mode: 'default' });

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
/** Small enough to keep each PNG well under 250 KB, large enough for the admin's side panels. */
const VIEWPORT = { width: 1280, height: 800 };
const TELECOM_SERVICE = 'telecommunications-work-in-the-right-of-way';

let stack: RunningStack;
let token = '';

test.beforeAll(async () => {
  test.setTimeout(480_000);
  stack = await launchStack({ admin: true });
  token = await adminToken();
});
test.afterAll(async () => {
  await stack?.stop();
});

async function adminToken(): Promise<string> {
  const { cmsUrl, editor } = stack.info;
  const response = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(editor) });
  const body = (await response.json()) as { data?: { token: string } };
  if (!body.data) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(body)}`);
  return body.data.token;
}

/** A call to the CMS's admin API as the demo editor; fails the test on an error status. */
async function admin<T>(method: string, route: string, payload?: unknown): Promise<T> {
  const response = await fetch(`${stack.info.cmsUrl}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
  const text = await response.text();
  expect(response.ok, `${method} ${route}: ${response.status} ${text}`).toBe(true);
  return (text ? JSON.parse(text) : null) as T;
}

async function graphql<T>(query: string): Promise<T> {
  const response = await fetch(`${stack.info.cmsUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function logIn(page: Page): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${stack.info.cmsUrl}/admin/auth/login`);
  await page.evaluate(() => window.localStorage.setItem('strapi-admin-language', 'en'));
  await page.locator('input[name="email"]').fill(stack.info.editor.email);
  await page.locator('input[name="password"]').fill(stack.info.editor.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/auth\/login/, { timeout: 30_000 });
}

/**
 * Saves docs/screenshots/<name>.png of the viewport, nothing hovered. With `showing`, that element is
 * scrolled into view first (the admin scrolls inside its layout); otherwise every scroller is at the top.
 */
async function screenshot(page: Page, name: string, showing?: Locator, block: ScrollLogicalPosition = 'start'): Promise<void> {
  await page.mouse.move(0, 0);
  if (showing) await showing.evaluate((element, where) => element.scrollIntoView({ block: where }), block);
  else
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelectorAll('*').forEach((element) => {
        if (element.scrollTop > 0) element.scrollTop = 0;
      });
    });
  // Let fonts and images settle, so the picture is what a person sees.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const contentManager = (uid: string, documentId: string) => `${stack.info.cmsUrl}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=en`;

/** A page draft, made as the content manager makes it; returns its document id. */
async function pageDraft(slug: string, title: string, body: object[]): Promise<string> {
  const created = await admin<{ data: { documentId: string } }>('POST', '/content-manager/collection-types/api::page.page?locale=en', {
    title,
    slug,
    summary: 'The new King Street bridge opens in May: the detours, the opening day and the new bus stops.',
    body,
  });
  return created.data.documentId;
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

test('the preview of a draft, with its banner', async ({ page }) => {
  test.setTimeout(180_000);
  const { services } = await graphql<{ services: { documentId: string }[] }>(`{ services(locale: "en", filters: { slug: { eq: "${TELECOM_SERVICE}" } }) { documentId } }`);
  const documentId = services[0]?.documentId ?? '';
  await logIn(page);
  await page.goto(contentManager('api::service.service', documentId));
  await page.getByRole('link', { name: /Open preview/ }).or(page.getByRole('button', { name: /Open preview/ })).first().click();
  const frame = page.frameLocator('iframe[data-testid="preview-iframe"]');
  await expect(frame.getByText('Preview, not published.')).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Plan telecommunications work in the public right-of-way');
  await screenshot(page, 'editor-preview');
});

test('the checks before publishing refuse an image without alternative text, and the panel says where', async ({ page }) => {
  test.setTimeout(180_000);
  const image = {
    type: 'image',
    image: { name: 'bridge.jpg', alternativeText: null, url: '/uploads/bridge.jpg', width: 800, height: 600, ext: '.jpg', mime: 'image/jpeg', size: 120, hash: 'bridge', provider: 'local', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z' },
    children: [{ type: 'text', text: '' }],
  };
  const documentId = await pageDraft('king-street-bridge-opening', 'Opening of the King Street bridge', [paragraph('The new bridge opens to people on foot, on bikes and in cars on May 4.'), image]);
  await logIn(page);
  await page.goto(contentManager('api::page.page', documentId));
  // The side panel is an aside headed by its title.
  const panel = page.getByRole('complementary').filter({ has: page.getByRole('heading', { level: 2, name: 'Checks before publishing' }) });
  await expect(panel.getByRole('heading', { level: 3, name: 'Must be fixed before publishing (1)' })).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText('Page text, block 2: the image has no alternative text (bridge.jpg)');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText(/This entry cannot be published until these accessibility problems are fixed: Page text, block 2/).first()).toBeVisible({ timeout: 15_000 });
  await screenshot(page, 'editor-publish-checks', panel);
});

test('the Due for review list and the Scheduled list', async ({ page }) => {
  test.setTimeout(180_000);
  const { pages } = await graphql<{ pages: { documentId: string; title: string }[] }>('{ pages(locale: "en", sort: ["title:asc"], pagination: { limit: 2 }) { documentId title } }');
  const me = await admin<{ data: { id: number } }>('GET', '/admin/users/me');
  const cityDay = (offsetDays: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offsetDays * 86_400_000));
  for (const entry of pages) {
    await admin('PUT', '/content-review/entry', { uid: 'api::page.page', documentId: entry.documentId, locale: 'en', ownerId: me.data.id, reviewDue: cityDay(-3) });
  }
  await logIn(page);
  await page.getByRole('link', { name: 'Due for review', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Due for review' })).toBeVisible({ timeout: 30_000 });
  for (const entry of pages) await expect(page.getByRole('link', { name: entry.title, exact: true })).toBeVisible();
  await screenshot(page, 'editor-due-for-review');

  const { services } = await graphql<{ services: { documentId: string; title: string }[] }>('{ services(locale: "en", sort: ["title:asc"], pagination: { limit: 1 }) { documentId title } }');
  const draft = await pageDraft('new-recycling-schedule', 'Weekly recycling from June', [paragraph('From June, recycling is collected every week on the same day as trash.')]);
  await admin('POST', '/scheduling/schedules', { uid: 'api::page.page', documentId: draft, locale: 'en', action: 'publish', date: cityDay(2), time: '08:00' });
  await admin('POST', '/scheduling/schedules', { uid: 'api::service.service', documentId: services[0]?.documentId, locale: 'en', action: 'unpublish', date: cityDay(9), time: '17:30' });
  await page.getByRole('link', { name: 'Scheduled', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scheduled' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Weekly recycling from June').first()).toBeVisible();
  await expect(page.getByText(services[0]?.title ?? '').first()).toBeVisible();
  await screenshot(page, 'editor-scheduled');
});

// One log-in for both forms: the admin allows an account five log-ins in five minutes, and this file's tests use them all.
test('a service form in the admin: a question’s condition and the steps, chosen by label, never by answer name', async ({ page }) => {
  test.setTimeout(180_000);
  const { serviceForms } = await graphql<{ serviceForms: { documentId: string }[] }>('{ serviceForms(locale: "en", filters: { code: { eq: "telecom-right-of-way" } }) { documentId } }');
  await logIn(page);
  await page.goto(contentManager('api::service-form.service-form', serviceForms[0]?.documentId ?? ''));
  const question = page.getByRole('button', { name: /^Short text - Numbers on the City poles/ });
  await expect(question).toBeVisible({ timeout: 30_000 });
  await question.click();
  const operator = page.locator('[name="fields.3.showWhen.operator"]');
  // The pickers (plugins/form-logic) name the earlier question and its choices by label, never by answer name.
  const earlier = page.getByRole('combobox', { name: 'Earlier question' });
  await expect(earlier).toHaveText('Type of work');
  await expect(page.getByRole('combobox', { name: 'Answers' })).toHaveText('Small cell or wireless equipment, Attachment to a City pole');
  await screenshot(page, 'forms-admin-condition', earlier, 'center');
  await expect(operator).toBeVisible();

  const firstStep = page.getByRole('button', { name: /About your company/ }).first();
  await expect(firstStep).toBeVisible();
  await expect(page.getByRole('button', { name: /Site contact and plans/ }).first()).toBeVisible();
  await firstStep.click();
  await expect(page.getByRole('combobox', { name: 'Starts at question' })).toHaveText('Company doing the work');
  await screenshot(page, 'forms-admin-steps', firstStep);

  // The Wi-Fi form: the location question is asked only for "another City building".
  const wifi = await graphql<{ serviceForms: { documentId: string }[] }>('{ serviceForms(locale: "en", filters: { code: { eq: "wifi-outage" } }) { documentId } }');
  await page.goto(contentManager('api::service-form.service-form', wifi.serviceForms[0]?.documentId ?? ''));
  const building = page.getByRole('button', { name: /Where is the building\?/ }).first();
  await expect(building).toBeVisible({ timeout: 30_000 });
  await building.click();
  const answers = page.getByRole('combobox', { name: 'Answers' });
  await expect(earlier).toHaveText('Where were you?');
  await expect(page.getByRole('combobox', { name: 'When its answer' })).toHaveText('is');
  await expect(answers).toHaveText('Another City building');
  await expect(page.getByText('Choose the answers to “Where were you?” that make this apply.')).toBeVisible();
  await expect(page.getByText('Choose a question asked before this one: its answer decides whether this one is asked.')).toBeVisible();
  // Keyboard: the list holds only the one question asked before this one, by its label.
  await earlier.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option')).toHaveText(['Where were you?']);
  await page.keyboard.press('Escape');
  // Adding a choice by label stores its stored value beside the one there; the entry now differs from the saved one.
  await answers.click();
  await page.getByRole('option', { name: 'A public library' }).click();
  await page.keyboard.press('Escape');
  await expect(answers).toHaveText('A public library, Another City building');
  await expect(page.getByText(/location_type|city_hall|recreation_center|\bequals\b|one_of|\banswered\b/)).toHaveCount(0);
  // How the answer is compared, in words: the stored codes never show.
  await page.getByRole('combobox', { name: 'When its answer' }).click();
  await expect(page.getByRole('option')).toHaveText(['is', 'is one of', 'includes all of (for a question with several answers)', 'is given (any answer)']);
  await page.keyboard.press('Escape');
});

test('a resident answers a form in steps: a step, check your answers with Change links', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${stack.info.siteUrl}/en/services/${TELECOM_SERVICE}/request`);
  const progress = page.getByText(/^Step \d+ of \d+$/);
  const heading = page.getByRole('heading', { level: 1 });
  const next = () => page.getByRole('button', { name: 'Continue', exact: true }).click();
  // USWDS draws its own radios: the input sits off screen, and the resident clicks the label.
  const choose = (label: string) => page.locator('label', { hasText: label }).click();
  await expect(progress).toHaveText('Step 1 of 5', { timeout: 30_000 });
  await page.getByLabel('Company doing the work').fill('Potomac Fiber Co');
  await choose('A City pole or City conduit');
  await next();
  await expect(progress).toHaveText('Step 2 of 5');
  await expect(heading).toHaveText('The work');
  // The pole numbers are asked only for work on a pole: the condition shows the question.
  await expect(page.getByLabel('Numbers on the City poles')).toHaveCount(0);
  await choose('Attachment to a City pole');
  await page.getByLabel('Numbers on the City poles').fill('AX-101, AX-102');
  await page.getByLabel('Location of the work').fill('301 King St');
  await screenshot(page, 'forms-step');
  await next();
  await expect(heading).toHaveText('Dates and closures');
  await page.getByLabel('Planned start date').fill('2027-03-01');
  await page.getByLabel('How many days will the work take?').fill('12');
  await next();
  await expect(heading).toHaveText('Site contact and plans');
  await page.getByLabel('Site plans and route drawings').setInputFiles({ name: 'route.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
  await expect(page.getByText('Chosen: route.pdf')).toBeVisible();
  await page.getByLabel('24-hour phone number of the field supervisor').fill('703 555 0100');
  await next();
  await expect(heading).toHaveText('Your contact details');
  await page.getByLabel('Full name').fill('Sam Builder');
  await page.getByLabel('Email address').fill('sam@fiber.example');
  await next();
  await expect(heading).toHaveText('Check your answers before sending your request');
  await expect(page.getByRole('link', { name: 'Change Numbers on the City poles' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change Location of the work' })).toBeVisible();
  await screenshot(page, 'forms-check-answers');
});

test('an answer that leads to an exit page', async ({ page }) => {
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${stack.info.siteUrl}/en/services/${TELECOM_SERVICE}/request`);
  await expect(page.getByText('Step 1 of 5')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Company doing the work').fill('Potomac Fiber Co');
  await page.locator('label', { hasText: 'A Dominion Energy utility pole or power line' }).click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This is not a City service');
  await expect(page.getByRole('button', { name: 'Change your answer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send request' })).toHaveCount(0);
  await screenshot(page, 'forms-exit-page');
});
