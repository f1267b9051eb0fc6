// The skip link and the language switcher work with the keyboard alone.
import { expect, test } from '@playwright/test';
import { pathFor } from './support/site';

test('the skip link is the first stop and moves focus to the main content', async ({ page, request }) => {
  await page.goto(await pathFor(request, 'service', 'en'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
  // The next Tab continues inside the main content, past the banner and the navigation.
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(next).toBe(true);
});

test('the language switcher reaches the same page in Spanish and back with the keyboard', async ({ page, request }) => {
  const englishPath = await pathFor(request, 'service', 'en');
  await page.goto(englishPath);
  // Every language is listed, in the same order on every page; the current one is not a link.
  await expect(page.locator('.language-switcher li')).toContainText(['English', 'አማርኛ', 'العربية', 'Español']);
  await expect(page.locator('.language-switcher [aria-current="true"]')).toHaveText('English');
  const switcher = page.locator('a[data-language-switcher][hreflang="es"]');
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    if (await switcher.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(switcher).toBeFocused();
  await expect(switcher).toHaveAccessibleName(/Español/);
  await page.keyboard.press('Enter');
  const spanishPath = englishPath.replace(/^\/en\//, '/es/');
  await expect(page).toHaveURL((url) => url.pathname === spanishPath);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  const back = page.locator('a[data-language-switcher][hreflang="en"]');
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    if (await back.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(back).toHaveAccessibleName(/English/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === englishPath);
});

test('the official banner opens with the keyboard', async ({ page }) => {
  await page.goto('/en/');
  const summary = page.locator('.site-banner summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Official websites use .gov')).toBeVisible();
});
