// Every step of the request islands passes axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) with zero
// violations: each service form in every language (also at 320 px), the error summary, check your
// answers, the confirmation, the draft offer, the script-less pages, and each state of the look-up.
import { demoServiceForms } from '@city/shared/fixtures';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, fillWebsiteProblem, press, requestPath, resources, trackPath, typeInto } from './support/requests';
import { LOCALES, sitemapPaths, type Locale } from './support/site';

/** The request pages of every service that has a form in this language, found from the sitemap. */
async function requestPages(request: APIRequestContext, locale: Locale): Promise<string[]> {
  const services = (await sitemapPaths(request)).filter((path) => path.startsWith(`/${locale}/services/`));
  const pages: string[] = [];
  for (const service of services) {
    const candidate = `${service.replace(/\/$/, '')}/request`;
    if ((await request.get(candidate)).status() === 200) pages.push(candidate);
  }
  return pages;
}

const submitButton = (page: Page) => page.locator('form.request-form #request-submit');

for (const locale of LOCALES) {
  test(`every service form passes axe, at desktop width and at 320 px (${locale})`, async ({ page, request }) => {
    // Every form of the demo city written in this language, each through axe twice.
    test.slow();
    const pages = await requestPages(request, locale);
    expect(pages.length, 'services with a form').toBeGreaterThanOrEqual(demoServiceForms.filter((form) => form.locales[locale]).length);
    for (const path of pages) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      await expect(submitButton(page)).toHaveText(resources[locale].requestForm.continue);
      await expectNoAxeViolations(page, path);
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path}: horizontal scroll at 320 px`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `${path} at 320 px`);
    }
  });

  test(`each step of a request passes axe: errors, check your answers, confirmation (${locale})`, async ({ page }) => {
    const text = resources[locale].requestForm;
    await page.goto(requestPath(locale));
    await expect(submitButton(page)).toHaveText(text.continue);
    await press(page, submitButton(page));
    await expect(page.locator('#error-summary')).toBeFocused();
    await expectNoAxeViolations(page, 'error summary');

    await fillWebsiteProblem(page, { pageUrl: 'https://www.alexandriava.gov/', description: 'A link on the home page goes nowhere at all.', name: 'Axe Tester', email: 'axe@example.com' });
    await press(page, submitButton(page));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.checkHeading);
    await expectNoAxeViolations(page, 'check your answers');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoAxeViolations(page, 'check your answers at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    await press(page, page.getByRole('button', { name: text.send }));
    await expect(page.getByRole('heading', { level: 1, name: text.confirmation.title })).toBeFocused();
    await expectNoAxeViolations(page, 'confirmation');
  });
}

test('the draft offer passes axe', async ({ page }) => {
  await page.goto(requestPath('es'));
  await expect(submitButton(page)).toHaveText(resources.es.requestForm.continue);
  await typeInto(page, page.locator('#contact-name'), 'Ana');
  await page.reload();
  await expect(page.getByRole('heading', { name: resources.es.requestForm.draft.heading })).toBeVisible();
  await expectNoAxeViolations(page, 'draft offer');
});

test('the script-less pages pass axe: errors sent back by the CMS, the confirmation, the look-up and its answers', async ({ browser }) => {
  // Three full pages through axe and a form filled key by key.
  test.slow();
  // Walk the journey with JavaScript off and note the pages the CMS sends the browser to.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto(requestPath('en'));
  await press(page, submitButton(page));
  await expect(page.locator('#error-summary')).toBeVisible();
  const errorsUrl = page.url();
  await fillWebsiteProblem(page, { pageUrl: 'https://www.alexandriava.gov/', description: 'A link on the home page goes nowhere at all.', name: 'No Script', email: 'noscript@example.com' });
  await press(page, submitButton(page));
  await expect(page.getByTestId('request-reference')).toBeVisible();
  const confirmationUrl = page.url();
  await noScript.close();

  // axe itself is a script: run it where the page's own modules are blocked, which leaves each page
  // exactly as a script-less browser gets it.
  const blocked = await browser.newContext();
  await blocked.route('**/_astro/*.js', (route) => route.abort());
  const view = await blocked.newPage();
  for (const [label, url] of [
    ['errors without JavaScript', errorsUrl],
    ['confirmation without JavaScript', confirmationUrl],
    ['track without JavaScript', trackPath('en')],
  ] as const) {
    await view.goto(url);
    await expect(view.locator('h1')).toBeVisible();
    await expectNoAxeViolations(view, label);
  }
  // The look-up's form posts to the page: its answer with errors, and with "not found".
  const lookup = resources.en.statusLookup;
  await view.getByRole('button', { name: lookup.submit }).click();
  await expect(view.locator('#error-summary')).toBeVisible();
  await expectNoAxeViolations(view, 'look-up errors without JavaScript');
  await view.locator('#track-reference').fill('ALX-0000-0000');
  await view.locator('#track-email').fill('nobody@example.com');
  await view.getByRole('button', { name: lookup.submit }).click();
  await expect(view.locator('#status-failure')).toHaveText(lookup.notFoundTitle);
  await expectNoAxeViolations(view, 'look-up not found without JavaScript');
  await blocked.close();
});

test('each state of the status look-up passes axe', async ({ page }) => {
  const text = resources.en.statusLookup;
  await page.goto(trackPath('en'));
  await expect(page.locator('[data-island="status-lookup"] form')).toBeVisible();
  await expectNoAxeViolations(page, 'look-up');
  await press(page, page.getByRole('button', { name: text.submit }));
  await expect(page.locator('#error-summary')).toBeFocused();
  await expectNoAxeViolations(page, 'look-up errors');
  await typeInto(page, page.locator('#track-reference'), 'ALX-0000-0000');
  await typeInto(page, page.locator('#track-email'), 'nobody@example.com');
  await page.keyboard.press('Enter');
  await expect(page.locator('#status-failure')).toHaveText(text.notFoundTitle);
  await expectNoAxeViolations(page, 'not found');
});
