import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceFormSchema } from '@city/shared/forms';
import { securityHeaders } from '../../publisher/server/headers';
import { createDatabase, databaseKind, freePort, runSeed, testEnv, type ThrowawayDatabase } from './harness/cms';
import { graphql, jsonInit, request } from './harness/http';
import { NGINX_PATH, startNginx, type RunningNginx } from './harness/nginx';
import { productionSecrets, runServe, waitUntil, type ServeProcess } from './harness/serve';
import { CONTACT, validAnswers } from './service-requests.helpers';

/**
 * `npm run serve` as a city runs it: PostgreSQL, the CMS and the publisher in production, nginx
 * from deploy/ in front. Every request below goes through nginx, as a visitor's would.
 * PostgreSQL only (the production database); the SQLite project runs just the refusal at start.
 */

const DEMO = {
  EDITOR_EMAIL: 'editor@prod.example',
  EDITOR_PASSWORD: 'Editor-Password-1',
  TRIAGE_EMAIL: 'triage@prod.example',
  TRIAGE_PASSWORD: 'Triage-Password-1',
  ADMIN_EMAIL: 'admin@prod.example',
  ADMIN_PASSWORD: 'Admin-Password-1',
  OPEN311_DEMO_KEY: 'prod-demo-open311-key',
};

describe('npm run serve refuses an incomplete environment', () => {
  it('exits non-zero before starting anything, naming every missing variable', async () => {
    const cmsPort = await freePort();
    const { APP_KEYS: _keys, JWT_SECRET: _jwt, ...someSecrets } = productionSecrets();
    const serve = runServe({ ...someSecrets, PUBLIC_URL: 'https://www.alexandria.example', PORT: String(cmsPort) });
    const code = await serve.exited;
    expect(code).toBe(78);
    const output = serve.output();
    const named = /Missing: (.*)/.exec(output)?.[1]?.split(', ') ?? [];
    expect(named.sort()).toEqual(['APP_KEYS', 'DATABASE_URL', 'JWT_SECRET', 'SITE_URL']);
    await expect(fetch(`http://127.0.0.1:${cmsPort}/_health`)).rejects.toThrow();
  });
});

