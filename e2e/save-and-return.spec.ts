// "Save and come back later" (issue 16) as a resident lives it: part of a form filled, saved, the
// link read from the email the CMS really sent (the stack's mail server, support/mail.ts), opened on
// another device (a second browser context: no shared storage), the answers back where they were
// left, the request sent, and the used link refused. With JavaScript (the island's panel, the
// telecom form of several pages) and without (the form's second submit button, intent=save; the
// Wi-Fi form on one page), in English and Spanish; axe on the saved and resumed pages. Last, the
// form metrics: one fill started and sent raises the month's started and sent counts by one each.
import { demoServiceForms, type DemoFormField } from '@city/shared/fixtures';
import { REFERENCE_PATTERN } from '@city/shared/forms';
import { namespaces } from '@city/shared/i18n';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { SummaryAnswer } from '../cms/src/plugins/form-metrics/contract';
import { waitForMail, type CapturedMail } from './support/mail';
import { cmsUrl, expectNoAxeViolations, requestPath, resources, scriptlessAxe } from './support/requests';

const TELECOM = { code: 'telecom-right-of-way', slug: 'telecommunications-work-in-the-right-of-way' } as const;
const WIFI = { code: 'wifi-outage', slug: 'report-a-public-wifi-outage' } as const;
/** No other browser test fills this form, so its counts move only with the metrics test's fill. */
const GIS = { code: 'gis-data-request', slug: 'request-gis-map-data' } as const;
const LOCALES = ['en', 'es'] as const;
type Locale = (typeof LOCALES)[number];

/** The smallest file that is a PDF by its first bytes, as the CMS judges a file. */
const PLANS_PDF = { name: 'route-plans.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };

function formOf(code: string, locale: Locale) {
  const form = demoServiceForms.find((candidate) => candidate.code === code)?.locales[locale];
  if (!form) throw new Error(`no ${code} form in ${locale}`);
  return form;
}
function fieldOf(code: string, locale: Locale, key: string): DemoFormField {
  const field = formOf(code, locale).fields.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`no question ${key} in ${code} (${locale})`);
  return field;
}

const submitButton = (page: Page) => page.locator('form.request-form #request-submit');
const radio = (page: Page, key: string, value: string) => page.locator(`input[name="answers[${key}]"][value="${value}"]`);
/** Clicks an option's label, as a person does: USWDS draws the control itself off screen. */
async function choose(page: Page, key: string, value: string): Promise<void> {
  const id = await radio(page, key, value).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await expect(radio(page, key, value)).toBeChecked();
}
const reference = async (page: Page) => ((await page.getByTestId('request-reference').textContent()) ?? '').trim();

