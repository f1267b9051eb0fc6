// A resident asks the City for something and follows it: from the home page to the service, the
// form with a mistake, the error summary, check your answers, the reference; staff move the
// request on; the resident looks it up. With the keyboard alone, in English and in Spanish, and
// once with JavaScript turned off (the look-up too).
import { expect, test, type Page } from '@playwright/test';
import { REFERENCE_PATTERN, statusLabel } from '@city/shared/forms';
import {
  changeStatusAsTriage,
  cmsUrl,
  expectNoAxeViolations,
  fillWebsiteProblem,
  press,
  requestPath,
  resources,
  scriptWeight,
  SERVICE_SLUG,
  trackPath,
  typeInto,
} from './support/requests';
import { LOCALES, type Locale } from './support/site';

/** The seeded form's own message for a web address without http(s):// (shared/fixtures/service-forms.ts). */
const PATTERN_MESSAGE: Record<Locale, string> = {
  en: 'Enter a full web address that starts with http:// or https://',
  es: 'Escriba la dirección web completa, que empieza con http:// o https://',
  ar: 'أدخل عنوان الصفحة كاملًا، بحيث يبدأ بـ http:// أو https://',
  am: 'በhttp:// ወይም በhttps:// የሚጀምር ሙሉ የድር አድራሻ ያስገቡ',
};
const PUBLIC_NOTE: Record<Locale, string> = {
  en: 'We found the fault on the payment page and are fixing it.',
  es: 'Encontramos la falla en la página de pagos y la estamos arreglando.',
  ar: 'وجدنا العطل في صفحة الدفع ونعمل على إصلاحه.',
  am: 'በክፍያ ገጹ ላይ ያለውን ችግር አግኝተናል፤ እያስተካከልነውም ነው።',
};

const submitButton = (page: Page) => page.locator('form.request-form #request-submit');

for (const locale of LOCALES) {
  test(`a resident sends a request and follows it to a new status, with the keyboard alone (${locale})`, async ({ page, request }) => {
    const text = resources[locale].requestForm;
    const email = `resident-${locale}-${Date.now()}@example.com`;

    // Find the service from the home page, then its start button.
    await page.goto(`/${locale}/`);
    await press(page, page.locator(`main a[href="/${locale}/services/${SERVICE_SLUG}/"]`).first());
    await expect(page).toHaveURL((url) => url.pathname === `/${locale}/services/${SERVICE_SLUG}/`);
    await press(page, page.locator(`main a[href="${requestPath(locale)}"]`));
    await expect(page).toHaveURL((url) => url.pathname === requestPath(locale));
    // The island has taken over the plain form: the button leads to the check step.
    await expect(submitButton(page)).toHaveText(text.continue);

    // A mistake: a web address without http(s)://.
    await fillWebsiteProblem(page, { pageUrl: 'alexandriava.gov/pay', description: 'The payment page showed error 500 twice this morning.', name: 'Ana Resident', email });
    await press(page, submitButton(page));
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(text.errorSummaryTitle);
    await expect(summary.getByRole('link')).toHaveText([PATTERN_MESSAGE[locale]]);
    await expect(page).toHaveTitle(new RegExp(`^${text.errorTitlePrefix} `));
    const urlField = page.locator('#answers-page_url');
    await expect(urlField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#answers-page_url-error')).toContainText(PATTERN_MESSAGE[locale]);

    // The summary's link takes focus to the field; fix it there.
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(urlField).toBeFocused();
    await typeInto(page, urlField, 'https://www.alexandriava.gov/pay');
    await press(page, submitButton(page));

    // Check your answers, with a change link that returns to the field.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(text.checkHeading);
    await expect(heading).toBeFocused();
    await expect(page.locator('.request-check__answer')).toContainText(['https://www.alexandriava.gov/pay']);
    await press(page, page.getByRole('link', { name: `${text.change} ${text.contactName}` }));
    await expect(page.locator('#contact-name')).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.type(' Smith');
    await press(page, submitButton(page));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.checkHeading);
    await expect(page.locator('.request-check__answer', { hasText: 'Ana Resident Smith' })).toBeVisible();

    // Send, and read the reference.
    await press(page, page.getByRole('button', { name: text.send }));
    const confirmation = page.getByRole('heading', { level: 1, name: text.confirmation.title });
    await expect(confirmation).toBeFocused();
    const reference = ((await page.getByTestId('request-reference').textContent()) ?? '').trim();
    expect(reference).toMatch(REFERENCE_PATTERN);
    await expect(page.getByText(email)).toBeVisible();

    // Staff move the request on.
    await changeStatusAsTriage(request, reference, 'in_progress', PUBLIC_NOTE[locale]);

    // The resident looks it up, typing the reference loosely.
    await press(page, page.getByRole('link', { name: text.confirmation.track }));
    await expect(page).toHaveURL((url) => url.pathname === trackPath(locale));
    await typeInto(page, page.locator('#track-reference'), reference.toLowerCase().replace(/-/g, ' '));
    await typeInto(page, page.locator('#track-email'), email.toUpperCase());
    await page.keyboard.press('Enter');
    const result = page.locator('#status-result-heading');
    await expect(result).toBeFocused();
    await expect(result).toContainText(reference);
    await expect(page.locator('.status-result__status')).toHaveText(statusLabel('in_progress', locale));
    await expect(page.locator('.status-timeline')).toContainText(PUBLIC_NOTE[locale]);
    await expect(page.locator('.status-timeline > li')).toHaveCount(2);
  });
}

