// Content pages ship no JavaScript: no script elements that run, no script downloads, and nothing
// the Content-Security-Policy had to block.
import { expect, test } from '@playwright/test';
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
