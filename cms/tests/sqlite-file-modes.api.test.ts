import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind, freePort, runSeed, startCms, testEnv, type RunningCms } from './harness/cms';
import { CONTACT, FILE_BYTES, formFields, newKey, postForm, publishedForms, validAnswers } from './service-requests.helpers';

/**
 * The SQLite database, its -wal and -shm files and the private uploads hold residents' personal
 * data: none of them may be readable by other users of the machine, whatever the umask.
 */
const sqlite = databaseKind() === 'sqlite';
let root = '';
let cms: RunningCms | undefined;
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

beforeAll(async () => {
  if (!sqlite) return;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-modes-'));
  // The usual umask, and a folder the CMS has to create itself.
  fs.chmodSync(root, 0o755);
  const data = path.join(root, 'data');
  const env = testEnv(await freePort(), { env: { DATABASE_FILENAME: path.join(data, 'portal.db'), DATABASE_URL: '' }, drop: async () => undefined }, {
    PRIVATE_UPLOADS_DIR: path.join(data, 'private-uploads'),
    OUTBOX_WORKER: 'false',
  });
  await runSeed(env);
  cms = await startCms(env);
});
afterAll(async () => {
  await cms?.stop();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!sqlite)('SQLite files', () => {
  it('are 0600 (database, -wal, -shm) in a 0700 folder after a submission, and the private uploads are not world-readable', async () => {
    if (!cms) throw new Error('no CMS');
    const form = (await publishedForms(cms, 'en')).get('website-problem');
    if (!form) throw new Error('no website-problem form');
    const fields = formFields({ formCode: 'website-problem', locale: 'en', answers: validAnswers(form), contact: CONTACT, idempotencyKey: newKey() });
    const response = await postForm(cms, [...fields, ['answers[screenshot]', FILE_BYTES.pdf(), 'statement.pdf']], { multipart: true, json: true });
    expect(response.status, response.text).toBe(201);

    const database = cms.env.DATABASE_FILENAME ?? '';
    for (const file of [database, `${database}-wal`, `${database}-shm`]) {
      expect(fs.existsSync(file), file).toBe(true);
      expect(modeOf(file).toString(8), file).toBe('600');
    }
    expect(modeOf(path.dirname(database)).toString(8)).toBe('700');

    const uploads = cms.env.PRIVATE_UPLOADS_DIR ?? '';
    const stored = fs.readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(stored.length).toBeGreaterThan(0);
    expect(modeOf(uploads) & 0o077).toBe(0);
    for (const entry of stored) expect(modeOf(path.join(entry.parentPath, entry.name)) & 0o077, entry.name).toBe(0);
  });
});
