// A throwaway portal for the browser tests, run as its own process through tsx's CommonJS hooks
// (see ../stack-entry.cjs and this folder's package.json): the CMS harness it reuses is CommonJS
// TypeScript that needs __dirname, which Playwright's loader cannot provide. It starts a seeded CMS on a fresh
// SQLite file, and the real publisher building the site from it and serving it with the
// production headers. Prints `READY {json}` when the site is live; SIGTERM stops everything.
//   --admin   also serves the Strapi admin panel and wires the publish webhook (publish test).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CMS_DIR, createDatabase, freePort, runSeed, startCms, testEnv } from '../../../cms/tests/harness/cms';
import { startPublisher } from '../../../publisher/server/server';
import { startMailCapture } from './mail';

export interface StackInfo {
  siteUrl: string;
  cmsUrl: string;
  statusUrl: string;
  editor: { email: string; password: string };
  /** The demo account with the Triage role (service requests only). */
  triage: { email: string; password: string };
  firstBuildSeconds: number;
  /** The stack's mail server: GET `${mailUrl}/messages?to=<address>` lists what the CMS sent there (mail.ts). */
  mailUrl: string;
}

const rootDir = path.resolve(__dirname, '..', '..', '..');
const TRIAGE = { email: 'triage@test.example', password: 'Triage-Password-1' };
const withAdmin = process.argv.includes('--admin');
// Inside the project (under the ignored .publish folder): Astro uses <root>/.astro as scratch space
// for builds whose output folder lies outside the project, and parallel builds would share it.
fs.mkdirSync(path.join(rootDir, '.publish'), { recursive: true });
const workDir = fs.mkdtempSync(path.join(rootDir, '.publish', 'e2e-'));
const log = (message: string) => process.stderr.write(`[e2e stack] ${message}\n`);

/** Three different free ports (freePort alone could hand out the same one twice). */
async function ports(count: number): Promise<number[]> {
  const found = new Set<number>();
  while (found.size < count) found.add(await freePort());
  return [...found];
}

async function main(): Promise<void> {
  const { compileCms } = (await import('../../../cms/scripts/compile-lock.mjs')) as { compileCms(appDir: string): Promise<unknown> };
  // The global setup's stack compiled already: compiling again here would rewrite cms/dist while
  // another stack's CMS is loading it.
  if (process.env.CMS_PRECOMPILED !== 'true') await compileCms(CMS_DIR);
  if (withAdmin && !fs.existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html'))) {
    throw new Error('The publish test needs the admin panel: run `npx strapi build` in cms/ (npm test does it on a fresh checkout).');
  }
  const database = await createDatabase('sqlite');
  const mail = await startMailCapture();
  const [cmsPort, sitePort, hookPort] = (await ports(3)) as [number, number, number];
  const secret = crypto.randomBytes(16).toString('hex');
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const env = testEnv(cmsPort, database, {
    // The secret also lets the publisher report each build to the CMS.
    PUBLISH_WEBHOOK_SECRET: secret,
    // The request islands: the CMS redirects script-less posts to this site and lets its pages call
    // it; staff change statuses as the demo Triage account; every journey comes from one address.
    SITE_URL: siteUrl,
    CORS_ORIGINS: siteUrl,
    TRIAGE_EMAIL: TRIAGE.email,
    TRIAGE_PASSWORD: TRIAGE.password,
    RATE_LIMIT_SUBMIT_MAX: '500',
    RATE_LIMIT_LOOKUP_MAX: '500',
    REQUEST_MIN_FILL_MS: '500',
    // The outbox sends to the stack's own mail server, which the tests read (a resume link, for one).
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.smtpPort),
    // The publisher's hook: publishes (publish test) and, as in production, the CMS's notice that
    // requests were closed, which rebuilds the performance page (performance spec).
    PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/publish`,
    ...(withAdmin
      ? // The scheduled-publish test waits for the scheduler: a tick every 2 s rather than 30.
        { SERVE_ADMIN_PANEL: 'true', SCHEDULING_INTERVAL_MS: '2000' }
      : // Closures reach the performance page within a second or two rather than after the 30 s
        // batch wait; on this stack only the performance spec closes requests.
        { PERFORMANCE_NOTIFY_INTERVAL_MS: '1000' }),
  });
  log(`seeding ${env.DATABASE_FILENAME}`);
  await runSeed(env);
  const cms = await startCms(env);
  log(`CMS on ${cms.url}`);

  // The builder passes process.env to `astro build`: give this stack its own Astro cache.
  process.env.ASTRO_CACHE_DIR = path.join(workDir, 'astro-cache');
  const publisher = startPublisher({
    rootDir,
    publishDir: path.join(workDir, 'publish'),
    sitePort,
    hookPort,
    host: '127.0.0.1',
    cmsUrl: cms.url,
    webhookSecret: secret,
    debounceMs: 300,
    log,
  });

  async function stop(code: number): Promise<never> {
    await publisher.close().catch(() => undefined);
    await cms.stop().catch(() => undefined);
    await database.drop().catch(() => undefined);
    await mail.close().catch(() => undefined);
    fs.rmSync(workDir, { recursive: true, force: true });
    process.exit(code);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop(0));

  const first = await publisher.firstBuild;
  if (!first.ok) {
    log(`the first build failed:\n${first.log}`);
    await stop(1);
  }
  const info: StackInfo = {
    siteUrl,
    cmsUrl: cms.url,
    statusUrl: `http://127.0.0.1:${hookPort}/status`,
    editor: cms.editor,
    triage: TRIAGE,
    firstBuildSeconds: first.seconds,
    mailUrl: mail.url,
  };
  process.stdout.write(`READY ${JSON.stringify(info)}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message).slice(0, 4000) : String(error));
  process.exit(1);
});
