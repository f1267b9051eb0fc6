// The form capabilities in a real browser: conditions (a question asked only for some answers),
// steps (a form of several pages, Back and the browser's Back button, check your answers with
// Change links), exit pages (an answer that ends the form), the location question by keyboard and
// with the device's position, and the keyboard journey in Arabic and Amharic. Each with JavaScript,
// and without it where the server decides instead (a form without steps on one page, hidden
// answers dropped; a form of several pages without JavaScript: e2e/no-script.spec.ts). The Wi-Fi and telecom forms in English and Spanish; the
// website-problem form in Arabic and Amharic.
import { demoServiceForms, type DemoFormField } from '@city/shared/fixtures';
import { formatMessage, REFERENCE_PATTERN } from '@city/shared/forms';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, fillWebsiteProblem, press, requestPath, resources, scriptlessAxe, tabTo, typeInto } from './support/requests';
import type { Locale } from './support/site';

const WIFI_SLUG = 'report-a-public-wifi-outage';
const TELECOM_SLUG = 'telecommunications-work-in-the-right-of-way';
/** The forms another change translates into Arabic and Amharic are tested in these two. */
const LATIN_LOCALES = ['en', 'es'] as const;
type LatinLocale = (typeof LATIN_LOCALES)[number];

const submitButton = (page: Page) => page.locator('form.request-form #request-submit');
const summaryLinks = (page: Page) => page.locator('#error-summary').getByRole('link');
const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => String(params[name] ?? ''));

/** A question of a seeded form, as the editor wrote it in this language. */
function fieldOf(code: string, locale: LatinLocale, key: string): DemoFormField {
  const field = demoServiceForms.find((form) => form.code === code)?.locales[locale]?.fields.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`no question ${key} in ${code} (${locale})`);
  return field;
}
function formOf(code: string, locale: LatinLocale) {
  const form = demoServiceForms.find((candidate) => candidate.code === code)?.locales[locale];
  if (!form) throw new Error(`no ${code} form in ${locale}`);
  return form;
}
const labelOf = (code: string, locale: LatinLocale, key: string) => fieldOf(code, locale, key).label;
function optionLabel(code: string, locale: LatinLocale, key: string, value: string): string {
  const field = fieldOf(code, locale, key);
  const option = 'options' in field ? field.options.find((candidate) => candidate.value === value) : undefined;
  if (!option) throw new Error(`no option ${value} of ${key}`);
  return option.label;
}

const radio = (page: Page, key: string, value: string) => page.locator(`input[name="answers[${key}]"][value="${value}"]`);
/** Clicks an option's label, as a person does: USWDS draws the radio itself off screen. */
async function choose(page: Page, key: string, value: string): Promise<void> {
  const id = await radio(page, key, value).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await expect(radio(page, key, value)).toBeChecked();
}
const reference = async (page: Page) => ((await page.getByTestId('request-reference').textContent()) ?? '').trim();
const isConfirmationPage = (url: URL) => /\/request\/confirmation\/?$/.test(url.pathname);

