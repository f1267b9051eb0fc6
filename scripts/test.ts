// `npm test`: every check the project has, in order: type checks, unit tests, the CMS API suites on
// SQLite and PostgreSQL, the reliability suite in its short form, and the browser tests. Stops
// early with a clear message when Chromium or nginx is missing, since the browser tests and the
// production test cannot run without them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(rootDir, 'node_modules', '.bin', name);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!fs.existsSync(CHROMIUM_PATH)) {
  console.error(`
✗ Chromium was not found at ${CHROMIUM_PATH}; the browser tests need it.
  On Debian or Ubuntu:   sudo apt-get update && sudo apt-get install -y chromium
  Elsewhere, install Chromium and set CHROMIUM_PATH to its executable.
`);
  process.exit(1);
}

// The production test runs the shipped nginx config (deploy/nginx) in front of `npm run serve`.
const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
if (!fs.existsSync(NGINX_PATH)) {
  console.error(`
✗ nginx was not found at ${NGINX_PATH}; the production test runs the deploy/ config with it.
  On Debian or Ubuntu:   sudo apt-get update && sudo apt-get install -y nginx
  Elsewhere, install nginx and set NGINX_PATH to its executable.
`);
  process.exit(1);
}

const steps: { name: string; command: string; args: string[]; env?: Record<string, string>; cwd?: string }[] = [
  { name: 'build shared', command: 'npm', args: ['run', 'build', '--silent', '--workspace', '@city/shared'] },
  { name: 'type check: cms', command: bin('tsc'), args: ['-p', 'cms', '--noEmit'] },
  { name: 'type check: cms tests', command: bin('tsc'), args: ['-p', 'cms/tests'] },
  // The admin panel's own code and our plugins' admin pages: Strapi's build bundles them without checking types.
  { name: 'type check: cms admin (plugins)', command: bin('tsc'), args: ['-p', 'cms/src/admin/tsconfig.json', '--noEmit'] },
  { name: 'type check: site (astro check)', command: bin('astro'), args: ['check'] },
  { name: 'unit and CMS API tests (SQLite and PostgreSQL)', command: bin('vitest'), args: ['run', '--project', 'unit', '--project', 'api-sqlite', '--project', 'api-postgres'] },
  // The short form of `npm run test:reliability`: the same invariants with fewer cases (a few minutes).
  { name: 'reliability, short form (bad input, retries, crashes, permissions, hostile content)', command: bin('vitest'), args: ['run', '--project', 'reliability'], env: { RELIABILITY_SCALE: 'short' } },
];
if (fs.existsSync(path.join(rootDir, 'playwright.config.ts'))) {
  // The publish test signs in to the real admin panel, which a fresh checkout has not built yet.
  if (!fs.existsSync(path.join(rootDir, 'cms', 'dist', 'build', 'index.html'))) {
    steps.push({ name: 'build the CMS admin panel (first run only, about a minute)', command: bin('strapi'), args: ['build'], cwd: path.join(rootDir, 'cms') });
  }
  steps.push({ name: 'browser tests (Playwright, Chromium)', command: bin('playwright'), args: ['test'] });
}

// ENV_PATH: every test CMS gets its own environment; the cms/.env that `npm start` wrote (demo
// logins, secrets) must not fill in what a test leaves unset.
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { cwd: step.cwd ?? rootDir, stdio: 'inherit', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ENV_PATH: '/dev/null', ...step.env } });
  results.push({ name: step.name, ok: result.status === 0, seconds: (Date.now() - started) / 1000 });
  if (result.status !== 0) break;
}

console.log('\n━━ summary');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds.toFixed(0)} s)`);
const failed = results.filter((r) => !r.ok).length;
process.exit(failed === 0 && results.length === steps.length ? 0 : 1);
