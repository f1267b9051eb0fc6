// Search works with no server: the Pagefind index, built after the site, finds a service by a word
// that appears only in its body text, in each language.
import { expect, test } from '@playwright/test';
import { LOCALES, pathFor } from './support/site';

for (const locale of LOCALES) {
  test(`search finds a service by a word from its body (${locale})`, async ({ page, request }) => {
    const servicePath = await pathFor(request, 'service', locale);
    await page.goto(servicePath);
    const title = (await page.locator('h1').textContent())?.trim() ?? '';
    const summary = (await page.locator('.usa-intro').textContent()) ?? '';
    const bodyText = (await page.locator('.rich-text').textContent()) ?? '';
    // The longest body word not in the title or summary: proof the body itself is indexed.
    const word = bodyText
      .split(/[^\p{L}]+/u)
      .filter((candidate) => candidate.length >= 6 && !`${title} ${summary}`.toLowerCase().includes(candidate.toLowerCase()))
      .sort((a, b) => b.length - a.length)[0];
    expect(word, 'a distinctive word in the body').toBeTruthy();

    // Typed into the box on the home page and submitted with Enter, as a reader would.
    await page.goto(`/${locale}/`);
    await page.getByRole('searchbox').fill(word ?? '');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=`));
    await expect(page.getByRole('status')).toContainText(word ?? '');
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.map((href) => href.replace(/\/?$/, '/'))).toContain(servicePath);
    await expect(page.locator('[data-search-results] a', { hasText: title })).toBeVisible();
  });
}