/** Yesterday, as a date input takes it: recent enough for every date question of the forms. */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
/** The smallest file that is a PDF by its first bytes, as the CMS judges a file. */
const PLANS_PDF = { name: 'route-plans.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };

/** The skip link, the first Tab stop of every page: the keyboard's way past the header to the form. */
async function skipToMain(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
}

// 1. Conditions ---------------------------------------------------------------------------------

for (const locale of LATIN_LOCALES) {
  test(`Wi-Fi: the building question follows “another City building”, and a hidden required one blocks nothing (${locale})`, async ({ page }) => {
    const text = resources[locale].requestForm;
    await page.goto(requestPath(locale, WIFI_SLUG));
    await expect(submitButton(page)).toHaveText(text.continue);
    const building = page.getByRole('combobox', { name: labelOf('wifi-outage', locale, 'building_location') });
    await expect(building).toHaveCount(0);
    await choose(page, 'location_type', 'other');
    await expect(building).toBeVisible();
    await choose(page, 'location_type', 'park');
    await expect(building).toHaveCount(0);

    // Asked, it is required like any other question.
    await choose(page, 'location_type', 'other');
    await choose(page, 'problem', 'no_internet');
    await page.locator('#answers-noticed_on').fill(yesterday());
    await page.locator('#contact-name').fill('Wanda Wifi');
    await page.locator('#contact-email').fill(`wanda-${locale}@example.com`);
    await submitButton(page).click();
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(summaryLinks(page)).toHaveText([formatMessage(locale, 'location.required', { label: labelOf('wifi-outage', locale, 'building_location') })]);

    // Something typed there, then another place chosen: the question goes, and its answer with it.
    await building.fill('Nowhere Lane 999');
    await choose(page, 'location_type', 'library');
    await expect(building).toHaveCount(0);
    await submitButton(page).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.checkHeading);
    const questions = page.locator('.request-check__question');
    await expect(questions.first()).toHaveText(labelOf('wifi-outage', locale, 'location_type'));
    await expect(questions.filter({ hasText: labelOf('wifi-outage', locale, 'building_location') })).toHaveCount(0);
    await expect(page.locator('.request-check__answer').first()).toHaveText(optionLabel('wifi-outage', locale, 'location_type', 'library'));
    await page.getByRole('button', { name: text.send }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.confirmation.title })).toBeFocused();
    expect(await reference(page)).toMatch(REFERENCE_PATTERN);
  });
}

test('Wi-Fi without JavaScript: every question on one page, and the server asks the building only for another City building (en, es)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const locale of LATIN_LOCALES) {
    const text = resources[locale].requestForm;
    const buildingLabel = labelOf('wifi-outage', locale, 'building_location');
    await page.goto(requestPath(locale, WIFI_SLUG));
    await expect(submitButton(page)).toHaveText(text.sendWithoutCheck);
    // One page: the conditional question is there, its hint saying when it applies.
    const building = page.getByLabel(buildingLabel);
    await expect(building).toBeVisible();
    await expect(page.locator('#answers-building_location-hint')).toContainText(`“${labelOf('wifi-outage', locale, 'location_type')}”`);
    await expect(page.locator('#answers-building_location-hint')).toContainText(`“${optionLabel('wifi-outage', locale, 'location_type', 'other')}”`);

    // Another City building and no address: the CMS says the question needs an answer.
    await choose(page, 'location_type', 'other');
    await choose(page, 'problem', 'slow');
    await page.locator('#answers-noticed_on').fill(yesterday());
    await page.locator('#contact-name').fill('Nadia NoScript');
    await page.locator('#contact-email').fill(`nadia-${locale}@example.com`);
    await submitButton(page).click();
    await expect(page).toHaveURL((url) => url.searchParams.has('feedback'));
    await expect(summaryLinks(page)).toHaveText([formatMessage(locale, 'location.required', { label: buildingLabel })]);
    await expect(radio(page, 'location_type', 'other')).toBeChecked();

    // A park, with an address the city does not have typed in the building question: not asked, so dropped, and sent.
    await choose(page, 'location_type', 'park');
    await building.fill('1600 Pennsylvania Ave NW, Washington');
    await submitButton(page).click();
    await expect(page).toHaveURL(isConfirmationPage);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.sentWithoutScript.title);
    expect(await reference(page)).toMatch(REFERENCE_PATTERN);
  }
  await context.close();
});

// 2. Steps --------------------------------------------------------------------------------------

