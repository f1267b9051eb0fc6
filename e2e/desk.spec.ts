// The Requests desk in the Strapi admin: a Triage officer finds a resident's request in the queue,
// reads its answers as text, takes it, replies with a status change and closes it as fixed, and
// the timeline shows each step; axe on the queue and the request page; the actions are reached with
// Tab; Export CSV saves a file. A supervisor assigns with a bulk action and opens the dashboard and
// the team. Screenshots for the README's Staff section.
// Runs on its own CMS with the admin panel served (like the publish test).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { REFERENCE_PATTERN } from '@city/shared/forms';
import { launchStack, type RunningStack } from './support/launch';
import { expectNoAxeViolations, FORM_CODE, tabTo } from './support/requests';

test.describe.configure({ mode: 'serial' });

const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
const SUPERVISOR = { email: 'supervisor@test.example', password: 'Supervisor-Password-1' };
const DESCRIPTION = 'The link to the library hours on the home page does not work.';
const REPLY = 'Thank you: we are fixing the link today.';

let stack: RunningStack;
/** A second request, left open by the first test for the supervisor's bulk action. */
let otherReference = '';

test.beforeAll(async () => {
  test.setTimeout(480_000);
  // The stack's CMS inherits this environment: the demo supervisor account is created with it.
  process.env.SUPERVISOR_EMAIL = SUPERVISOR.email;
  process.env.SUPERVISOR_PASSWORD = SUPERVISOR.password;
  stack = await launchStack({ admin: true });
});
test.afterAll(async () => {
  await stack?.stop();
});

/** A resident's request, sent straight to the CMS (the journeys cover the form); returns its reference. */
async function sendRequest(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post(`${stack.info.cmsUrl}/graphql`, {
    data: {
      query: 'mutation Submit($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference } }',
      variables: {
        input: {
          formCode: FORM_CODE,
          locale: 'en',
          answers: { service_affected: 'other', page_url: 'https://www.alexandriava.gov/', problem_type: ['broken_link'], description: DESCRIPTION },
          contact: { name, email: 'resident@example.com' },
          idempotencyKey: crypto.randomUUID(),
        },
      },
    },
  });
  const body = (await response.json()) as { data?: { submitServiceRequest: { reference: string } }; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const reference = body.data?.submitServiceRequest.reference ?? '';
  expect(reference).toMatch(REFERENCE_PATTERN);
  return reference;
}

async function logIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${stack.info.cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/auth\/login/, { timeout: 30_000 });
}

/** Chooses an option of a design-system select (a combobox) by the labels a person reads. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** axe with the pointer parked away: a hovered button's lighter colour is not what the page shows. */
async function axe(page: Page, label: string): Promise<void> {
  await page.mouse.move(0, 0);
  await expectNoAxeViolations(page, label);
}

/** A screenshot for the README: the top of the page, nothing hovered (the admin scrolls inside its layout, so not fullPage). */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelectorAll('*').forEach((element) => {
      if (element.scrollTop > 0) element.scrollTop = 0;
    });
  });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Waits for the admin's notification that the action was done. */
async function expectDone(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Done: the request is updated.' }).first()).toBeVisible({ timeout: 15_000 });
}

