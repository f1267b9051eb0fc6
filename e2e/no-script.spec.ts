// Content pages ship no JavaScript: no script elements that run, no script downloads, and nothing
// the Content-Security-Policy had to block.
import { demoServiceForms } from '@city/shared/fixtures';
import { REFERENCE_PATTERN } from '@city/shared/forms';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, requestPath, resources, scriptlessAxe } from './support/requests';
import { LOCALES, OTHER_PAGES, pathFor, type Template } from './support/site';

const CONTENT_TEMPLATES: Template[] = ['home', 'department', 'service', 'page'];

const targets = async (request: Parameters<typeof pathFor>[0]) => [
  ...(await Promise.all(LOCALES.flatMap((locale) => CONTENT_TEMPLATES.map((template) => pathFor(request, template, locale))))),
  ...OTHER_PAGES.map((other) => other.path),
];

test('content pages load no script and break no CSP rule', async ({ page, request }) => {
  const paths = await targets(request);
  // The chooser page redirects at once; hold it still so its own markup is what gets checked.
  await page.route((url) => url.pathname === '/index.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  expect(paths.length).toBe(LOCALES.length * CONTENT_TEMPLATES.length + OTHER_PAGES.length);
  for (const path of paths) {
    const scriptResponses: string[] = [];
    const consoleErrors: string[] = [];
    const onResponse = (response: import('@playwright/test').Response) => {
      const type = response.headers()['content-type'] ?? '';
      if (response.request().resourceType() === 'script' || /javascript|ecmascript|wasm/.test(type)) scriptResponses.push(response.url());
    };
    const onConsole = (message: import('@playwright/test').ConsoleMessage) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    };
    page.on('response', onResponse);
    page.on('console', onConsole);
    await page.goto(path, { waitUntil: 'load' });
    const scripts = await page.locator('script').evaluateAll((elements) => elements.map((element) => ({ src: element.getAttribute('src'), type: element.getAttribute('type') })));
    expect(scripts.filter((script) => script.src !== null), `${path}: script[src]`).toEqual([]);
    expect(scripts.filter((script) => script.type !== 'application/ld+json'), `${path}: executable inline script`).toEqual([]);
    expect(scriptResponses, `${path}: JavaScript responses`).toEqual([]);
    expect(await page.locator('[onclick], [onload], [onerror]').count(), `${path}: inline handlers`).toBe(0);
    // A 404 response logs one console error for the page itself; nothing else may.
    expect(consoleErrors.filter((text) => !/404 \(Not Found\)/.test(text)), `${path}: console errors (CSP?)`).toEqual([]);
    page.off('response', onResponse);
    page.off('console', onConsole);
  }
});

test('the search page loads only its own external module from this origin', async ({ page }) => {
  await page.goto('/en/search/');
  const sources = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
  expect(sources).toHaveLength(1);
  expect(new URL(sources[0] ?? '').origin).toBe(new URL(page.url()).origin);
  expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
});

// A form of several pages, one page at a time, without JavaScript (shared/forms/steps.ts): the
// telecom application in English and Spanish, an error on a page, Back, a Change from the check of
// answers that hides a question, the plans kept between pages, axe on every page.
const TELECOM_SLUG = 'telecommunications-work-in-the-right-of-way';
const PLANS_PDF = { name: 'route-plans.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };

for (const locale of ['en', 'es'] as const) {
  test(`telecom without JavaScript, one page at a time: an error, Back, Change, the plans kept, then sent (${locale})`, async ({ browser }) => {
    test.slow();
    const text = resources[locale].requestForm;
    const telecom = demoServiceForms.find((form) => form.code === 'telecom-right-of-way')!.locales[locale]!;
    const stepTitles = (telecom.steps ?? []).map((step) => step.title);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const axeContext = await browser.newContext();
    await axeContext.route('**/_astro/*.js', (route) => route.abort());
    const axeView = await axeContext.newPage();
    const axe = async (label: string) => {
      await axeView.goto(page.url());
      await expectNoAxeViolations(axeView, `${label} (${locale})`);
    };
    const progress = (current: number) => expect(page.locator('#request-progress')).toHaveText(text.stepProgress.replace('{{current}}', String(current)).replace('{{total}}', '5'));
    const choose = async (key: string, value: string) => {
      const id = await page.locator(`input[name="answers[${key}]"][value="${value}"]`).getAttribute('id');
      await page.locator(`label[for="${id}"]`).click();
    };
    const next = () => page.locator('#request-submit').click();

    await page.goto(requestPath(locale, TELECOM_SLUG));
    await progress(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stepTitles[0]!);
    await expect(page.locator('#answers-work_type-0')).toHaveCount(0);
    await expect(page.locator('#request-submit')).toHaveText(text.continue);
    await axe('step 1');
    await page.locator('#answers-company_name').fill('Fiber Co');
    await choose('network_owner', 'city_pole');
    await next();

    // An error on a page comes back on that page, with the summary.
    await progress(2);
    await choose('work_type', 'pole_attachment');
    await page.locator('#answers-work_location').fill('300 block of King St');
    await next();
    await expect(page.locator('#error-summary')).toBeVisible();
    await expect(page.locator('#error-summary').getByRole('link')).toHaveCount(1);
    await progress(2);
    await axe('an error on step 2');
    await page.locator('#answers-pole_numbers').fill('AX-101');
    await next();

    // Back keeps the answers.
    await progress(3);
    await page.getByRole('button', { name: text.back, exact: true }).click();
    await progress(2);
    await expect(page.locator('#answers-pole_numbers')).toHaveValue('AX-101');
    await next();
    await progress(3);
    await page.locator('#answers-start_date').fill('2027-03-01');
    await page.locator('#answers-duration_days').fill('5');
    await axe('step 3');
    await next();

    await progress(4);
    await page.locator('#answers-field_supervisor_phone').fill('703 555 0123');
    await page.locator('#answers-site_plans').setInputFiles(PLANS_PDF);
    await axe('step 4');
    await next();
    await progress(5);
    await page.locator('#contact-name').fill('Pat Pole');
    await page.locator('#contact-email').fill(`pat-steps-${locale}@example.com`);
    await axe('step 5');
    await next();

    // The check of answers lists the kept file; a Change goes to the question's page.
    await expect(page.getByRole('heading', { level: 1, name: text.checkHeading })).toBeVisible();
    await expect(page.locator('.request-check-step')).toContainText(PLANS_PDF.name);
    await expect(page.locator('.request-check-step')).toContainText('AX-101');
    await axe('check your answers');
    await page.locator('button[name=change][value=work_type]').first().click();
    await progress(2);
    await choose('work_type', 'new_fiber');
    await expect(page.locator('#answers-pole_numbers')).toHaveValue('AX-101');
    await next();
    await progress(3);
    await next();
    await progress(4);
    await expect(page.locator('#answers-site_plans-kept')).toContainText(PLANS_PDF.name);
    await next();
    await next();
    // Fiber: the pole numbers are not asked any more, and gone.
    await expect(page.getByRole('heading', { level: 1, name: text.checkHeading })).toBeVisible();
    await expect(page.locator('.request-check-step')).not.toContainText('AX-101');
    await page.getByRole('button', { name: text.send, exact: true }).click();
    await expect(page).toHaveURL((url) => /\/request\/confirmation\/?$/.test(url.pathname));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.sentWithoutScript.title);
    await expect(page.getByTestId('request-reference')).toHaveText(REFERENCE_PATTERN);
    await axeContext.close();
    await context.close();
  });
}