for (const locale of LATIN_LOCALES) {
  test(`telecom: a form of several pages, Back and the browser's Back keep answers, Change returns to the step, axe on each (${locale})`, async ({ page }) => {
    test.slow();
    const text = resources[locale].requestForm;
    const form = formOf('telecom-right-of-way', locale);
    const steps = form.steps ?? [];
    const total = steps.length + 1; // the contact details have a page of their own
    const label = (key: string) => labelOf('telecom-right-of-way', locale, key);
    const heading = page.getByRole('heading', { level: 1 });
    const progress = page.locator('#request-progress');
    const expectStep = async (index: number, title: string) => {
      await expect(progress).toHaveText(fill(text.stepProgress, { current: index, total }));
      await expect(heading).toHaveText(title);
      await expect(heading).toBeFocused();
    };

    await page.goto(requestPath(locale, TELECOM_SLUG));
    await expect(submitButton(page)).toHaveText(text.continue);
    await expect(progress).toHaveText(fill(text.stepProgress, { current: 1, total }));
    await expect(heading).toHaveText(steps[0]!.title);
    await expect(heading).toHaveAttribute('aria-describedby', 'request-progress');
    // Only the first page's questions.
    await expect(page.locator('#answers-work_type-0')).toHaveCount(0);
    await expectNoAxeViolations(page, `step 1 (${locale})`);

    // Continue with nothing: this page's errors only, the summary focused.
    await submitButton(page).click();
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(summaryLinks(page)).toHaveText([
      formatMessage(locale, 'text.required', { label: label('company_name') }),
      formatMessage(locale, 'choice.required', { label: label('network_owner') }),
    ]);
    await expect(page.locator('#answers-company_name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, `step 1 with errors (${locale})`);

    await page.locator('#answers-company_name').fill('Fibra Rápida LLC');
    await choose(page, 'network_owner', 'own_network');
    await submitButton(page).click();
    await expectStep(2, steps[1]!.title);
    await expect(page.locator('#error-summary')).toHaveCount(0);
    // A condition inside the page: pole numbers only for work on poles.
    await expect(page.locator('#answers-pole_numbers')).toHaveCount(0);
    await choose(page, 'work_type', 'small_cell');
    await expect(page.locator('#answers-pole_numbers')).toBeVisible();
    await page.locator('#answers-pole_numbers').fill('P-1042, P-1043');
    await page.locator('#answers-work_location').fill('300 block of King St');
    await expectNoAxeViolations(page, `step 2 (${locale})`);

    // The page's own Back, then forward again: nothing typed is lost.
    await page.getByRole('button', { name: text.back, exact: true }).click();
    await expectStep(1, steps[0]!.title);
    await expect(page.locator('#answers-company_name')).toHaveValue('Fibra Rápida LLC');
    await expect(radio(page, 'network_owner', 'own_network')).toBeChecked();
    await submitButton(page).click();
    await expectStep(2, steps[1]!.title);
    await expect(radio(page, 'work_type', 'small_cell')).toBeChecked();
    await expect(page.locator('#answers-pole_numbers')).toHaveValue('P-1042, P-1043');

    // The browser's Back and Forward move between the pages, answers kept.
    await page.goBack();
    await expectStep(1, steps[0]!.title);
    await expect(page.locator('#answers-company_name')).toHaveValue('Fibra Rápida LLC');
    await page.goForward();
    await expectStep(2, steps[1]!.title);
    await expect(page.locator('#answers-work_location')).toHaveValue('300 block of King St');
    await submitButton(page).click();

    await expectStep(3, steps[2]!.title);
    await page.locator('#answers-start_date').fill('2027-03-01');
    await page.locator('#answers-duration_days').fill('12');
    await expect(page.locator('#answers-closure_details')).toHaveCount(0);
    await page.locator('label[for="answers-lane_closure"]').click();
    await expect(page.locator('#answers-lane_closure')).toBeChecked();
    await expect(page.locator('#answers-closure_details')).toBeVisible();
    await page.locator('#answers-closure_details').fill('The north lane of King St, 9 am to 3 pm.');
    await expectNoAxeViolations(page, `step 3 (${locale})`);
    await submitButton(page).click();

    await expectStep(4, steps[3]!.title);
    await page.locator('#answers-field_supervisor_phone').fill('703 555 0123');
    await page.locator('#answers-site_plans').setInputFiles(PLANS_PDF);
    await expect(page.getByText(PLANS_PDF.name)).toBeVisible();
    await expectNoAxeViolations(page, `step 4 (${locale})`);
    await submitButton(page).click();

    await expectStep(5, text.contactHeading);
    await page.locator('#contact-name').fill('Tomás Telecom');
    await page.locator('#contact-email').fill(`tomas-${locale}@example.com`);
    await expectNoAxeViolations(page, `contact details (${locale})`);
    await submitButton(page).click();

    // Check your answers: every question asked, in order, and nothing on the pages' headings.
    await expect(heading).toHaveText(text.checkHeading);
    await expect(heading).toBeFocused();
    const row = (key: string) => page.locator('.request-check__row', { has: page.locator('.request-check__question', { hasText: label(key) }) });
    await expect(row('company_name').locator('.request-check__answer')).toHaveText('Fibra Rápida LLC');
    await expect(row('work_type').locator('.request-check__answer')).toHaveText(optionLabel('telecom-right-of-way', locale, 'work_type', 'small_cell'));
    await expect(row('pole_numbers').locator('.request-check__answer')).toHaveText('P-1042, P-1043');
    await expect(row('closure_details').locator('.request-check__answer')).toHaveText('The north lane of King St, 9 am to 3 pm.');
    await expect(row('site_plans').locator('.request-check__answer')).toHaveText(PLANS_PDF.name);
    await expectNoAxeViolations(page, `check your answers (${locale})`);

    // Change the type of work: back on its page, the control focused; repairs need no pole numbers.
    await page.getByRole('link', { name: `${text.change} ${label('work_type')}` }).click();
    await expect(progress).toHaveText(fill(text.stepProgress, { current: 2, total }));
    await expect(heading).toHaveText(steps[1]!.title);
    await expect(page.locator('#answers-work_type-0')).toBeFocused();
    await choose(page, 'work_type', 'repair');
    await expect(page.locator('#answers-pole_numbers')).toHaveCount(0);
    for (let page2 = 2; page2 <= total; page2 += 1) await submitButton(page).click();
    await expect(heading).toHaveText(text.checkHeading);
    await expect(row('work_type').locator('.request-check__answer')).toHaveText(optionLabel('telecom-right-of-way', locale, 'work_type', 'repair'));
    await expect(row('pole_numbers')).toHaveCount(0);
    await expect(row('duration_days').locator('.request-check__answer')).toHaveText('12');

    await page.getByRole('button', { name: text.send }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.confirmation.title })).toBeFocused();
    expect(await reference(page)).toMatch(REFERENCE_PATTERN);
    await expectNoAxeViolations(page, `confirmation (${locale})`);
  });
}

