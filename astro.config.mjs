// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { DEFAULT_LOCALE, LOCALES } from '@city/shared/locales';
import { publisherRenderer } from './publisher/render/adapter.mjs';
import { precompiledUswds } from './site/styles/precompiled-uswds.mjs';

// The publisher's render bundle: the same pages, rendered on demand into its static folder
// (publisher/render/). `astro build` and `npm start`'s first build stay fully static.
const RENDER_BUNDLE = process.env.SITE_RENDER_BUNDLE === '1';
/**
 * The settings the site's code reads from the environment (site/lib/config.ts). A static build
 * reads them while it builds; the render bundle runs in the publisher's process, so they are fixed
 * into it when it is built, from the same environment a build sees.
 */
const SITE_SETTINGS = ['CMS_URL', 'PUBLIC_CMS_URL', 'SITE_TIME_ZONE', 'REQUEST_REFERENCE_PREFIX'];
const settingsFixedAtBuild = Object.fromEntries(SITE_SETTINGS.map((name) => [`process.env.${name}`, process.env[name] === undefined ? 'undefined' : JSON.stringify(process.env[name])]));
const USWDS_LOAD_PATHS = [fileURLToPath(new URL('./node_modules/@uswds/uswds/packages', import.meta.url))];

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // The publisher builds into a fresh folder each time and swaps it in atomically.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // Separate caches let test builds run beside `npm start` without sharing Astro's content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [react()],
  ...(RENDER_BUNDLE ? { output: 'server', adapter: publisherRenderer() } : {}),
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // The CSP allows no inline style or script, so every stylesheet must be a file.
    inlineStylesheets: 'never',
    // Pages rendered at once: while one awaits its file write, others render. Measured on the
    // 1,000-service site (2 cores): 30 s to generate with 1, 21 s with 4, 17 s with 16.
    concurrency: 16,
  },
  vite: {
    // USWDS's Sass packages import each other by package name (site/styles/uswds.scss). It is
    // compiled once and kept until it changes (site/styles/precompiled-uswds.mjs).
    plugins: [precompiledUswds(USWDS_LOAD_PATHS)],
    ...(RENDER_BUNDLE ? { define: settingsFixedAtBuild } : {}),
    css: { preprocessorOptions: { scss: { loadPaths: USWDS_LOAD_PATHS } } },
    // Apollo Client 3 ships ES modules without an exports map, which Node cannot import by name;
    // bundling it into the build avoids that.
    ssr: { noExternal: ['@apollo/client'] },
    // Small assets stay files too, since data: URLs for scripts or fonts would break the CSP.
    build: { assetsInlineLimit: 0 },
  },
});
