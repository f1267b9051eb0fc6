import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type AssetKind = 'html' | 'css' | 'js' | 'font' | 'other';
export interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}
export type PageWeight = Record<AssetKind, Weight> & { total: Weight; requests: number };

const kindOf = (resourceType: string, url: string): AssetKind => {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  return 'other';
};

const zero = (): Weight => ({ raw: 0, gzip: 0, brotli: 0 });

/** Compressed sizes as a server with gzip or brotli at its usual levels would send them. */
export function compressedSizes(body: Buffer): Weight {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Loads a page in a real Chromium and weighs every response it downloads, by kind. Measuring what
 * the browser fetches (not what the HTML mentions) catches lazily imported chunks and fonts.
 */
export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ kind: AssetKind; body: Buffer } | null>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.request().resourceType(), response.url());
    bodies.push(
      response
        .body()
        .then((body) => ({ kind, body }))
        .catch(() => null),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 10_000);
  await page.waitForLoadState('networkidle');
  const weight: PageWeight = { html: zero(), css: zero(), js: zero(), font: zero(), other: zero(), total: zero(), requests: 0 };
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    const sizes = compressedSizes(item.body);
    for (const key of ['raw', 'gzip', 'brotli'] as const) {
      weight[item.kind][key] += sizes[key];
      weight.total[key] += sizes[key];
    }
    weight.requests += 1;
  }
  await context.close();
  return weight;
}

export interface Budget {
  name: string;
  pass: boolean;
  detail: string;
}

/** The budgets: content pages no JS; form and track pages ≤ 100 KB JS gzip; any page ≤ 150 KB gzip. */
export function checkBudgets(template: string, weight: PageWeight): Budget[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const islandPage = template === 'form' || template === 'track' || template === 'search';
  const budgets: Budget[] = [];
  if (!islandPage) budgets.push({ name: 'no JavaScript', pass: weight.js.raw === 0, detail: `${kb(weight.js.raw)} JS` });
  else budgets.push({ name: 'JS ≤ 100 KB gzip', pass: weight.js.gzip <= 100 * 1024, detail: `${kb(weight.js.gzip)} JS gzip` });
  budgets.push({ name: 'page ≤ 150 KB gzip', pass: weight.total.gzip <= 150 * 1024, detail: `${kb(weight.total.gzip)} gzip` });
  return budgets;
}