/** The link in a "continue your request" email: in the text and, the same, in the HTML. */
function resumeLinkIn(mail: CapturedMail, locale: Locale, slug: string): URL {
  const match = /(https?:\/\/\S+\?resume=[A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no resume link in the email: ${mail.text}`);
  const link = new URL(match[1]);
  expect(link.pathname).toBe(`${requestPath(locale, slug)}/`);
  expect(mail.html).toContain(`href="${link.href}"`);
  return link;
}

/** The email to this address whose subject names the form, in the resident's language. */
async function savedEmail(request: APIRequestContext, email: string, locale: Locale, code: string): Promise<CapturedMail> {
  const subject = namespaces.emails[locale].formSave.subject.replace('{{formTitle}}', formOf(code, locale).title);
  const mail = await waitForMail(request, email, (candidate) => candidate.subject === subject);
  expect(mail.text).toContain(namespaces.emails[locale].formSave.heading);
  return mail;
}

/** The link opened once more after the request was sent from it: the page says it was used. */
async function expectUsedLink(page: Page, link: URL, locale: Locale, slug: string, axe: (url: string, label: string) => Promise<void> = (_url, label) => expectNoAxeViolations(page, label)): Promise<void> {
  const text = resources[locale].requestForm.save;
  await page.goto(link.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.usedTitle);
  await expect(page.getByText(text.used)).toBeVisible();
  await expect(page.getByRole('link', { name: text.startAgain })).toHaveAttribute('href', new RegExp(`${requestPath(locale, slug)}/?$`));
  await expect(page.locator('form.request-form')).toHaveCount(0);
  await axe(link.href, `used link (${locale})`);
}

/** A device of its own: nothing in its storage from the one that saved. */
async function otherDevice(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  return { context, page: await context.newPage() };
}

for (const locale of LOCALES) {
  test(`with JavaScript: telecom saved on its second page, continued on another device at that page, sent; the link then used (${locale})`, async ({ browser, request }) => {
    test.slow(); // two browsers, five pages, axe on each page that matters
    const text = resources[locale].requestForm;
    const steps = formOf(TELECOM.code, locale).steps ?? [];
    const total = steps.length + 1; // the contact details have a page of their own
    const email = `saver-js-${locale}-${Date.now()}@example.com`;
    const heading = (page: Page) => page.getByRole('heading', { level: 1 });
    const progress = (page: Page) => page.locator('#request-progress');
    const stepProgress = (current: number) => text.stepProgress.replace('{{current}}', String(current)).replace('{{total}}', String(total));

    // The first device: two pages answered, then saved from the second.
    const first = await browser.newContext();
    const page = await first.newPage();
    await page.goto(requestPath(locale, TELECOM.slug));
    await expect(submitButton(page)).toHaveText(text.continue);
    await page.locator('#answers-company_name').fill('Fibra Rápida LLC');
    await choose(page, 'network_owner', 'own_network');
    await submitButton(page).click();
    await expect(heading(page)).toHaveText(steps[1]!.title);
    await choose(page, 'work_type', 'small_cell');
    await page.locator('#answers-pole_numbers').fill('P-1042, P-1043');
    await page.locator('#answers-work_location').fill('300 block of King St');

    await page.getByRole('button', { name: text.save.button }).click();
    const address = page.getByLabel(text.save.emailLabel);
    await expect(address).toBeFocused();
    await address.fill(email);
    await page.getByRole('button', { name: text.save.send }).click();
    const saved = page.locator('#save-confirmation');
    await expect(saved).toContainText(text.save.savedTitle);
    await expect(saved).toContainText(text.save.saved.replace('{{email}}', email));
    await expectNoAxeViolations(page, `answers saved (${locale})`);
    await first.close();

    const link = resumeLinkIn(await savedEmail(request, email, locale, TELECOM.code), locale, TELECOM.slug);

    // Another device: the second page, as it was left, the answers before it kept too.
    const { context, page: resumed } = await otherDevice(browser, true);
    await resumed.goto(link.href);
    await expect(progress(resumed)).toHaveText(stepProgress(2));
    await expect(heading(resumed)).toHaveText(steps[1]!.title);
    const notice = resumed.locator('#resume-notice');
    await expect(notice).toContainText(text.save.resumed);
    // Files are never saved: the notice names the question to attach them to again.
    await expect(notice).toContainText(fieldOf(TELECOM.code, locale, 'site_plans').label);
    await expect(radio(resumed, 'work_type', 'small_cell')).toBeChecked();
    await expect(resumed.locator('#answers-pole_numbers')).toHaveValue('P-1042, P-1043');
    await expect(resumed.locator('#answers-work_location')).toHaveValue('300 block of King St');
    await expectNoAxeViolations(resumed, `answers resumed (${locale})`);
    await resumed.getByRole('button', { name: text.back, exact: true }).click();
    await expect(heading(resumed)).toHaveText(steps[0]!.title);
    await expect(resumed.locator('#answers-company_name')).toHaveValue('Fibra Rápida LLC');
    await expect(radio(resumed, 'network_owner', 'own_network')).toBeChecked();

    // On to the end: the pages not reached before, the file again, the contact details, the check.
    await submitButton(resumed).click();
    await expect(heading(resumed)).toHaveText(steps[1]!.title);
    await submitButton(resumed).click();
    await expect(heading(resumed)).toHaveText(steps[2]!.title);
    await resumed.locator('#answers-start_date').fill('2027-03-01');
    await resumed.locator('#answers-duration_days').fill('5');
    await submitButton(resumed).click();
    await expect(heading(resumed)).toHaveText(steps[3]!.title);
    await resumed.locator('#answers-field_supervisor_phone').fill('703 555 0123');
    await resumed.locator('#answers-site_plans').setInputFiles(PLANS_PDF);
    await submitButton(resumed).click();
    await expect(heading(resumed)).toHaveText(text.contactHeading);
    await resumed.locator('#contact-name').fill('Tomás Telecom');
    await resumed.locator('#contact-email').fill(email);
    await submitButton(resumed).click();
    await expect(heading(resumed)).toHaveText(text.checkHeading);
    const answerOf = (key: string) =>
      resumed.locator('.request-check__row', { has: resumed.locator('.request-check__question', { hasText: fieldOf(TELECOM.code, locale, key).label }) }).locator('.request-check__answer');
    await expect(answerOf('company_name')).toHaveText('Fibra Rápida LLC');
    await expect(answerOf('pole_numbers')).toHaveText('P-1042, P-1043');
    await resumed.getByRole('button', { name: text.send }).click();
    await expect(resumed.getByRole('heading', { level: 1, name: text.confirmation.title })).toBeFocused();
    expect(await reference(resumed)).toMatch(REFERENCE_PATTERN);

    // The request used the saved answers up: the link says so, on any device.
    await expectUsedLink(resumed, link, locale, TELECOM.slug);
    await context.close();
  });

  test(`without JavaScript: Wi-Fi saved with the form's second button, continued on another device, sent; the link then used (${locale})`, async ({ browser, request }) => {
    const text = resources[locale].requestForm;
    const email = `saver-nojs-${locale}-${Date.now()}@example.com`;

    const first = await browser.newContext({ javaScriptEnabled: false });
    const page = await first.newPage();
    await page.goto(requestPath(locale, WIFI.slug));
    await expect(submitButton(page)).toHaveText(text.sendWithoutCheck);
    await choose(page, 'location_type', 'library');
    await page.locator('#answers-network_name').fill('CityWiFi-Library');
    await choose(page, 'problem', 'cannot_connect');
    await page.locator('#contact-name').fill('Nadia NoScript');
    await page.locator('#contact-email').fill(email);
    // Not yet answered: when it was noticed. The form's second submit button saves instead of sending.
    await page.getByRole('button', { name: text.save.button }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.save.savedTitle);
    await expect(page.getByText(text.save.saved.replace('{{email}}', email))).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const axe = await scriptlessAxe(browser);
    await axe.checkHtml(await page.content(), `answers saved without JavaScript (${locale})`);
    await first.close();

    const link = resumeLinkIn(await savedEmail(request, email, locale, WIFI.code), locale, WIFI.slug);

    // Another device, also without JavaScript: the publisher's server writes the answers into the form.
    const { context, page: resumed } = await otherDevice(browser, false);
    await resumed.goto(link.href);
    await expect(resumed.locator('#resume-notice')).toContainText(text.save.resumed);
    await expect(radio(resumed, 'location_type', 'library')).toBeChecked();
    await expect(resumed.locator('#answers-network_name')).toHaveValue('CityWiFi-Library');
    await expect(radio(resumed, 'problem', 'cannot_connect')).toBeChecked();
    await expect(resumed.locator('#contact-name')).toHaveValue('Nadia NoScript');
    await expect(resumed.locator('#contact-email')).toHaveValue(email);
    // Opening the link again changes nothing: only sending uses it up.
    await axe.check(link.href, `answers resumed without JavaScript (${locale})`);
    await resumed.locator('#answers-noticed_on').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    await submitButton(resumed).click();
    await expect(resumed).toHaveURL((url) => /\/request\/confirmation\/?$/.test(url.pathname));
    await expect(resumed.getByRole('heading', { level: 1 })).toHaveText(text.sentWithoutScript.title);
    expect(await reference(resumed)).toMatch(REFERENCE_PATTERN);

    await expectUsedLink(resumed, link, locale, WIFI.slug, axe.check);
    await axe.close();
    await context.close();
  });
}

