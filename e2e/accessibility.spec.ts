// Every page template in both languages passes axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) with zero
// violations, at desktop width and at 320 px, where nothing may scroll sideways.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, LOCALES, OTHER_PAGES, pathFor, TEMPLATES } from './support/site';

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

for (const locale of LOCALES) {
  for (const template of TEMPLATES) {
    test(`${template} page (${locale}) has no axe violations`, async ({ page, request }) => {
      await page.goto(await pathFor(request, template, locale));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      if (template === 'search') await expect(page.getByRole('status')).not.toHaveText(/^$|…/);
      await expectNoViolations(page);
    });

    test(`${template} page (${locale}) fits a 320 px screen and passes axe there`, async ({ page, request }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(await pathFor(request, template, locale));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
      await expectNoViolations(page);
    });
  }
}

// Pages every language has at one path, outside the templates the sitemap is searched for.
const FIXED_PAGES = [{ name: 'performance', path: (locale: string) => `/${locale}/performance/` }] as const;

for (const locale of LOCALES) {
  for (const fixed of FIXED_PAGES) {
    test(`${fixed.name} page (${locale}) has no axe violations and no script`, async ({ page }) => {
      const response = await page.goto(fixed.path(locale));
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await page.locator('script[src], script[type="module"]').count(), 'scripts on a content page').toBe(0);
      await expectNoViolations(page);
    });

    test(`${fixed.name} page (${locale}) fits a 320 px screen and passes axe there`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(fixed.path(locale));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
      await expectNoViolations(page);
    });
  }
}

test('not found page (404) has no axe violations', async ({ page }) => {
  const response = await page.goto(OTHER_PAGES[1].path);
  expect(response?.status()).toBe(404);
  await expectNoViolations(page);
});

test('the language chooser passes axe with a link to every language, and / goes to the language the browser asks for', async ({ browser, page }) => {
  // Hold the page still for axe: the same markup without its immediate redirect.
  await page.route('**/index.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  await page.goto(OTHER_PAGES[0].path);
  await expect(page.locator('main a[hreflang]')).toHaveCount(LOCALES.length);
  await expect(page.locator('main li[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  await expectNoViolations(page);
  await page.unroute('**/index.html');

  await page.goto('/');
  await expect(page).toHaveURL((url) => url.pathname === '/en/');
  // The browser's language becomes its Accept-Language (weights: publisher/server/language.unit.test.ts).
  for (const [locale, home] of [['ar-EG', '/ar/'], ['am-ET', '/am/'], ['es-MX', '/es/'], ['fr-FR', '/en/']] as const) {
    const context = await browser.newContext({ locale });
    const other = await context.newPage();
    await other.goto('/');
    await expect(other).toHaveURL((url) => url.pathname === home);
    await context.close();
  }
});
