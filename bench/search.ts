import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/browser';
import type { ServedSite } from './lib/portal';
import { kb, table } from './lib/report';
import { summarize } from './lib/stats';

function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = folderBytes(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += fs.statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/**
 * Pagefind on the big synthetic site: how large the index is, and how many bytes of it a browser
 * downloads to answer one query (each query a fresh browser context, so nothing is cached).
 */
export async function searchSection(options: { size: number; site: ServedSite; log: (m: string) => void }): Promise<string> {
  const { size, site } = options;
  const browser = await launchChromium();
  try {
    const index = folderBytes(path.join(site.root, 'pagefind'));
    const queries = [
      ['en', 'pothole'],
      ['en', 'streetlight'],
      ['es', 'farola'],
      ['en', 'wifi'],
      ['es', 'acera'],
    ] as const;
    const perQuery: number[] = [];
    const rows: (string | number)[][] = [];
    for (const [locale, query] of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/pagefind/')) pending.push(response.body().then((body) => void (bytes += body.length)).catch(() => undefined));
      });
      await page.goto(`${site.url}/${locale}/search/?q=${encodeURIComponent(query)}`);
      await page.locator('[data-search-results] li').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const results = await page.locator('[data-search-results] li').count();
      perQuery.push(bytes);
      rows.push([`${locale}: “${query}”`, results, kb(bytes)]);
      await context.close();
    }
    const summary = summarize(perQuery);
    options.log(`search: index ${kb(index.bytes)} KB, median ${kb(summary.median)} KB per query`);
    return (
      `## 6. Search\n\nPagefind index of the ${size}-service site (both languages): **${(index.bytes / 1024 / 1024).toFixed(1)} MB in ${index.files} files**. A browser downloads only the fragments a query needs (Pagefind files, raw bytes as served; first visit, nothing cached): median ${kb(summary.median)} KB (${kb(summary.min)}–${kb(summary.max)}) over ${summary.runs} queries.\n\n` +
      table(['query', 'results shown', 'KB downloaded'], rows)
    );
  } finally {
    await browser.close();
  }
}