// Form metrics ---------------------------------------------------------------------------------

const EDITOR = { email: process.env.E2E_EDITOR_EMAIL ?? 'editor@test.example', password: process.env.E2E_EDITOR_PASSWORD ?? 'Editor-Password-1' };

/** The GIS form's counts this month, as the Form metrics page reads them (its API, as an editor). */
async function gisCounts(request: APIRequestContext, token: string): Promise<{ started: number; submitted: number }> {
  const response = await request.get(`${cmsUrl()}/form-metrics/summary?locale=en`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status(), 'the editor reads the form metrics').toBe(200);
  const answer = (await response.json()) as SummaryAnswer;
  const row = answer.forms.find((form) => form.title === formOf(GIS.code, 'en').title);
  return { started: row?.started ?? 0, submitted: row?.submitted ?? 0 };
}

test('form metrics: a fill started and sent with JavaScript counts once as started and once as sent this month', async ({ page, request }) => {
  const login = await request.post(`${cmsUrl()}/admin/login`, { data: EDITOR });
  expect(login.status(), 'editor login').toBe(200);
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const before = await gisCounts(request, token);

  const text = resources.en.requestForm;
  const beacons: string[] = [];
  page.on('requestfinished', (finished) => {
    if (new URL(finished.url()).pathname.endsWith('/api/form-metrics')) beacons.push(finished.postData() ?? '');
  });
  await page.goto(requestPath('en', GIS.slug));
  await expect(submitButton(page)).toHaveText(text.continue);
  await page.locator(`label[for="${await page.locator('input[name="answers[data_layers]"][value="zoning"]').getAttribute('id')}"]`).click();
  await page.locator('#answers-intended_use').fill('A site plan for a community garden on our block.');
  await choose(page, 'file_format', 'geojson');
  await page.locator('label[for="answers-license_agreement"]').click();
  await page.locator('#contact-name').fill('Gil Maps');
  await page.locator('#contact-email').fill(`gil-${Date.now()}@example.com`);
  await submitButton(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.checkHeading);
  await page.getByRole('button', { name: text.send }).click();
  await expect(page.getByRole('heading', { level: 1, name: text.confirmation.title })).toBeFocused();
  expect(await reference(page)).toMatch(REFERENCE_PATTERN);
  // Beacons travel with keepalive after the page moves on: the counts are read once they arrived.
  await expect.poll(() => beacons.length, { message: 'the island sent its beacons' }).toBeGreaterThan(0);
  await expect.poll(() => gisCounts(request, token), { message: 'the month’s counts of the GIS form' }).toEqual({ started: before.started + 1, submitted: before.submitted + 1 });
});
