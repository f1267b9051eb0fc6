// Changes a request's status from code, the way an integration would, in its own Strapi process:
//   node service-requests.change-status.mjs <reference> <status> <publicNote> <by>
// Used by service-requests-staff.api.test.ts; loads the compiled CMS against the database in env.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(appDir);
const { createStrapi } = require('@strapi/strapi');
const [reference, status, publicNote, by] = process.argv.slice(2);
const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false }).load();
app.log.level = 'warn';
let changed = false;
try {
  changed = await app.service('api::service-request.intake').changeStatus(reference, { status, publicNote, by });
} finally {
  await app.destroy();
}
console.log(changed ? 'changed' : 'not found');
process.exit(changed ? 0 : 1);