test('a triage officer finds a request, reads its answers, takes it, replies with a status change and closes it', async ({ page, request }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const reference = await sendRequest(request, 'Rosa Resident');
  otherReference = await sendRequest(request, 'Omar Other');

  await logIn(page, stack.info.triage);
  await page.getByRole('link', { name: 'Requests', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'All', exact: true })).toHaveAttribute('aria-current', 'page');
  // The design system's table is a keyboard grid (arrow keys move between cells); its caption says the page.
  const queueTable = page.locator('table').filter({ has: page.locator('caption', { hasText: /^Requests, page \d+ of/ }) });
  await expect(queueTable).toBeVisible();

  // Search by reference: the filter lands in the URL, and the list shows that request alone.
  await page.getByLabel('Search').fill(reference);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${reference}`));
  const rows = queueTable.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Rosa Resident');
  await expect(rows.first()).toContainText('Submitted');
  await axe(page, 'desk queue');
  await page.getByLabel('Search').fill('');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await screenshot(page, 'desk-queue');

  // Export CSV saves the filtered list as a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^requests-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv).toContain(reference);
  expect(csv).toContain('Rosa Resident');

  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Request ${reference}` })).toBeVisible();
  const answers = page.getByRole('region', { name: 'Answers' });
  await expect(answers.locator('dt', { hasText: 'Describe the problem' })).toBeVisible();
  await expect(answers.locator('dd', { hasText: DESCRIPTION })).toBeVisible();
  // What the resident typed takes its own direction (an Arabic answer reads right to left in the admin).
  await expect(answers.locator('dd p', { hasText: DESCRIPTION })).toHaveAttribute('dir', 'auto');
  await expect(answers.locator('dt', { hasText: 'Web address (URL) of the page' })).toBeVisible();
  expect(await answers.textContent()).not.toContain('{');
  await expect(page.getByRole('region', { name: 'Contact' }).getByRole('link', { name: 'resident@example.com' })).toHaveAttribute('href', 'mailto:resident@example.com');
  await expect(page.getByRole('link', { name: 'Back to the queue' })).toBeVisible();

  // Take it, with the keyboard alone.
  const take = page.getByRole('button', { name: 'Take it (assign to me)' });
  await tabTo(page, take);
  await page.keyboard.press('Enter');
  await expectDone(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Assignment: Demo Triage')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Request', exact: true }).locator('dd', { hasText: 'Demo Triage' })).toBeVisible();

  // A public reply with a status change.
  await choose(page, 'New status', 'In progress');
  await page.getByLabel('Public reply', { exact: true }).fill(REPLY);
  await page.getByRole('region', { name: 'Change status or reply' }).getByRole('button', { name: 'Save' }).click();
  await expectDone(page);
  const statusStep = timeline.locator('li', { hasText: 'Status changed to In progress' });
  await expect(statusStep).toBeVisible();
  await expect(statusStep.getByText('Sent to the resident')).toBeVisible();
  await expect(statusStep.getByText(REPLY)).toBeVisible();

  // A refusal is said beside its field: "no action possible" needs its reason.
  await choose(page, 'Reason', 'No action possible');
  await page.getByRole('button', { name: 'Close the request' }).click();
  await expect(page.getByRole('region', { name: 'Close', exact: true }).getByText('Fill this in.')).toBeVisible();
  // …and the keyboard lands on it, so the officer types the reason straight away.
  await expect(page.getByLabel('Why no action is possible')).toBeFocused();

  // Close as fixed.
  await choose(page, 'Reason', 'Fixed');
  await page.getByRole('button', { name: 'Close the request' }).click();
  await expectDone(page);
  await expect(timeline.getByText('Closed: Fixed')).toBeVisible();
  const facts = page.getByRole('region', { name: 'Request', exact: true });
  await expect(facts.locator('dd', { hasText: 'Resolved' }).first()).toBeVisible();
  await expect(facts.locator('dd', { hasText: 'Fixed' })).toBeVisible();
  // Each step once, oldest first.
  await expect(timeline.locator('ol > li').filter({ hasText: /Assignment: Demo Triage|Status changed to In progress|Closed: Fixed/ })).toHaveText([
    /Assignment: Demo Triage/,
    /Status changed to In progress/,
    /Closed: Fixed/,
  ]);

  await axe(page, 'desk request page');
  await screenshot(page, 'desk-request');

  // The queue keeps its filters in the URL: a status filter survives a reload.
  await page.getByRole('link', { name: 'Back to the queue' }).click();
  await choose(page, 'Status', 'Resolved');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]status=resolved/);
  await page.reload();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status' })).toContainText('Resolved');
  // Triage staff do not see the supervisors' pages in the desk's nav.
  await expect(page.getByRole('navigation', { name: 'Requests desk' }).getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
});

test('a supervisor assigns a request with a bulk action, reads the dashboard (totals, a chart with its table, response times) and the team', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await logIn(page, SUPERVISOR);
  await page.goto(`${stack.info.cmsUrl}/admin/plugins/requests-desk`);
  // A bulk action: the selected request is assigned, and the answer says how many were done.
  await page.getByRole('checkbox', { name: `Select ${otherReference}` }).click();
  const bulk = page.getByRole('region', { name: 'With the selected requests (1)' });
  await choose(page, 'Staff member', 'Demo Triage');
  await bulk.getByRole('button', { name: 'Apply to the selected requests' }).click();
  await expect(bulk.getByText('1 request updated')).toBeVisible();
  await expect(page.locator('tbody tr', { hasText: otherReference })).toContainText('Demo Triage');

  await page.getByRole('navigation', { name: 'Requests desk' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('img', { name: /Bar chart of requests received per week/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Requests received per week, by service' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Open and overdue by division' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Response times (last 90 days)' }).locator('dt')).toHaveCount(3);
  await axe(page, 'desk dashboard');
  await screenshot(page, 'desk-dashboard');

  await page.getByRole('navigation', { name: 'Requests desk' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Divisions of Demo Triage' })).toBeVisible();
  await axe(page, 'desk team');

  // In Spanish once the supervisor chooses it as the admin's language: the menu, the pages, the words.
  await page.goto(`${stack.info.cmsUrl}/admin/me`);
  await choose(page, 'Interface language', 'Español');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.goto(`${stack.info.cmsUrl}/admin/plugins/requests-desk`);
  await expect(page.getByRole('heading', { level: 1, name: 'Solicitudes' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Solicitudes', exact: true }).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Mesa de solicitudes' });
  await expect(page.locator('table caption', { hasText: /^Solicitudes, página \d+ de/ })).toBeVisible();
  await axe(page, 'desk queue (es)');
  await nav.getByRole('link', { name: 'Panel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel' })).toBeVisible({ timeout: 30_000 });
  await axe(page, 'desk dashboard (es)');
});
