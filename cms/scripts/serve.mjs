// Starts the already-compiled CMS (cms/dist) without compiling again: used by the tests and the
// publisher so several instances can start at once from one build.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(appDir);
const { createStrapi } = require('@strapi/strapi');
const { compileCms } = await import('./compile-lock.mjs');
// `npm start` compiles the TypeScript once here; the tests compile once for many instances.
const distDir = process.env.COMPILE_CMS === 'true' ? (await compileCms(appDir)).distDir : path.join(appDir, 'dist');
if (!fs.existsSync(path.join(distDir, 'src', 'index.js'))) {
  console.error('cms/dist is missing: run `npm run build --workspace cms` (or `npm start`) first.');
  process.exit(1);
}
const serveAdminPanel = process.env.SERVE_ADMIN_PANEL !== 'false' && fs.existsSync(path.join(distDir, 'build', 'index.html'));
const app = createStrapi({ appDir, distDir, serveAdminPanel, autoReload: false });
await app.start();

// Strapi ends itself on SIGTERM and SIGINT (destroyOnSignal in @strapi/core: destroy once, then
// exit). A handler here too made destroy run twice: the second call threw and ended the process
// before the database was closed.
