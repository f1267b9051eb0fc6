// `npm run serve`: the portal in production. The CMS (a child process) and the publisher (this
// process) both run with NODE_ENV=production, configured only from the environment: no cms/.env,
// no demo content, no demo accounts. Refuses to start, naming every missing variable, when the
// environment is incomplete. Builds nothing: a service must not compile at each restart.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Publisher } from '../publisher/server/server';
import { waitForCmsHealth } from './cms-health';
import { cmsProcessEnv, readProductionEnv } from './production-env';

process.env.NODE_ENV = 'production';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsDir = path.join(rootDir, 'cms');
/** systemd's EX_CONFIG: a unit with RestartPreventExitStatus=78 does not restart in a loop. */
const EXIT_CONFIG = 78;

const result = readProductionEnv(process.env);
if (!result.ok) {
  console.error(result.message);
  process.exit(EXIT_CONFIG);
}
const env = result.env;

const serveAdmin = process.env.SERVE_ADMIN_PANEL !== 'false';
const missingBuilds = [
  [path.join(rootDir, 'shared', 'dist', 'locales', 'index.js'), 'npm ci (it builds shared/ through the prepare script)'],
  [path.join(cmsDir, 'dist', 'src', 'index.js'), 'NODE_ENV=production npm run build -w cms'],
  ...(serveAdmin ? [[path.join(cmsDir, 'dist', 'build', 'index.html'), 'NODE_ENV=production npm run build -w cms (or SERVE_ADMIN_PANEL=false on an instance without the admin)']] : []),
].filter(([file]) => !fs.existsSync(file ?? ''));
if (missingBuilds.length > 0) {
  console.error(`npm run serve: the build is missing; nothing was started. Run first, as the service's user, from ${rootDir}:`);
  for (const [file, command] of missingBuilds) console.error(`  ${command}    (${path.relative(rootDir, file ?? '')} is missing)`);
  process.exit(EXIT_CONFIG);
}

const cmsUrl = `http://127.0.0.1:${env.PORT}`;
// The site's pages are built by this process: the browser reaches the CMS at its public address.
process.env.PUBLIC_CMS_URL = env.PUBLIC_CMS_URL ?? env.PUBLIC_URL;
process.env.CMS_URL = cmsUrl;

console.log(`[serve] starting the CMS on ${env.HOST}:${env.PORT} (${env.DATABASE_URL ? 'PostgreSQL' : `SQLite ${env.DATABASE_FILENAME}`})`);
const cms = spawn(process.execPath, [path.join(cmsDir, 'scripts', 'serve.mjs')], { cwd: cmsDir, stdio: 'inherit', env: cmsProcessEnv(process.env, env) });

let stopping = false;
let publisher: Publisher | undefined;
const cmsExited = new Promise<void>((resolve) => cms.once('exit', () => resolve()));
const stopCms = () => {
  if (cms.exitCode === null && cms.signalCode === null) cms.kill('SIGTERM');
};
process.on('exit', stopCms);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    stopCms();
    // The CMS closes its database before this process ends, so the unit stops cleanly.
    void Promise.all([publisher?.close(), cmsExited]).then(() => process.exit(0));
  });
}
cms.once('exit', (code, signal) => {
  if (stopping) return;
  // One service: when the CMS dies the whole unit fails, and systemd restarts both.
  console.error(`[serve] the CMS stopped (exit ${code ?? signal}).`);
  void Promise.resolve(publisher?.close()).then(() => process.exit(1));
});

try {
  await waitForCmsHealth(cmsUrl, cms, 300_000);
} catch (error) {
  console.error(`[serve] ${error instanceof Error ? error.message : String(error)}`);
  stopCms();
  process.exit(1);
}

// Imported once CMS_URL and PUBLIC_CMS_URL are set: the site's settings are read when it loads.
const { startPublisher } = await import('../publisher/server/server');
publisher = startPublisher({
  rootDir,
  publishDir: env.PUBLISH_DIR ?? path.join(rootDir, '.publish'),
  sitePort: env.SITE_PORT,
  hookPort: env.PUBLISH_PORT,
  host: env.SITE_HOST,
  cmsUrl,
  webhookSecret: env.PUBLISH_WEBHOOK_SECRET,
});
console.log(`[serve] the publisher serves the site on ${env.SITE_HOST}:${env.SITE_PORT}; webhook on 127.0.0.1:${env.PUBLISH_PORT}`);
const first = await publisher.firstBuild;
console.log(first.ok ? `[serve] the site is live (build ${first.id})` : `[serve] the first build FAILED; see the log above`);
