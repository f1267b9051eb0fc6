import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, createDatabase, databaseKind, startCms, startSeededCms, type RunningCms, type ThrowawayDatabase } from './harness/cms';
import { adminLogin, request } from './harness/http';
import { CONTACT, FILE_BYTES, formFields, newKey, postForm, publishedForms, queryDatabase, validAnswers } from './service-requests.helpers';

/**
 * The backup and restore of docs/deploy.md with the scripts it ships (deploy/backup/), on
 * PostgreSQL: a request with an attachment, a backup, the database dropped and the upload folders
 * gone, a restore into a new database; staff still read the request and open its attachment.
 */
const run = promisify(execFile);
const DEPLOY_DIR = path.resolve(CMS_DIR, '..', 'deploy', 'backup');
const TRIAGE = { email: 'triage@backup.example', password: 'Triage-Password-1' };
const REQUESTS = '/content-manager/collection-types/api::service-request.service-request';

describe.runIf(databaseKind() === 'postgres')('backup and restore drill (PostgreSQL)', () => {
  let tempDir: string;
  let original: (RunningCms & { database: ThrowawayDatabase }) | undefined;
  let restoredDatabase: ThrowawayDatabase | undefined;
  let restored: RunningCms | undefined;
  let privateUploads: string;
  let publicUploads: string;

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-backup-'));
    privateUploads = path.join(tempDir, 'private-uploads');
    // The CMS under test keeps media in the shared cms/public/uploads; the drill's copy is its own.
    publicUploads = path.join(tempDir, 'public-uploads');
    fs.mkdirSync(publicUploads);
    fs.writeFileSync(path.join(publicUploads, 'logo.png'), 'an editor\'s upload');
    original = await startSeededCms({ TRIAGE_EMAIL: TRIAGE.email, TRIAGE_PASSWORD: TRIAGE.password, PRIVATE_UPLOADS_DIR: privateUploads, RATE_LIMIT_DISABLED: 'true' });
  });
  afterAll(async () => {
    await restored?.stop();
    await restoredDatabase?.drop();
    await original?.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it('brings back a request and its attachment with deploy/backup/backup.sh and restore.sh', { timeout: 180_000 }, async () => {
    if (!original) throw new Error('the CMS did not start');
    const website = (await publishedForms(original, 'en')).get('website-problem');
    if (!website) throw new Error('website-problem is not published');
    const key = newKey();
    const png = Buffer.from(await FILE_BYTES.png().arrayBuffer());
    const fields = formFields({ formCode: website.code, locale: 'en', answers: validAnswers(website), contact: CONTACT, idempotencyKey: key });
    const posted = await postForm(original, [...fields, ['answers[screenshot]', new Blob([png], { type: 'image/png' }), 'router.png']], { multipart: true, json: true });
    expect(posted.status, posted.text).toBe(201);
    const [row] = await queryDatabase<{ document_id: string; reference: string }>(original, 'SELECT document_id, reference FROM service_requests WHERE idempotency_key = ?', [key]);
    expect(row?.reference).toMatch(/^ALX-/);

    // The backup, while the CMS runs, with the service's environment.
    const backup = path.join(tempDir, 'backup');
    const scriptEnv = (databaseUrl: string) => ({ env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, PRIVATE_UPLOADS_DIR: privateUploads, PUBLIC_UPLOADS_DIR: publicUploads } });
    await run(path.join(DEPLOY_DIR, 'backup.sh'), [backup], scriptEnv(original.env.DATABASE_URL ?? ''));
    expect(fs.readdirSync(backup).sort()).toEqual(['portal.dump', 'private-uploads.tar.gz', 'public-uploads.tar.gz']);
    const secrets = { ...original.env };

    // The disaster: the database dropped, both upload folders gone.
    await original.stop();
    original = undefined;
    fs.rmSync(privateUploads, { recursive: true, force: true });
    fs.rmSync(publicUploads, { recursive: true, force: true });

    // The restore: a new empty database, the backup loaded into it and the folders, the same secrets.
    restoredDatabase = await createDatabase('postgres');
    await run(path.join(DEPLOY_DIR, 'restore.sh'), [backup], scriptEnv(restoredDatabase.env.DATABASE_URL ?? ''));
    expect(fs.readFileSync(path.join(publicUploads, 'logo.png'), 'utf8')).toBe("an editor's upload");
    restored = await startCms({ ...secrets, ...restoredDatabase.env });

    const token = await adminLogin(restored.url, TRIAGE.email, TRIAGE.password);
    const read = await request<{ data: { reference: string; attachments: { url: string; name: string }[] } }>(`${restored.url}${REQUESTS}/${row?.document_id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    expect(read.body.data.reference).toBe(row?.reference);
    expect(read.body.data.attachments.map((file) => file.name)).toEqual(['router.png']);
    const download = await fetch(`${restored.url}${read.body.data.attachments[0]?.url ?? ''}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(png);
  });

  it('refuses to restore into a database that is not empty', { timeout: 60_000 }, async () => {
    if (!restored || !restoredDatabase) throw new Error('the drill above did not restore');
    const backup = path.join(tempDir, 'backup');
    const again = run(path.join(DEPLOY_DIR, 'restore.sh'), [backup], { env: { PATH: process.env.PATH, DATABASE_URL: restoredDatabase.env.DATABASE_URL, PRIVATE_UPLOADS_DIR: privateUploads, PUBLIC_UPLOADS_DIR: publicUploads } });
    await expect(again).rejects.toThrow(/already exists/);
  });
});