test('without JavaScript a send that looks automated is asked to confirm, answers kept, and the second send is stored (es)', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const text = resources.es.requestForm;
  await page.goto(requestPath('es'));
  await fillWebsiteProblem(page, { pageUrl: 'https://www.alexandriava.gov/pay', description: 'La página de pagos mostró el error 500 dos veces.', name: 'Rosa Rápida', email: 'rosa.rapida@example.com' });
  // Sent at once, as with autofill: the first post's serving time is rewritten to now.
  let rewritten = false;
  await page.route(
    (url) => url.pathname === '/api/service-requests/submit',
    async (route) => {
      const body = route.request().postDataBuffer()?.toString('latin1') ?? '';
      if (rewritten) return route.continue();
      rewritten = true;
      await route.continue({ postData: Buffer.from(body.replace(/(name="startedAt"\r\n\r\n)\d+/, `$1${Date.now()}`), 'latin1') });
    },
  );
  await press(page, submitButton(page));
  await expect(page).toHaveURL((url) => url.pathname === requestPath('es') && url.searchParams.has('feedback'));
  expect(rewritten).toBe(true);
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Su solicitud todavía no se ha enviado. Revise sus respuestas y vuelva a enviar el formulario para confirmarla']);
  await expect(page.getByTestId('request-reference')).toHaveCount(0);
  await expect(page.locator('#contact-name')).toHaveValue('Rosa Rápida');
  await expect(page.locator('#answers-page_url')).toHaveValue('https://www.alexandriava.gov/pay');
  await expect(page.locator('input[name="confirmation"]')).not.toHaveValue('');
  // axe is a script: run it where the page's own modules are blocked, as a script-less browser gets the page.
  const blocked = await browser.newContext();
  await blocked.route('**/_astro/*.js', (route) => route.abort());
  const view = await blocked.newPage();
  await view.goto(page.url());
  await expect(view.locator('#error-summary')).toBeVisible();
  await expectNoAxeViolations(view, 'asked to confirm, without JavaScript (es)');
  await blocked.close();

  await press(page, submitButton(page));
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/request/confirmation') || url.pathname.endsWith('/request/confirmation/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.sentWithoutScript.title);
  expect(((await page.getByTestId('request-reference').textContent()) ?? '').trim()).toMatch(REFERENCE_PATTERN);
  await context.close();
});

