// Content review in the Strapi admin: an editor opens a page, reads its review date in the Review
// side panel, sets an earlier date with the keyboard alone and saves it; the page is then due, shows
// on the Due for review page (axe-clean, reached from the menu) and leaves it once marked reviewed.
// Runs on its own CMS with the admin panel served (the desk project, like the Requests desk).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchStack, type RunningStack } from './support/launch';
import { expectNoAxeViolations, tabTo } from './support/requests';
import { AXE_TAGS } from './support/site';

test.describe.configure({ mode: 'serial' });

let stack: RunningStack;

test.beforeAll(async () => {
  test.setTimeout(480_000);
  stack = await launchStack({ admin: true });
});
test.afterAll(async () => {
  await stack?.stop();
});

async function firstPage(cmsUrl: string): Promise<{ documentId: string; title: string }> {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ pages(locale: "en", sort: ["slug:asc"], pagination: { limit: 1 }) { documentId title } }' }),
  });
  const body = (await response.json()) as { data?: { pages: { documentId: string; title: string }[] } };
  const found = body.data?.pages[0];
  if (!found) throw new Error(`no page in the CMS: ${JSON.stringify(body)}`);
  return found;
}

async function logIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${stack.info.cmsUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page).not.toHaveURL(/auth\/login/, { timeout: 30_000 });
}

/** Yesterday in the city (America/New_York, the demo's zone), as a date input wants it. */
const yesterday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 86_400_000));

test('an editor sets a review date from the side panel, finds the page due, and marks it reviewed', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { cmsUrl, editor } = stack.info;
  const target = await firstPage(cmsUrl);
  await logIn(page, editor);

  await page.goto(`${cmsUrl}/admin/content-manager/collection-types/api::page.page/${target.documentId}?plugins[i18n][locale]=en`);
  const panel = page.getByRole('region', { name: 'Review' });
  // The seed published every page: the first publication set a review date a year on.
  await expect(panel.getByText(/^Next review: /)).toBeVisible({ timeout: 30_000 });

  // Keyboard only: Shift+Tab from the end of the page, where the side panels are, to the date; type
  // it, Tab to Save and press Enter.
  const date = panel.getByLabel('Review date');
  await tabTo(page, date, { backwards: true });
  await date.fill(yesterday());
  const save = panel.getByRole('button', { name: 'Save owner and date' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status').filter({ hasText: 'Owner and review date saved.' })).toBeVisible();
  await expect(panel.getByText('This entry is due for review.')).toBeVisible();
  await page.mouse.move(0, 0);
  const panelAxe = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('section[aria-label="Review"]').analyze();
  expect(panelAxe.violations.map((violation) => `${violation.id}: ${violation.help}`), 'axe violations: review panel').toEqual([]);

  // The menu's Due for review page lists it, with a link back to the entry.
  await page.getByRole('link', { name: 'Due for review', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Due for review' })).toBeVisible({ timeout: 30_000 });
  const link = page.getByRole('link', { name: target.title, exact: true });
  await expect(link).toBeVisible();
  await expect(page.locator('tr', { has: link })).toContainText('Review due');
  await page.mouse.move(0, 0);
  await expectNoAxeViolations(page, 'due for review page');

  // Back to the entry by keyboard, and Mark as reviewed: the next review is a year on, the list is clear of it.
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  const markReviewed = page.getByRole('region', { name: 'Review' }).getByRole('button', { name: 'Mark as reviewed' });
  await expect(markReviewed).toBeVisible({ timeout: 30_000 });
  await tabTo(page, markReviewed, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Review' }).getByRole('status').filter({ hasText: /^Marked as reviewed\. Next review: / })).toBeVisible();
  await page.goto(`${cmsUrl}/admin/plugins/content-review`);
  await expect(page.getByRole('heading', { level: 1, name: 'Due for review' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: target.title, exact: true })).toHaveCount(0);
});