// 3. Exit pages ---------------------------------------------------------------------------------

test('telecom: work on a Dominion Energy pole ends at the editor’s exit page, and back (en, es)', async ({ page }) => {
  for (const locale of LATIN_LOCALES) {
    const text = resources[locale].requestForm;
    const exit = formOf('telecom-right-of-way', locale).exitPages?.[0];
    if (!exit) throw new Error('the telecom form has no exit page');
    const sends: string[] = [];
    page.on('request', (request) => {
      // The form-metrics beacon counts pages reached; it carries no answers and stores no request.
      if (request.method() === 'POST' && !new URL(request.url()).pathname.endsWith('/api/form-metrics')) sends.push(request.url());
    });
    await page.goto(requestPath(locale, TELECOM_SLUG));
    await expect(submitButton(page)).toHaveText(text.continue);
    await page.locator('#answers-company_name').fill('Power Pole Partners');
    await choose(page, 'network_owner', 'dominion');
    await submitButton(page).click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(exit.title);
    await expect(heading).toBeFocused();
    await expect(page.getByText(exit.body.split('\n\n')[0]!)).toBeVisible();
    await expect(submitButton(page)).toBeHidden();
    await expect(page.getByRole('button', { name: text.send })).toHaveCount(0);
    await expectNoAxeViolations(page, `exit page (${locale})`);
    expect(sends, 'nothing is sent from an exit page').toEqual([]);

    // Change the answer: the question's page again, with what was typed.
    await page.getByRole('button', { name: text.exitChange }).click();
    await expect(page.locator('#answers-network_owner-0')).toBeFocused();
    await expect(page.locator('#answers-company_name')).toHaveValue('Power Pole Partners');
    await choose(page, 'network_owner', 'city_pole');
    await submitButton(page).click();
    await expect(heading).toHaveText(formOf('telecom-right-of-way', locale).steps![1]!.title);
    page.removeAllListeners('request');
  }
});

// Without JavaScript the telecom application goes page by page too: e2e/no-script.spec.ts.

