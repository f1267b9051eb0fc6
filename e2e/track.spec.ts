// The status look-up: a resident reads status, public notes and history with reference and email;
// a wrong reference and a wrong email get the same answer; mistakes get the error summary; without
// JavaScript the form posts and the publisher answers; the page stays within its script budget.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { REFERENCE_PATTERN, statusLabel } from '@city/shared/forms';
import { changeStatusAsTriage, cmsUrl, expectNoAxeViolations, FORM_CODE, press, resources, scriptWeight, trackPath, typeInto } from './support/requests';

/** A request sent straight to the CMS (the journeys cover the form); returns its reference. */
async function sendRequest(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post(`${cmsUrl()}/graphql`, {
    data: {
      query: 'mutation Submit($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { reference } }',
      variables: {
        input: {
          formCode: FORM_CODE,
          locale: 'es',
          answers: { service_affected: 'other', page_url: 'https://www.alexandriava.gov/', problem_type: ['broken_link'], description: 'El enlace de la portada no funciona.' },
          contact: { name: 'Tomás Track', email },
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

test('shows status, public notes and the history in the page’s language', async ({ page, request }) => {
  const email = `tomas-${Date.now()}@example.com`;
  const reference = await sendRequest(request, email);
  await changeStatusAsTriage(request, reference, 'in_review', 'Lo estamos revisando.');
  await changeStatusAsTriage(request, reference, 'waiting_for_resident', '¿Puede enviarnos una captura de pantalla?');
  const text = resources.es.statusLookup;

  await page.goto(trackPath('es'));
  await typeInto(page, page.locator('#track-reference'), reference);
  await typeInto(page, page.locator('#track-email'), email);
  await press(page, page.getByRole('button', { name: text.submit }));
  await expect(page.locator('#status-result-heading')).toBeFocused();
  await expect(page.locator('.status-result__status')).toHaveText(statusLabel('waiting_for_resident', 'es'));
  const history = page.locator('.status-timeline > li');
  await expect(history).toHaveCount(3);
  await expect(history.locator('h4')).toHaveText([statusLabel('submitted', 'es'), statusLabel('in_review', 'es'), statusLabel('waiting_for_resident', 'es')]);
  await expect(history.nth(0)).toContainText(text.noNote);
  await expect(history.nth(2)).toContainText('¿Puede enviarnos una captura de pantalla?');
  await expectNoAxeViolations(page, 'look-up result');
});

test('a wrong reference and a wrong email get the same “not found”', async ({ page, request }) => {
  const email = `same-answer-${Date.now()}@example.com`;
  const reference = await sendRequest(request, email);
  const text = resources.en.statusLookup;
  const answers: string[] = [];
  for (const [typedReference, typedEmail] of [
    [reference, 'someone.else@example.com'],
    ['ALX-0000-0000', email],
  ] as const) {
    await page.goto(trackPath('en'));
    await typeInto(page, page.locator('#track-reference'), typedReference);
    await typeInto(page, page.locator('#track-email'), typedEmail);
    await page.keyboard.press('Enter');
    const failure = page.locator('#status-failure');
    await expect(failure).toBeFocused();
    await expect(failure).toHaveText(text.notFoundTitle);
    answers.push(await page.locator('.usa-alert').innerText());
  }
  expect(answers[1]).toBe(answers[0]);
  await expect(page.locator('.status-result')).toHaveCount(0);
});

test('mistakes get the error summary before anything is sent', async ({ page }) => {
  const text = resources.en.statusLookup;
  let lookups = 0;
  page.on('request', (sent) => {
    if (sent.url().endsWith('/graphql') && sent.method() === 'POST') lookups += 1;
  });
  await page.goto(trackPath('en'));
  await typeInto(page, page.locator('#track-reference'), 'ALX-12');
  await press(page, page.getByRole('button', { name: text.submit }));
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([text.referenceInvalid, 'Enter your email address']);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#track-reference')).toBeFocused();
  expect(lookups).toBe(0);
});

test('without JavaScript the form posts to the page, which answers in its language, the same “not found” included', async ({ browser, request }) => {
  const email = `sin-script-${Date.now()}@example.com`;
  // A new request (Strapi limits admin log-ins, and the other tests already change statuses as staff).
  const reference = await sendRequest(request, email);
  const text = resources.es.statusLookup;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const posts: { url: string; body: string }[] = [];
  page.on('request', (sent) => {
    if (sent.method() === 'POST') posts.push({ url: sent.url(), body: sent.postData() ?? '' });
  });
  await page.goto(trackPath('es'));
  await expect(page.locator('[data-island="status-lookup"] form')).toBeVisible();
  await page.locator('#track-reference').fill(reference);
  await page.locator('#track-email').fill(email);
  await page.getByRole('button', { name: text.submit }).click();
  await expect(page.locator('#status-result-heading')).toBeFocused();
  await expect(page.locator('.status-result__status')).toHaveText(statusLabel('submitted', 'es'));
  await expect(page.locator('.status-timeline > li')).toHaveCount(1);
  // Posted to the page itself, the email in the body only.
  expect(posts.map((post) => new URL(post.url).pathname)).toEqual([trackPath('es')]);
  expect(posts[0]?.url).not.toContain('example.com');
  expect(new URLSearchParams(posts[0]?.body).get('email')).toBe(email);

  await page.locator('#track-email').fill('otra.persona@example.com');
  await page.getByRole('button', { name: text.submit }).click();
  await expect(page.locator('#status-failure')).toBeFocused();
  await expect(page.locator('#status-failure')).toHaveText(text.notFoundTitle);
  await expect(page.getByText(text.notFound)).toBeVisible();
  await expect(page.locator('.status-result')).toHaveCount(0);
  await context.close();
});

test('the track page loads its own modules only, within 100 KB of gzipped JavaScript', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const { gzipBytes, files } = await scriptWeight(page, trackPath('en'));
  test.info().annotations.push({ type: 'JavaScript (gzip)', description: `${(gzipBytes / 1024).toFixed(1)} KB in ${files.length} files` });
  expect(gzipBytes).toBeLessThanOrEqual(100 * 1024);
  const origin = new URL(page.url()).origin;
  expect(files.every((file) => new URL(file).origin === origin), files.join(', ')).toBe(true);
  expect(await page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').count()).toBe(0);
  await expect(page.locator('[data-island="status-lookup"] form')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
