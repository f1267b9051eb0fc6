// `npm start`: one command from a fresh clone to a running portal on embedded SQLite.
// Builds what is missing, starts Strapi (seeding an empty database), builds and serves the site,
// and rebuilds the site whenever an editor publishes.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForCmsHealth } from './cms-health';
import { DEMO_LOGINS, ensureCmsEnv } from './env';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsDir = path.join(rootDir, 'cms');
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const hookPort = Number(process.env.PUBLISH_PORT ?? 4322);

function step(message: string): void {
  console.log(`\n▸ ${message}`);
}

function runOrExit(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const env = ensureCmsEnv(rootDir);
const cmsPort = Number(env.values.PORT ?? 1337);
const cmsUrl = process.env.CMS_URL ?? `http://127.0.0.1:${cmsPort}`;
process.env.STRAPI_TELEMETRY_DISABLED = 'true';

step('Building the shared package');
runOrExit('npm', ['run', 'build', '--silent', '--workspace', '@city/shared'], rootDir);

if (!fs.existsSync(path.join(cmsDir, 'dist', 'build', 'index.html')) || process.argv.includes('--rebuild')) {
  step('Building the CMS and its admin panel (about a minute, only the first time)');
  runOrExit(path.join(rootDir, 'node_modules', '.bin', 'strapi'), ['build'], cmsDir);
}

step(`Starting the CMS on ${cmsUrl}`);
const cms = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'serve.mjs')], {
  cwd: cmsDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    COMPILE_CMS: 'true',
    SEED_IF_EMPTY: 'true',
    PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/publish`,
    PUBLISH_WEBHOOK_SECRET: env.values.PUBLISH_WEBHOOK_SECRET ?? '',
  },
});
const stopCms = () => {
  if (cms.exitCode === null) cms.kill('SIGTERM');
};
process.on('exit', stopCms);
await waitForCmsHealth(cmsUrl, cms, 180_000);

step(`Building the site from the CMS and serving it on http://localhost:${sitePort}`);
// Imported only now: the publisher reads @city/shared's build output, which the step above makes.
// A static import would be resolved before any step runs, and fail on a fresh clone.
const { startPublisher } = await import('../publisher/server/server');
const publisher = startPublisher({
  rootDir,
  publishDir: path.join(rootDir, '.publish'),
  sitePort,
  hookPort,
  cmsUrl,
  webhookSecret: env.values.PUBLISH_WEBHOOK_SECRET ?? '',
  // The CMS signs preview links with PREVIEW_SECRET when cms/.env sets one, else with the webhook secret.
  ...(env.values.PREVIEW_SECRET ? { previewSecret: env.values.PREVIEW_SECRET } : {}),
});
const first = await publisher.firstBuild;

const loginLines = DEMO_LOGINS.map((login) => {
  const password = env.generated.includes(login.passwordKey) ? env.values[login.passwordKey] : '(printed on first start; it is in cms/.env)';
  return `   ${`${login.role}:`.padEnd(15)}${env.values[login.emailKey]}   password: ${password}`;
});
console.log(`
────────────────────────────────────────────────────────────
 The portal is running.
   Site:          http://localhost:${sitePort}${first.ok ? '' : '   (first build FAILED, see above)'}
   CMS admin:     http://localhost:${cmsPort}/admin
   GraphQL:       http://localhost:${cmsPort}/graphql
 Demo logins for the CMS admin (README, "Accounts"):
${loginLines.join('\n')}
 Editors publish and the site rebuilds itself; triage staff and supervisors work the
 requests on the Requests desk (admin menu); the
 administrator invites the city's real staff. Ctrl+C stops everything.
────────────────────────────────────────────────────────────`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopCms();
    void publisher.close().then(() => process.exit(0));
  });
}
cms.once('exit', (code) => {
  console.error(`The CMS stopped (exit ${code}).`);
  void publisher.close().then(() => process.exit(code ?? 1));
});