describe.runIf(databaseKind() === 'postgres')('production behind nginx', () => {
  let database: ThrowawayDatabase;
  let serve: ServeProcess;
  let nginx: RunningNginx;
  let tempDir: string;
  let site: string;
  let cmsHealth: string;

  beforeAll(async () => {
    if (!fs.existsSync(NGINX_PATH)) throw new Error(`nginx is missing at ${NGINX_PATH}: sudo apt-get install -y nginx`);
    database = await createDatabase('postgres');
    // The city's content, loaded by a development seed without any account: production never seeds.
    await runSeed({ ...testEnv(await freePort(), database), EDITOR_EMAIL: '', EDITOR_PASSWORD: '' });

    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-production-'));
    const [nginxPort, cmsPort, sitePort, publishPort, smtpPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    site = `http://127.0.0.1:${nginxPort}`;
    cmsHealth = `http://127.0.0.1:${cmsPort}/_health`;
    serve = runServe({
      ...productionSecrets(),
      ...DEMO,
      DATABASE_URL: database.env.DATABASE_URL ?? '',
      SITE_URL: site,
      PUBLIC_URL: site,
      PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      PUBLISH_PORT: String(publishPort),
      PUBLISH_DIR: path.join(tempDir, 'publish'),
      PRIVATE_UPLOADS_DIR: path.join(tempDir, 'private-uploads'),
      SERVE_ADMIN_PANEL: 'false',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
      SMTP_PORT: String(smtpPort),
      REQUEST_MIN_FILL_MS: '200',
    });
    const status = `http://127.0.0.1:${publishPort}/status`;
    await waitUntil(serve, async () => Boolean(((await (await fetch(status)).json()) as { id?: string }).id), 200_000, 'first site build');
    const first = (await (await fetch(status)).json()) as { ok: boolean; log: string };
    if (!first.ok) throw new Error(`the first build failed:\n${first.log}`);
    nginx = await startNginx(nginxPort, {
      SERVER_NAME: 'localhost',
      PUBLISH_ROOT: path.join(tempDir, 'publish', 'current'),
      CMS_UPSTREAM: `127.0.0.1:${cmsPort}`,
      SITE_UPSTREAM: `127.0.0.1:${sitePort}`,
      PUBLIC_ORIGIN: site,
    });
  });

  afterAll(async () => {
    await nginx?.stop();
    await serve?.stop();
    await database?.drop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  describe('the CMS is in production', () => {
    it('refuses GraphQL introspection and shows no GraphQL landing page', async () => {
      const introspection = await graphql(site, '{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      expect(introspection.body.data).toBeUndefined();
      expect(JSON.stringify(introspection.body.errors)).toMatch(/introspection/i);
      const typeProbe = await graphql(site, '{ __type(name: "Service") { fields { name } } }');
      expect(JSON.stringify(typeProbe.body)).not.toContain('fields');

      // A browser's GET: in development Apollo answers with its sandbox page.
      const landing = await fetch(`${site}/graphql`, { headers: { accept: 'text/html' } });
      expect(landing.status).toBe(400);
      expect(landing.headers.get('content-type') ?? '').not.toContain('text/html');
      expect(await landing.text()).not.toMatch(/<html|sandbox|playground|embeddable/i);
    });

    it('answers errors without stack traces or internal text', async () => {
      const responses = [
        await graphql(site, '{ services { data { '),
        await graphql(site, '{ services { noSuchField } }'),
        await graphql(site, 'query ($id: ID!) { service(documentId: $id) { title } }', { id: { nested: true } }),
        await request(`${site}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
        await request(`${site}/api/services/not-a-real-id`),
        await request(`${site}/api/services?filters[$nope][title]=x`),
        await request(`${site}/api/services?sort=__proto__`),
        await request(`${site}/api/service-requests/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"formCode": ' }),
        await request(`${site}/api/service-requests/submit`, jsonInit('POST', { formCode: 42, answers: 'x' })),
      ];
      for (const response of responses) {
        expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        const text = JSON.stringify(response.body);
        expect(text).not.toMatch(/stacktrace/i);
        expect(text).not.toMatch(/\bat .+\.(js|ts|mjs):\d+/);
        expect(text).not.toMatch(/node_modules|\/cms\/dist|\/work\//);
        expect(text).not.toMatch(/SyntaxError|TypeError|ReferenceError|knex|select .* from/i);
      }
    });

    it('creates no demo account and no demo Open311 key, whatever the environment holds', async () => {
      for (const [email, password] of [
        [DEMO.EDITOR_EMAIL, DEMO.EDITOR_PASSWORD],
        [DEMO.TRIAGE_EMAIL, DEMO.TRIAGE_PASSWORD],
        [DEMO.ADMIN_EMAIL, DEMO.ADMIN_PASSWORD],
      ] as const) {
        const login = await request(`${site}/admin/login`, jsonInit('POST', { email, password }));
        expect(login.status, `${email} signed in`).toBe(400);
      }
      // Said in the journal too, so an operator knows why the variables did nothing.
      expect(serve.output()).toMatch(/demo accounts are never created; ignoring EDITOR_EMAIL\/EDITOR_PASSWORD, TRIAGE_EMAIL\/TRIAGE_PASSWORD, ADMIN_EMAIL\/ADMIN_PASSWORD/);
      expect(serve.output()).toMatch(/demo Open311 key is never created/);
      const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
      await client.connect();
      try {
        expect((await client.query('SELECT email FROM admin_users')).rows).toEqual([]);
        expect((await client.query('SELECT id FROM open311_clients')).rows).toEqual([]);
      } finally {
        await client.end();
      }
    });
  });

  /** Every header of publisher/server/headers.ts for the public origin behind TLS, each once (a copy would be joined with ", "). */
  const expectSiteHeaders = (response: Response) => {
    for (const [name, value] of Object.entries(securityHeaders(new URL(site).origin, { https: true }))) expect(response.headers.get(name), name).toBe(value);
  };

  describe('nginx in front', () => {
    it('serves a published page itself, with the headers the publisher sets', async () => {
      const response = await fetch(`${site}/en/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/<html[^>]*lang="en"/);
      expect(response.headers.get('server')).toBe('nginx');
      expectSiteHeaders(response);

      const missing = await fetch(`${site}/en/no-such-page/`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('x-frame-options')).toBe('DENY');
      expect(await missing.text()).toMatch(/<html/);
      expect((await fetch(`${site}/en/`, { method: 'POST' })).status).toBe(403);
    });

    it('takes a no-JavaScript submission and answers a no-JavaScript status look-up', async () => {
      const formPage = await fetch(`${site}/en/services/report-a-website-problem/request/`);
      expect(formPage.status).toBe(200);
      expect(formPage.headers.get('cache-control')).toBe('no-store');
      // Written by the publisher, with nginx's headers for the public origin in place of its own.
      expectSiteHeaders(formPage);
      const html = await formPage.text();
      const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
      const action = /<form[^>]*class="usa-form usa-form--large request-form"[^>]*action="([^"]+)"/.exec(html)?.[1] ?? /action="([^"]*\/api\/service-requests\/submit)"/.exec(html)?.[1];
      expect(action).toBe(`${site}/api/service-requests/submit`);
      expect(hidden('idempotencyKey')).toMatch(/^[0-9a-f-]{36}$/);

      const forms = await request<{ data: unknown[] }>(`${site}/api/service-forms?locale=en&pagination[pageSize]=100`);
      const form = forms.body.data.map((raw) => serviceFormSchema.parse(raw)).find((candidate) => candidate.code === hidden('formCode'));
      if (!form) throw new Error(`no published form ${hidden('formCode')}`);
      const body = new FormData();
      for (const name of ['formCode', 'locale', 'idempotencyKey', 'startedAt']) body.append(name, hidden(name));
      for (const [key, value] of Object.entries(validAnswers(form))) {
        for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined) body.append(`answers[${key}]`, String(item));
      }
      for (const [key, value] of Object.entries(CONTACT)) body.append(`contact[${key}]`, value);
      body.append('answers[screenshot]', new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], { type: 'image/png' }), 'screen.png');
      // The CMS refuses a form sent faster than REQUEST_MIN_FILL_MS after the page was served.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const posted = await fetch(action ?? '', { method: 'POST', body, redirect: 'manual', headers: { accept: 'text/html' } });
      expect(posted.status, await posted.clone().text()).toBe(303);
      const location = posted.headers.get('location') ?? '';
      expect(location).toMatch(new RegExp(`^${site}/en/services/report-a-website-problem/request/confirmation/\\?reference=`));
      const reference = new URL(location).searchParams.get('reference') ?? '';

      const confirmation = await fetch(location);
      expect(confirmation.status).toBe(200);
      expect(await confirmation.text()).toContain(reference);

      const lookup = await fetch(`${site}/en/track/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ reference, email: CONTACT.email }),
      });
      expect(lookup.status).toBe(200);
      expectSiteHeaders(lookup);
      const answer = await lookup.text();
      expect(answer).toContain(reference);
      expect(answer).toMatch(/Submitted/i);
      const unknown = await fetch(`${site}/en/track/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ reference, email: 'someone-else@example.com' }),
      });
      expect(unknown.status).toBe(200);
      expect(await unknown.text()).not.toMatch(/Submitted/);
    });
  });

  // Last: systemd stops the unit with SIGTERM and waits for every process of it.
  it('stops cleanly on SIGTERM, the CMS with it', async () => {
    expect((await fetch(cmsHealth)).status).toBe(204);
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    await expect(fetch(cmsHealth)).rejects.toThrow();
  });
});