test('without JavaScript the form still sends (the CMS’s errors come back in the page, then the reference) and the look-up still answers', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const text = resources.en.requestForm;
  await page.goto(requestPath('en'));
  await expect(submitButton(page)).toHaveText(text.sendWithoutCheck);
  // The publisher gives each visitor a fresh key, so two residents never share one.
  const key = await page.locator('input[name="idempotencyKey"]').inputValue();
  expect(key).toMatch(/^[0-9a-f-]{36}$/);

  await fillWebsiteProblem(page, { pageUrl: 'alexandriava.gov/pay', description: 'The payment page showed error 500 twice this morning.', name: 'Sam NoScript', email: 'sam.noscript@example.com' });
  await press(page, submitButton(page));
  await expect(page).toHaveURL((url) => url.pathname === requestPath('en') && url.searchParams.has('feedback') && !url.searchParams.has('errors'));
  // Errors and what was typed come back sealed by the CMS: the form is filled in again, nothing is readable in the address.
  const sealedFeedback = new URL(page.url()).searchParams.get('feedback') ?? '';
  expect(sealedFeedback).not.toBe('');
  for (const typed of ['Sam NoScript', 'sam.noscript@example.com', 'alexandriava.gov/pay', 'page_url']) expect(Buffer.from(sealedFeedback, 'base64url').toString('latin1')).not.toContain(typed);
  const summary = page.locator('#error-summary');
  // The CMS's redirect ends in #error-summary: the browser scrolls to it and focuses it (tabindex=-1).
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([PATTERN_MESSAGE.en]);
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('#answers-page_url')).toHaveValue('alexandriava.gov/pay');
  await expect(page.locator('#contact-name')).toHaveValue('Sam NoScript');
  await expect(page.locator('#answers-service_affected-1')).toBeChecked();

  await typeInto(page, page.locator('#answers-page_url'), 'https://www.alexandriava.gov/pay');
  await press(page, submitButton(page));
  await expect(page).toHaveURL((url) => url.pathname.endsWith('/request/confirmation') || url.pathname.endsWith('/request/confirmation/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.sentWithoutScript.title);
  const reference = ((await page.getByTestId('request-reference').textContent()) ?? '').trim();
  expect(reference).toMatch(REFERENCE_PATTERN);

  // Staff move it on; the resident looks it up, still without JavaScript: the form posts to the
  // page and the publisher answers with the status (the email never goes into the address).
  await changeStatusAsTriage(request, reference, 'in_review', 'We are looking at it.');
  const lookup = resources.en.statusLookup;
  await page.goto(trackPath('en'));
  await typeInto(page, page.locator('#track-reference'), reference.toLowerCase());
  await typeInto(page, page.locator('#track-email'), 'sam.noscript@example.com');
  await press(page, page.getByRole('button', { name: lookup.submit }));
  await expect(page).toHaveURL((url) => url.pathname === trackPath('en') && url.search === '');
  // The browser focuses the result itself (autofocus): there is no script to do it.
  const result = page.locator('#status-result-heading');
  await expect(result).toBeFocused();
  await expect(result).toContainText(reference);
  await expect(page.locator('.status-result__status')).toHaveText(statusLabel('in_review', 'en'));
  await expect(page.locator('.status-timeline')).toContainText('We are looking at it.');
  await expect(page.locator('#track-email')).toHaveValue('sam.noscript@example.com');
  // A mistake gets the same error summary the island shows.
  await page.locator('#track-email').fill('');
  await press(page, page.getByRole('button', { name: lookup.submit }));
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#error-summary').getByRole('link')).toHaveText(['Enter your email address']);
  await expect(page).toHaveTitle(/^Error: /);
  await context.close();

  // axe is a script itself: run it where the page's own modules are blocked, which leaves the
  // answer exactly as a script-less browser gets it (the form posts, as without JavaScript).
  const blocked = await browser.newContext();
  await blocked.route('**/_astro/*.js', (route) => route.abort());
  const view = await blocked.newPage();
  await view.goto(trackPath('es'));
  await view.locator('#track-reference').fill(reference);
  await view.locator('#track-email').fill('sam.noscript@example.com');
  await view.getByRole('button', { name: resources.es.statusLookup.submit }).click();
  await expect(view.locator('.status-result__status')).toHaveText(statusLabel('in_review', 'es'));
  await expectNoAxeViolations(view, 'look-up result without JavaScript');
  await blocked.close();

  // With JavaScript, the same resident reads the same status through the island.
  const withScript = await browser.newPage();
  await withScript.goto(trackPath('en'));
  await withScript.locator('#track-reference').fill(reference);
  await withScript.locator('#track-email').fill('sam.noscript@example.com');
  await withScript.getByRole('button', { name: resources.en.statusLookup.submit }).click();
  await expect(withScript.locator('.status-result__status')).toHaveText(statusLabel('in_review', 'en'));
  await withScript.close();
});

