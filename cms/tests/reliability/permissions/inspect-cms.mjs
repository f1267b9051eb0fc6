// Loads the compiled CMS without serving it (like cms/scripts/seed.mjs), then:
//   - writes the route table Strapi really mounted (strapi.server.listRoutes()) to ROUTES_OUT, and
//   - creates a super admin from SUPER_ADMIN_EMAIL / SUPER_ADMIN_PASSWORD when they are set.
// Nothing is added to the CMS itself; the permission matrix test runs this before it starts one.
import fs from 'node:fs';
import { ensureTestSuperAdmin, withLoadedCms } from '../../harness/accounts.mjs';

await withLoadedCms(async (app) => {
  await ensureTestSuperAdmin(app);
  if (process.env.ROUTES_OUT) {
    app.server.mount();
    const routes = app.server
      .listRoutes()
      .flatMap((layer) => layer.methods.filter((method) => method !== 'HEAD').map((method) => ({ method, path: layer.path })));
    fs.writeFileSync(process.env.ROUTES_OUT, JSON.stringify(routes, null, 2));
  }
});
process.exit(0);
