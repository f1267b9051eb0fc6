// Test-only: changes a request's status the way the CMS's own code does (changeStatus in
// cms/src/api/service-request/domain/status-history.ts), with the compiled CMS on the environment's
// database. Usage: node tests/open311/change-status.mjs <reference> <status> <public note> <internal note>
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(appDir);
const [reference, status, publicNote, internalNote] = process.argv.slice(2);
const { createStrapi } = require('@strapi/strapi');
const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false }).load();
app.log.level = 'warn';
let code = 0;
try {
  const { changeStatus } = require(path.join(appDir, 'dist', 'src', 'api', 'service-request', 'domain', 'status-history.js'));
  const row = await app.db.query('api::service-request.service-request').findOne({ where: { reference }, select: ['documentId'] });
  if (!row) throw new Error(`no request ${reference}`);
  await changeStatus(app, row.documentId, { status, publicNote, internalNote, by: 'Test staff' });
  console.log(`${reference} is ${status}`);
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await app.destroy();
}
process.exit(code);
