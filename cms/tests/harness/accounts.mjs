// Accounts for tests that sign in to the admin, made in a compiled CMS that is loaded but not
// served (after the seed, before the CMS starts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Loads the compiled CMS of the environment's database, runs `work` with it, and shuts it down. */
export async function withLoadedCms(work) {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.chdir(APP_DIR);
  const { createStrapi } = require('@strapi/strapi');
  const app = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), serveAdminPanel: false }).load();
  app.log.level = 'warn';
  try {
    return await work(app);
  } finally {
    await app.destroy();
  }
}

/**
 * The super admin named by SUPER_ADMIN_EMAIL / SUPER_ADMIN_PASSWORD, made by the CMS's own
 * ensureAdminUser (what makes the demo accounts at start), so tests sign in to an account made as
 * the CMS makes them. 'skipped' when the variables are not set.
 */
export async function ensureTestSuperAdmin(app) {
  const { ensureAdminUser } = require(path.join(APP_DIR, 'dist', 'src', 'bootstrap', 'admin-roles.js'));
  const role = await app.service('admin::role').getSuperAdmin();
  return ensureAdminUser(app, {
    email: process.env.SUPER_ADMIN_EMAIL,
    password: process.env.SUPER_ADMIN_PASSWORD,
    firstname: 'Test',
    lastname: 'Administrator',
    roleId: role.id,
  });
}
