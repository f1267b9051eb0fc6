// The status look-up: a resident reads status and the public timeline with reference and email;
// a wrong reference and a wrong email get the same answer; mistakes get the error summary; without
// JavaScript the form posts and the publisher answers; the page stays within its script budget. When
// staff wait for the resident, the resident replies from the same page, with and without JavaScript.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { REFERENCE_PATTERN, statusLabel } from '@city/shared/forms';
import type { Locale } from '@city/shared/locales';
import { changeAsTriage, cmsUrl, expectNoAxeViolations, FORM_CODE, press, resources, scriptWeight, trackPath, typeInto } from './support/requests';

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

/** Checks the public timeline on the page: its steps' headings, a <time> on each, the replies. */
async function expectTimeline(page: Page, locale: Locale, headings: string[], replies: Map<number, string>): Promise<void> {
  const text = resources[locale].statusLookup;
  const timeline = page.getByRole('list', { name: text.historyHeading });
  await expect(timeline).toBeVisible();
  const steps = timeline.locator(':scope > li');
  await expect(steps.locator('h4')).toHaveText(headings);
  await expect(steps.locator('time[datetime]')).toHaveCount(headings.length);
  for (const [index, reply] of replies) {
    await expect(steps.nth(index).locator('.status-timeline__reply-label')).toHaveText(text.replyLabel);
    // textContent, not innerText: the reply's line breaks are in the text as staff typed them.
    expect(await steps.nth(index).locator('.status-timeline__note').textContent()).toBe(reply);
  }
  await expect(steps.locator('.status-timeline__note')).toHaveCount(replies.size);
}

test('shows the public timeline in the page’s language, with and without JavaScript, never staff’s internal notes', async ({ page, browser, request }) => {
  // One request and one staff log-in (Strapi limits them) for the four look-ups.
  const email = `tomas-${Date.now()}@example.com`;
  const reference = await sendRequest(request, email);
  const firstReply = 'Lo estamos revisando.';
  const secondReply = '¿Puede enviarnos una captura de pantalla?\nGracias.';
  await changeAsTriage(request, reference, [
    { status: 'in_review', publicNote: firstReply, internalNote: 'Nota interna: proveedor 4471' },
    // A note for staff alone, the status unchanged: never part of the resident's timeline.
    { internalNote: 'Nota interna: llamé al proveedor' },
    { status: 'waiting_for_resident', publicNote: secondReply, internalNote: 'Nota interna: esperar 5 días' },
    { status: 'in_progress', internalNote: 'Nota interna: técnico asignado' },
  ]);
  const timelineIn = (locale: Locale) => {
    const text = resources[locale].statusLookup;
    const status = (code: 'in_review' | 'waiting_for_resident' | 'in_progress') => text.eventStatus.replace('{{status}}', statusLabel(code, locale));
    return [text.eventReceived, status('in_review'), status('waiting_for_resident'), status('in_progress')];
  };
  const replies = new Map([
    [1, firstReply],
    [2, secondReply],
  ]);

  // With JavaScript, in Spanish and in English.
  for (const locale of ['es', 'en'] as const) {
    const text = resources[locale].statusLookup;
    await page.goto(trackPath(locale));
    await typeInto(page, page.locator('#track-reference'), reference);
    await typeInto(page, page.locator('#track-email'), email);
    await press(page, page.getByRole('button', { name: text.submit }));
    await expect(page.locator('#status-result-heading')).toBeFocused();
    await expect(page.locator('.status-result__status')).toHaveText(statusLabel('in_progress', locale));
    await expectTimeline(page, locale, timelineIn(locale), replies);
    await expect(page.locator('main')).not.toContainText('Nota interna');
    await expectNoAxeViolations(page, `look-up result with its timeline (${locale})`);
  }

  // Without JavaScript: the publisher's answer shows the same timeline. axe is a script itself, so
  // the page's own modules are blocked instead, which leaves the page as a script-less browser gets
  // it (the form posts, as without JavaScript).
  const blocked = await browser.newContext();
  await blocked.route('**/_astro/*.js', (route) => route.abort());
  const noScript = await blocked.newPage();
  for (const locale of ['en', 'es'] as const) {
    await noScript.goto(trackPath(locale));
    await noScript.locator('#track-reference').fill(reference);
    await noScript.locator('#track-email').fill(email);
    await noScript.getByRole('button', { name: resources[locale].statusLookup.submit }).click();
    await expect(noScript.locator('#status-result-heading')).toBeFocused();
    await expectTimeline(noScript, locale, timelineIn(locale), replies);
    expect(await noScript.content()).not.toContain('Nota interna');
    await expectNoAxeViolations(noScript, `look-up result with its timeline without JavaScript (${locale})`);
  }
  await blocked.close();
});

