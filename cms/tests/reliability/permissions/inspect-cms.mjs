// Loads the compiled CMS without serving it (like cms/scripts/seed.mjs), then:
//   - writes the route table Strapi really mounted (strapi.server.listRoutes()) to ROUTES_OUT, and
//   - creates a super admin from SUPER_ADMIN_EMAIL / SUPER_ADMIN_PASSWORD when they are set.
// Nothing is added to the CMS itself; the permission matrix test runs this before it starts one.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
process.chdir(appDir);
const { createStrapi } = require('@strapi/strapi');

const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false }).load();
app.log.level = 'warn';
try {
  if (process.env.SUPER_ADMIN_EMAIL && process.env.SUPER_ADMIN_PASSWORD) {
    const email = process.env.SUPER_ADMIN_EMAIL.toLowerCase();
    const existing = await app.db.query('admin::user').findOne({ where: { email } });
    if (!existing) {
      const superAdmin = await app.service('admin::role').getSuperAdmin();
      await app.service('admin::user').create({
        email,
        password: process.env.SUPER_ADMIN_PASSWORD,
        firstname: 'Super',
        lastname: 'Admin',
        isActive: true,
        roles: [superAdmin.id],
        registrationToken: null,
      });
    }
  }
  if (process.env.ROUTES_OUT) {
    app.server.mount();
    const routes = app.server
      .listRoutes()
      .flatMap((layer) => layer.methods.filter((method) => method !== 'HEAD').map((method) => ({ method, path: layer.path })));
    fs.writeFileSync(process.env.ROUTES_OUT, JSON.stringify(routes, null, 2));
  }
} finally {
  await app.destroy();
}
process.exit(0);
