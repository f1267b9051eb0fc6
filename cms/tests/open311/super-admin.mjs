// Test-only: creates a super admin from SUPER_ADMIN_EMAIL / SUPER_ADMIN_PASSWORD in the database of
// the environment, with the compiled CMS (run after the seed, before the CMS starts), so a test
// can read requests in the admin the way staff do.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(appDir);
const { createStrapi } = require('@strapi/strapi');
const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false }).load();
app.log.level = 'warn';
try {
  const { ensureAdminUser } = require(path.join(appDir, 'dist', 'src', 'bootstrap', 'admin-roles.js'));
  const role = await app.service('admin::role').getSuperAdmin();
  const outcome = await ensureAdminUser(app, {
    email: process.env.SUPER_ADMIN_EMAIL,
    password: process.env.SUPER_ADMIN_PASSWORD,
    firstname: 'Test',
    lastname: 'Administrator',
    roleId: role.id,
  });
  console.log(`super admin ${outcome}`);
} finally {
  await app.destroy();
}
process.exit(0);