/** The first bytes of a PNG: enough for the CMS's check of a file's real type. */
const PNG = { name: 'pantalla.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) };

test('the resident replies when the City waits for them: with JavaScript in English, without in Spanish', async ({ page, browser, request }) => {
  // Two requests, two staff changes and eleven pages.
  test.setTimeout(150_000);
  const stamp = Date.now();
  const status = (code: 'waiting_for_resident' | 'in_review', locale: Locale) => statusLabel(code, locale);

  // With JavaScript, in English: a mistake first, then the reply with a file; the history shows it.
  const email = `reply-${stamp}@example.com`;
  const reference = await sendRequest(request, email);
  await changeAsTriage(request, reference, [{ status: 'waiting_for_resident', publicNote: 'Which page was it?' }]);
  const en = resources.en.statusLookup;
  await page.goto(trackPath('en'));
  await typeInto(page, page.locator('#track-reference'), reference);
  await typeInto(page, page.locator('#track-email'), email);
  await press(page, page.getByRole('button', { name: en.submit }));
  await expect(page.locator('.status-result__status')).toHaveText(status('waiting_for_resident', 'en'));
  await expect(page.getByRole('heading', { name: en.reply.heading })).toBeVisible();
  await expectNoAxeViolations(page, 'the reply form (en)');
  await press(page, page.getByRole('button', { name: en.reply.send }));
  await expect(page.locator('#error-summary')).toBeFocused();
  await expect(page.locator('#answers-message')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the reply form with an error (en)');
  await typeInto(page, page.locator('#answers-message'), 'The home page, the top link.');
  await page.locator('#answers-files').setInputFiles(PNG);
  await press(page, page.getByRole('button', { name: en.reply.send }));
  await expect(page.locator('#reply-sent')).toBeFocused();
  await expect(page.locator('#reply-sent')).toHaveText(en.reply.sentTitle);
  await expect(page.locator('.status-result__status')).toHaveText(status('in_review', 'en'));
  const lastStep = page.locator('.status-timeline > li').last();
  await expect(lastStep.locator('h4')).toHaveText(en.eventResidentReply);
  await expect(lastStep.locator('.status-timeline__note')).toHaveText('The home page, the top link.');
  await expect(lastStep).toContainText(en.attachedFiles.replace('{{names}}', PNG.name));
  // Back in staff's queue: no form to reply again.
  await expect(page.locator('.status-reply')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the reply sent (en)');

  // Without JavaScript, in Spanish: the page's modules blocked, so the forms post as they are.
  const sinScript = `respuesta-${stamp}@example.com`;
  const otra = await sendRequest(request, sinScript);
  await changeAsTriage(request, otra, [{ status: 'waiting_for_resident', publicNote: '¿Qué página era?' }]);
  const es = resources.es.statusLookup;
  const blocked = await browser.newContext();
  await blocked.route('**/_astro/*.js', (route) => route.abort());
  const noScript = await blocked.newPage();
  await noScript.goto(trackPath('es'));
  await noScript.locator('#track-reference').fill(otra);
  await noScript.locator('#track-email').fill(sinScript);
  await noScript.getByRole('button', { name: es.submit }).click();
  await expect(noScript.locator('.status-result__status')).toHaveText(status('waiting_for_resident', 'es'));
  await expectNoAxeViolations(noScript, 'the reply form without JavaScript (es)');
  // Too long: the CMS sends the resident back (303) with the error (what was typed only if it fits in the address).
  await noScript.locator('#answers-message').fill('x'.repeat(5001));
  await noScript.getByRole('button', { name: es.reply.send }).click();
  await expect(noScript.locator('#error-summary')).toBeFocused();
  await expect(noScript.locator('#error-summary a')).toHaveAttribute('href', '#answers-message');
  await expect(noScript).toHaveTitle(/^Error:/);
  expect(noScript.url()).not.toContain(sinScript);
  await expectNoAxeViolations(noScript, 'the reply form sent back with an error without JavaScript (es)');
  await noScript.locator('#answers-message').fill('Era la portada.');
  await noScript.getByRole('button', { name: es.reply.send }).click();
  await expect(noScript.locator('#reply-sent')).toBeFocused();
  await expect(noScript.locator('#reply-sent')).toHaveText(es.reply.sentTitle);
  await expectNoAxeViolations(noScript, 'the reply sent without JavaScript (es)');
  // The look-up form is filled in: one press shows the history with the reply.
  await noScript.getByRole('button', { name: es.submit }).click();
  await expect(noScript.locator('.status-result__status')).toHaveText(status('in_review', 'es'));
  await expect(noScript.locator('.status-timeline > li').last().locator('h4')).toHaveText(es.eventResidentReply);
  await expect(noScript.locator('.status-timeline > li').last().locator('.status-timeline__note')).toHaveText('Era la portada.');
  await blocked.close();
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
  await expect(page.locator('.status-timeline > li h4')).toHaveText(text.eventReceived);
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
