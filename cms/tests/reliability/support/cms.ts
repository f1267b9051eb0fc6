import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createDatabase, runSeed, startCms, testEnv, type DatabaseKind, type RunningCms, type ThrowawayDatabase } from '../../harness/cms';
import { reliabilityPort } from './ports';

/** Where the reliability tests keep temporary files (SQLite databases, PostgreSQL clusters). */
export const RELIABILITY_TMP = process.env.RELIABILITY_TMP ?? path.join(os.tmpdir(), 'reliability-helper');

const SHARED_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The Open311 key the reliability CMSs accept (a demo client created at start-up). */
export const OPEN311_KEY = 'reliability-open311-key-0123456789';

/**
 * A throwaway database for one test: a SQLite file, or a PostgreSQL database named
 * `rel_helper_<random>` on the shared server (or on `serverUrl`, e.g. a cluster of the test's
 * own), empty or copied from `template`. Always dropped by `drop()`.
 */
export function createReliabilityDatabase(kind: DatabaseKind, serverUrl = SHARED_POSTGRES_URL, template?: string): Promise<ThrowawayDatabase> {
  return createDatabase(kind, { serverUrl, template, tmpDir: RELIABILITY_TMP, prefix: 'rel_helper_' });
}

function copyDatabase(fromUrl: string, toUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const dump = spawn('pg_dump', ['--no-owner', '--no-privileges', fromUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
    const load = spawn('psql', ['-q', '-v', 'ON_ERROR_STOP=1', toUrl], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    dump.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    load.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    dump.stdout.pipe(load.stdin);
    load.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`copying the seeded database failed (${code}): ${errors}`))));
    dump.once('error', reject);
    load.once('error', reject);
  });
}

/** The environment of a reliability CMS: the harness's, on a port of our range, with the Open311 demo key. */
export async function reliabilityEnv(database: ThrowawayDatabase, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return testEnv(await reliabilityPort(), database, {
    OPEN311_DEMO_KEY: OPEN311_KEY,
    // The outbox would try to reach an SMTP server nobody started; emails are not under test here.
    OUTBOX_WORKER: 'false',
    // A private folder per instance, so parallel test files never see each other's attachments.
    PRIVATE_UPLOADS_DIR: path.join(RELIABILITY_TMP, `private-uploads-${crypto.randomBytes(4).toString('hex')}`),
    ...extra,
  });
}

export type SeededCms = RunningCms & { database: ThrowawayDatabase };

/**
 * A fresh database holding the demo city: a copy of the run's seeded template (see
 * seed.global.ts), or seeded here when there is none.
 */
export async function createSeededDatabase(kind: DatabaseKind, serverUrl = SHARED_POSTGRES_URL): Promise<ThrowawayDatabase> {
  const seeded = inject('reliabilitySeed');
  if (!seeded) {
    const database = await createReliabilityDatabase(kind, serverUrl);
    await runSeed(testEnv(0, database));
    return database;
  }
  if (kind === 'postgres' && serverUrl !== SHARED_POSTGRES_URL) {
    // Another server (a test's own cluster): copy the template over with pg_dump | psql.
    const database = await createReliabilityDatabase('postgres', serverUrl);
    const template = new URL(SHARED_POSTGRES_URL);
    template.pathname = `/${seeded.postgresTemplate}`;
    await copyDatabase(template.toString(), database.env.DATABASE_URL ?? '');
    return database;
  }
  if (kind === 'sqlite') {
    const database = await createReliabilityDatabase('sqlite');
    fs.copyFileSync(seeded.sqliteFile, database.env.DATABASE_FILENAME ?? '');
    return database;
  }
  return createReliabilityDatabase('postgres', serverUrl, seeded.postgresTemplate);
}

/** A seeded CMS on a fresh database of the given kind; `stop()` also drops the database. */
export async function startSeededReliabilityCms(kind: DatabaseKind, extra: Record<string, string> = {}): Promise<SeededCms> {
  const database = await createSeededDatabase(kind);
  try {
    const env = await reliabilityEnv(database, extra);
    const cms = await startCms(env);
    return {
      ...cms,
      database,
      stop: async () => {
        await cms.stop();
        await database.drop();
        if (env.PRIVATE_UPLOADS_DIR) fs.rmSync(env.PRIVATE_UPLOADS_DIR, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