// 4. The location question by keyboard and by the device's position ------------------------------

test('Wi-Fi: the building is found by keyboard alone, or by the device’s position inside the city, never outside it', async ({ browser }) => {
  test.slow(); // typed key by key, two browsers, axe twice
  // The White House: a position outside the city.
  const context = await browser.newContext({ permissions: ['geolocation'], geolocation: { latitude: 38.8977, longitude: -77.0365 } });
  const page = await context.newPage();
  const locale = 'en';
  const text = resources[locale].requestForm;
  const words = text.location;
  const buildingLabel = labelOf('wifi-outage', locale, 'building_location');
  const status = (message: string) => page.getByRole('status').filter({ hasText: message });
  await page.goto(requestPath(locale, WIFI_SLUG));
  await expect(submitButton(page)).toHaveText(text.continue);
  await skipToMain(page);

  // "Another City building" is the last option: Up from the first wraps round to it.
  await tabTo(page, radio(page, 'location_type', 'city_hall'));
  await page.keyboard.press('ArrowUp');
  await expect(radio(page, 'location_type', 'other')).toBeChecked();
  const box = page.getByRole('combobox', { name: buildingLabel });
  await typeInto(page, box, 'King');
  const options = page.getByRole('listbox', { name: buildingLabel }).getByRole('option');
  await expect(options).toHaveText(['301 King St · City Hall', '3210 King St · Chinquapin Park Recreation Center', '520 King St · Courthouse']);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('3210 King St');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(status(fill(words.chosen, { address: '3210 King St' }))).toBeVisible();
  // Enter chose the address; it did not send the form.
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await expectNoAxeViolations(page, 'location chosen');

  // The device's position outside the city: refused, said next to the box, the chosen address kept.
  const mine = page.getByRole('button', { name: words.useMine });
  await press(page, mine);
  await expect(status(words.outside)).toBeVisible();
  await expect(box).toHaveValue('3210 King St');
  await expect(box).toHaveAttribute('aria-describedby', new RegExp((await status(words.outside).getAttribute('id')) ?? 'missing'));
  // The keyboard's focus stays on the button while and after locating.
  await expect(mine).toBeFocused();

  // An address outside the city typed and not chosen: the field's error when continuing.
  await typeInto(page, box, '1600 Pennsylvania Ave');
  await expect(status(words.noSuggestions)).toBeVisible();
  await press(page, submitButton(page));
  await expect(page.locator('#error-summary')).toBeFocused();
  const notFound = formatMessage(locale, 'location.notFound', { label: buildingLabel });
  await expect(summaryLinks(page)).toContainText([notFound]);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#answers-building_location-error')).toContainText(notFound);
  await expectNoAxeViolations(page, 'location error');
  await context.close();

  // Inside the city (Chinquapin Park): the answer is that point, named by its coordinates.
  const inside = await browser.newContext({ permissions: ['geolocation'], geolocation: { latitude: 38.8186, longitude: -77.0876 } });
  const here = await inside.newPage();
  await here.goto(requestPath(locale, WIFI_SLUG));
  await expect(submitButton(here)).toHaveText(text.continue);
  await skipToMain(here);
  await tabTo(here, radio(here, 'location_type', 'city_hall'));
  await here.keyboard.press('ArrowUp');
  await press(here, here.getByRole('button', { name: words.useMine }));
  await expect(here.getByRole('combobox', { name: buildingLabel })).toHaveValue('38.818600, -77.087600');
  await expect(here.getByRole('status').filter({ hasText: fill(words.yourLocation, { lat: '38.8186', long: '-77.0876' }) })).toBeVisible();
  // Continuing finds other questions to answer, not this one.
  await press(here, submitButton(here));
  await expect(here.locator('#error-summary')).toBeFocused();
  await expect(here.locator('#answers-building_location-error')).toHaveCount(0);
  await inside.close();
});

// 5. Issue 18: the keyboard journey in Arabic and Amharic ----------------------------------------

