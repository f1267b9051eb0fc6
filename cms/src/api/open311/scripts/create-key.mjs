// Creates an Open311 client and prints its API key once: `npm run open311:key -- "<client name>"`.
// Only the key's hash is stored; revoke a client by unticking "Enabled" in the admin
// (Content Manager → Open311 client). Uses the database configured by the environment, like `npm run seed`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
process.chdir(appDir);

const name = process.argv.slice(2).join(' ').trim();
if (!name) {
  console.error('Usage: npm run open311:key -- "<client name>"');
  process.exit(2);
}

const { createStrapi } = require('@strapi/strapi');
const { compileCms } = await import(path.join(appDir, 'scripts', 'compile-lock.mjs'));
const context = process.env.CMS_PRECOMPILED === 'true' ? { appDir, distDir: path.join(appDir, 'dist') } : await compileCms(appDir);

/**
 * On SQLite this script may run beside the CMS itself. In WAL mode a write transaction that finds
 * the other process has just written gives up at once (SQLITE_BUSY) instead of waiting, so a
 * clash is tried again a few times; nothing was written by the attempt that gave up.
 */
async function retryingBusy(attempt) {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (error?.code !== 'SQLITE_BUSY' || tries >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * tries));
    }
  }
}

const app = await retryingBusy(async () => {
  const instance = createStrapi({ ...context, serveAdminPanel: false });
  try {
    return await instance.load();
  } catch (error) {
    await instance.destroy().catch(() => undefined);
    throw error;
  }
});
app.log.level = 'warn';
let code = 0;
try {
  const { client, key } = await retryingBusy(() => app.service('api::open311.clients').create(name));
  console.log(`Open311 client "${client.name}" created. Its API key (shown only now, store it safely):\n${key}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  code = 1;
} finally {
  await app.destroy();
}
process.exit(code);
