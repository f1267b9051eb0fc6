// Replaces the city's address points with a file's: `npm run import:addresses -- points.csv`
// (or `.geojson`). The file is the whole list: points it does not have are removed, so a
// demolished address is no longer suggested. Columns and format: shared/forms/location/import.ts
// and the README ("Address points"). Bad rows are listed and skipped; nothing is written when no
// row is good, or with --check (which only reads the file). Uses the database configured by the
// environment, like `npm run seed`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: npm run import:addresses -- <file.csv|file.geojson> [--check]');
  process.exit(2);
}
// npm runs workspace scripts in the workspace's folder; the path was written from where the person stood.
const source = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
let text;
try {
  text = readFileSync(source, 'utf8');
} catch (error) {
  console.error(`Cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const { parseAddressFile } = await import('@city/shared/forms/location');
const { points, problems } = parseAddressFile(source, text);
for (const problem of problems.slice(0, 50)) console.error(`${problem.row === 0 ? 'file' : `row ${problem.row}`}: ${problem.reason}`);
if (problems.length > 50) console.error(`… and ${problems.length - 50} more rows skipped`);
console.log(`${points.length} address points read, ${problems.length} skipped.`);
if (points.length === 0) {
  console.error('Nothing imported: the address points are unchanged.');
  process.exit(1);
}
if (checkOnly) process.exit(problems.length > 0 ? 1 : 0);

process.chdir(appDir);
const { createStrapi } = require('@strapi/strapi');
const { compileCms } = await import(path.join(appDir, 'scripts', 'compile-lock.mjs'));
const context = process.env.CMS_PRECOMPILED === 'true' ? { appDir, distDir: path.join(appDir, 'dist') } : await compileCms(appDir);
const app = await createStrapi({ ...context, serveAdminPanel: false }).load();
app.log.level = 'warn';
let code = 0;
try {
  const written = await app.service('api::address-point.address-points').replaceAll(points);
  console.log(`Imported ${written} address points; the previous ones are replaced.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  code = 1;
} finally {
  await app.destroy();
}
process.exit(code);