const RTL_LOCALES = ['ar', 'am'] as const satisfies readonly Locale[];
const DESCRIPTION: Record<(typeof RTL_LOCALES)[number], string> = {
  ar: 'صفحة الدفع أظهرت الخطأ 500 مرتين هذا الصباح.',
  am: 'የክፍያ ገጹ ዛሬ ጠዋት ሁለት ጊዜ ስህተት 500 አሳየ።',
};

for (const locale of RTL_LOCALES) {
  const direction = locale === 'ar' ? 'rtl' : 'ltr';

  test(`a request in ${locale} with the keyboard alone, with JavaScript: every page passes axe`, async ({ page }) => {
    test.slow(); // typed key by key, and axe on every page
    const text = resources[locale].requestForm;
    // From the service page to the form is request-journey.spec.ts's; here, the form's own pages.
    await page.goto(requestPath(locale));
    await expect(submitButton(page)).toHaveText(text.continue);
    await skipToMain(page);
    await expect(page.locator('html')).toHaveAttribute('dir', direction);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAxeViolations(page, `form (${locale})`);

    await press(page, submitButton(page));
    await expect(page.locator('#error-summary')).toBeFocused();
    await expectNoAxeViolations(page, `errors (${locale})`);
    // The summary's first link, by keyboard, to the first question.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#answers-service_affected-0')).toBeFocused();

    await fillWebsiteProblem(page, { pageUrl: 'https://www.alexandriava.gov/pay', description: DESCRIPTION[locale], name: 'Amal Haile', email: `amal-${locale}@example.com` });
    await press(page, submitButton(page));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.checkHeading);
    await expect(page.locator('.request-check__answer', { hasText: `amal-${locale}@example.com` })).toBeVisible();
    await expectNoAxeViolations(page, `check your answers (${locale})`);

    await press(page, page.getByRole('button', { name: text.send }));
    await expect(page.getByRole('heading', { level: 1, name: text.confirmation.title })).toBeFocused();
    expect(await reference(page)).toMatch(REFERENCE_PATTERN);
    await expectNoAxeViolations(page, `confirmation (${locale})`);
    await expect(page.locator('html')).toHaveAttribute('dir', direction);
  });

  test(`a request in ${locale} with the keyboard alone, without JavaScript: the CMS’s errors, then the reference, each page passing axe`, async ({ browser }) => {
    test.slow(); // typed key by key, and axe on every page
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const text = resources[locale].requestForm;
    await page.goto(requestPath(locale));
    await expect(page.locator('html')).toHaveAttribute('dir', direction);
    await expect(submitButton(page)).toHaveText(text.sendWithoutCheck);
    const axe = await scriptlessAxe(browser);
    await axe.check(page.url(), `form without JavaScript (${locale})`);
    await skipToMain(page);

    // A web address without http(s)://: the CMS sends the page back with its error.
    await fillWebsiteProblem(page, { pageUrl: 'alexandriava.gov/pay', description: DESCRIPTION[locale], name: 'Amal Haile', email: `amal-nojs-${locale}@example.com` });
    await press(page, submitButton(page));
    await expect(page).toHaveURL((url) => url.pathname === requestPath(locale) && url.searchParams.has('feedback'));
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(summaryLinks(page)).toHaveCount(1);
    await expect(page).toHaveTitle(new RegExp(`^${text.errorTitlePrefix} `));
    await expect(page.locator('html')).toHaveAttribute('dir', direction);
    await expect(page.locator('#answers-page_url')).toHaveValue('alexandriava.gov/pay');
    await axe.check(page.url(), `errors without JavaScript (${locale})`);

    // The summary's link, by keyboard, to the field; fix it and send.
    await page.keyboard.press('Tab');
    await expect(summaryLinks(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#answers-page_url')).toBeFocused();
    await typeInto(page, page.locator('#answers-page_url'), 'https://www.alexandriava.gov/pay');
    await press(page, submitButton(page));
    await expect(page).toHaveURL(isConfirmationPage);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.sentWithoutScript.title);
    expect(await reference(page)).toMatch(REFERENCE_PATTERN);
    await expect(page.locator('html')).toHaveAttribute('dir', direction);
    await axe.check(page.url(), `confirmation without JavaScript (${locale})`);
    await axe.close();
    await context.close();
  });
}
