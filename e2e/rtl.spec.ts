// Arabic reads right to left: the same page in Arabic is the English one mirrored. Compared on the
// boxes the browser lays out, not on markup: the document's direction, the breadcrumb read from the
// right, each label starting where its input starts, the error summary's bar on the start side,
// and the check-your-answers rows with the question on the start side; references, email
// addresses and web addresses keep their own left-to-right order inside the Arabic text.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fillWebsiteProblem, press, requestPath, resources } from './support/requests';

type Box = { x: number; y: number; width: number; height: number };
const box = async (locator: Locator): Promise<Box> => {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} is not on screen`);
  return found;
};
const right = (b: Box) => b.x + b.width;
const submitButton = (page: Page) => page.locator('form.request-form #request-submit');

/** The horizontal facts of one language's request page, from its start to its check step. */
async function layoutOf(page: Page, locale: 'en' | 'ar') {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(requestPath(locale));
  await expect(submitButton(page)).toHaveText(resources[locale].requestForm.continue);
  const dir = await page.locator('html').getAttribute('dir');
  const crumbs = await Promise.all((await page.locator('.usa-breadcrumb__list-item').all()).map(box));
  // Where the label's words are drawn (the label element itself is as wide as its input).
  const label = await page.locator('label[for="contact-name"]').evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  });
  const input = await box(page.locator('#contact-name'));
  const radioLabel = page.locator('label[for="answers-service_affected-0"]');
  // USWDS draws the radio button as the label's ::before, on the side where the line starts.
  const radioPadding = await radioLabel.evaluate((element) => ({ left: parseFloat(getComputedStyle(element).paddingLeft), right: parseFloat(getComputedStyle(element).paddingRight) }));

  await press(page, submitButton(page));
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  const bar = await summary.evaluate((element) => ({ left: parseFloat(getComputedStyle(element).borderLeftWidth), right: parseFloat(getComputedStyle(element).borderRightWidth) }));

  await fillWebsiteProblem(page, { pageUrl: 'https://www.alexandriava.gov/pay', description: 'The payment page showed error 500 twice.', name: 'Ana Resident', email: 'ana@example.com' });
  await press(page, submitButton(page));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(resources[locale].requestForm.checkHeading);
  const row = page.locator('.request-check__row').first();
  const question = await box(row.locator('.request-check__question'));
  const answer = await box(row.locator('.request-check__answer'));
  // The web address as typed, read left to right inside the Arabic page.
  const url = page.locator('.request-check__line', { hasText: 'https://www.alexandriava.gov/pay' });
  const urlDirection = await url.evaluate((element) => getComputedStyle(element).direction);
  return { dir, crumbs, label, input, radioPadding, bar, question, answer, urlDirection };
}

test('the Arabic request page is the English one mirrored', async ({ page }) => {
  const en = await layoutOf(page, 'en');
  const ar = await layoutOf(page, 'ar');

  expect(en.dir).toBe('ltr');
  expect(ar.dir).toBe('rtl');

  // Breadcrumbs: Home first, on the left in English and on the right in Arabic.
  expect(en.crumbs.length).toBeGreaterThan(1);
  expect(ar.crumbs.length).toBe(en.crumbs.length);
  for (let i = 1; i < en.crumbs.length; i += 1) {
    expect(en.crumbs[i]!.x, `English crumb ${i} after crumb ${i - 1}`).toBeGreaterThan(en.crumbs[i - 1]!.x);
    expect(right(ar.crumbs[i]!), `Arabic crumb ${i} to the left of crumb ${i - 1}`).toBeLessThan(right(ar.crumbs[i - 1]!));
  }

  // A label's words start where its input starts: the left edge in English, the right edge in Arabic.
  expect(Math.abs(en.label.x - en.input.x)).toBeLessThan(2);
  expect(right(en.input) - right(en.label), 'the English label is not right-aligned').toBeGreaterThan(20);
  expect(Math.abs(right(ar.label) - right(ar.input))).toBeLessThan(2);
  expect(ar.label.x - ar.input.x, 'the Arabic label is not left-aligned').toBeGreaterThan(20);
  // The label sits above its input in both (the question is read before the answer).
  expect(en.label.y).toBeLessThan(en.input.y);
  expect(ar.label.y).toBeLessThan(ar.input.y);

  // A radio button's circle is at the start of its line: room on the left in English, the right in Arabic.
  expect(en.radioPadding.left).toBeGreaterThan(en.radioPadding.right);
  expect(ar.radioPadding.right).toBeGreaterThan(ar.radioPadding.left);

  // The error summary's bar is on the side where lines start.
  expect(en.bar.left).toBeGreaterThan(0);
  expect(en.bar.right).toBe(0);
  expect(ar.bar.right).toBeGreaterThan(0);
  expect(ar.bar.left).toBe(0);

  // Check your answers: the question on the start side, the answer after it.
  expect(en.question.x).toBeLessThan(en.answer.x);
  expect(right(ar.question)).toBeGreaterThan(right(ar.answer));
  expect(en.urlDirection).toBe('ltr');
  expect(ar.urlDirection).toBe('ltr');
});

test('references and email addresses keep their order inside Arabic text', async ({ page }) => {
  await page.goto('/ar/track/');
  const hint = page.locator('#track-reference-hint');
  await expect(hint).toContainText('ALX-7K4M-2Q9P');
  // The reference is isolated (LRI … PDI), so a screen reader and the eye both get it whole.
  expect(await hint.textContent()).toContain('\u2066ALX-7K4M-2Q9P\u2069');
  await expect(page.locator('#track-reference')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('#track-email')).toHaveAttribute('dir', 'ltr');
});

test('the not-found page, in every language at once, reads its Arabic part right to left', async ({ page }) => {
  const response = await page.goto('/ar/no-such-page/');
  expect(response?.status()).toBe(404);
  const arabic = page.locator('main section[lang="ar"]');
  await expect(arabic.getByRole('heading', { level: 2 })).toHaveText(resources.ar.notFound.title);
  expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  expect(await page.locator('main section[lang="es"]').evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
});
