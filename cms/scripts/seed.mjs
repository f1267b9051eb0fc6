// Loads the demo city into the configured database: `npm run seed` (idempotent).
// `npm run seed -- --synthetic N` adds N generated services with forms, in every locale, for benchmarks.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const require = createRequire(import.meta.url);
const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(appDir);

const { createStrapi } = require('@strapi/strapi');
const { compileCms } = await import('./compile-lock.mjs');
const args = process.argv.slice(2);
const syntheticAt = args.indexOf('--synthetic');
const synthetic = syntheticAt >= 0 ? Number(args[syntheticAt + 1]) : 0;
if (syntheticAt >= 0 && !(Number.isInteger(synthetic) && synthetic > 0)) {
  console.error('Usage: npm run seed -- --synthetic N   (N a positive whole number)');
  process.exit(2);
}

// The test harness compiles once for many seeds; a person running `npm run seed` gets a fresh compile.
const context = process.env.CMS_PRECOMPILED === 'true' ? { appDir, distDir: path.join(appDir, 'dist') } : await compileCms(appDir);
const app = await createStrapi({ ...context, serveAdminPanel: false }).load();
app.log.level = 'warn';
try {
  const { seedDemoCity } = require(path.join(context.distDir, 'src/seed/index.js'));
  const report = await seedDemoCity(app);
  console.log(`Demo city: ${report.created} locale versions created, ${report.unchanged} already present.`);
  if (synthetic > 0) {
    const { seedSynthetic } = require(path.join(context.distDir, 'src/seed/synthetic.js'));
    const made = await seedSynthetic(app, synthetic);
    console.log(`Synthetic: ${made.created} services created, ${made.unchanged} already present.`);
  }
} finally {
  await app.destroy();
}
process.exit(0);