test('a network failure says so, keeps every answer, and the retry sends the same idempotency key', async ({ page }) => {
  const text = resources.en.requestForm;
  const keys: string[] = [];
  let failNext = true;
  await page.route(`${cmsUrl()}/graphql`, async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string; variables?: { input?: { idempotencyKey?: string } } } | null;
    if (body?.operationName === 'SubmitServiceRequest') {
      keys.push(body.variables?.input?.idempotencyKey ?? '');
      if (failNext) {
        failNext = false;
        await route.abort('internetdisconnected');
        return;
      }
    }
    await route.continue();
  });
  await page.goto(requestPath('en'));
  await expect(submitButton(page)).toHaveText(text.continue);
  await fillWebsiteProblem(page, { pageUrl: 'https://www.alexandriava.gov/pay', description: 'The payment page showed error 500 twice this morning.', name: 'Net Fail', email: 'net.fail@example.com' });
  await press(page, submitButton(page));
  await press(page, page.getByRole('button', { name: text.send }));

  const failure = page.getByRole('heading', { name: text.networkErrorTitle });
  await expect(failure).toBeFocused();
  await expect(page.getByText(text.networkError)).toBeVisible();
  await expect(page.locator('.request-check__answer', { hasText: 'net.fail@example.com' })).toBeVisible();

  await press(page, page.getByRole('button', { name: text.tryAgain }));
  await expect(page.getByRole('heading', { level: 1, name: text.confirmation.title })).toBeFocused();
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('the draft survives a reload and is offered, not forced on the resident', async ({ page }) => {
  const text = resources.en.requestForm;
  await page.goto(requestPath('en'));
  await expect(submitButton(page)).toHaveText(text.continue);
  await typeInto(page, page.locator('#answers-page_url'), 'https://www.alexandriava.gov/draft');
  await typeInto(page, page.locator('#contact-name'), 'Dee Draft');
  await page.reload();
  await expect(page.getByRole('heading', { name: text.draft.heading })).toBeVisible();
  await expect(page.locator('#contact-name')).toHaveValue('');
  await press(page, page.getByRole('button', { name: text.draft.restore }));
  await expect(page.locator('#contact-name')).toHaveValue('Dee Draft');
  await expect(page.locator('#answers-page_url')).toHaveValue('https://www.alexandriava.gov/draft');
  await expect(page.getByText(text.draft.restored)).toBeFocused();

  // Starting again forgets it.
  await page.reload();
  await press(page, page.getByRole('button', { name: text.draft.discard }));
  await expect(page.locator('#answers-service_affected-0')).toBeFocused();
  await page.reload();
  await expect(submitButton(page)).toHaveText(text.continue);
  await expect(page.getByRole('heading', { name: text.draft.heading })).toHaveCount(0);
});

test('the request page loads its own modules only, within 100 KB of gzipped JavaScript, and breaks no CSP rule', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const { gzipBytes, files } = await scriptWeight(page, requestPath('en'));
  test.info().annotations.push({ type: 'JavaScript (gzip)', description: `${(gzipBytes / 1024).toFixed(1)} KB in ${files.length} files` });
  expect(gzipBytes).toBeLessThanOrEqual(100 * 1024);
  const origin = new URL(page.url()).origin;
  expect(files.every((file) => new URL(file).origin === origin), files.join(', ')).toBe(true);
  expect(await page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').count()).toBe(0);
  expect(await page.locator('style').count(), 'inline <style>').toBe(0);
  await expect(submitButton(page)).toHaveText(resources.en.requestForm.continue);
  expect(consoleErrors).toEqual([]);
});