test('telecom without JavaScript: an answer that leads to an exit page shows it, and its button goes back', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const exit = demoServiceForms.find((form) => form.code === 'telecom-right-of-way')!.locales.en!.exitPages![0]!;
  await page.goto(requestPath('en', TELECOM_SLUG));
  await page.locator('#answers-company_name').fill('Power Pole Partners');
  const id = await page.locator('input[name="answers[network_owner]"][value="dominion"]').getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await page.locator('#request-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: exit.title })).toBeVisible();
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await page.getByRole('button', { name: resources.en.requestForm.exitChange }).click();
  await expect(page.locator('#answers-company_name')).toHaveValue('Power Pole Partners');
  await context.close();
});

// An answer too long for the page's address (2000 characters of Amharic are some 6 KB) is kept by the
// CMS for the fill while the page shows its errors; the page posts the fill again, so once the request
// is stored nothing is kept, and the refused page, opened again, says so instead of an empty form.
test('without JavaScript, a long Amharic answer comes back whole after an error; once sent, the old page says it is no longer kept', async ({ browser }) => {
  const text = resources.am.requestForm;
  const description = 'የክፍያ ገጹ አልተከፈተም፤ ገንዘቡ ግን ከሂሳቤ ተቀንሷል። '.repeat(60).slice(0, 2000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const axe = await scriptlessAxe(browser);
  await page.goto(requestPath('am'));
  await page.locator(`label[for="${await page.locator('input[name="answers[service_affected]"]').first().getAttribute('id')}"]`).click();
  await page.locator('#answers-page_url').fill('https://www.alexandriava.gov/pay');
  await page.locator(`label[for="${await page.locator('input[name="answers[problem_type]"][value="payment_failed"]').getAttribute('id')}"]`).click();
  await page.locator('#answers-description').fill(description);
  await page.locator('#contact-name').fill('Selam Tesfaye');
  await page.locator('#contact-email').fill('selam.tesfaye');
  await page.locator('form.request-form #request-submit').click();

  // Refused for the email: the long answer is back whole, read from what the CMS kept.
  await expect(page.locator('#error-summary')).toBeVisible();
  await expect(page.locator('#answers-description')).toHaveValue(description);
  const refused = page.url();
  expect(refused.length).toBeLessThan(8000);

  await page.locator('#contact-email').fill('selam.tesfaye@example.com');
  await page.locator('form.request-form #request-submit').click();
  await expect(page).toHaveURL((url) => /\/request\/confirmation\/?$/.test(url.pathname));
  await expect(page.getByTestId('request-reference')).toHaveText(REFERENCE_PATTERN);

  // The refused page again (the browser's Back, or its address kept): nothing is kept any more.
  await page.goto(refused);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.kept.goneTitle);
  await expect(page.locator('#kept-problem')).toContainText(text.kept.goneText);
  await expect(page.locator('form.request-form')).toHaveCount(0);
  await expect(page.getByRole('link', { name: text.kept.retry })).toHaveCount(0);
  await expect(page.getByRole('link', { name: text.kept.startAgain })).toHaveAttribute('href', /\/am\/services\/[^?]+\/request\/?$/);
  await axe.check(refused, 'answers no longer kept (am)');
  await axe.close();
  await context.close();
});
