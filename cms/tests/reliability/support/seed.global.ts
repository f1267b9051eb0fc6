import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runSeed, testEnv } from '../../harness/cms';
import { RELIABILITY_TMP } from './cms';

/**
 * Seeds the demo city once per run, into a SQLite file and a PostgreSQL template database; every
 * reliability test then starts from a copy (a file copy, or CREATE DATABASE … TEMPLATE) instead of
 * seeding again, which is most of a test CMS's start-up time on a small machine.
 */
declare module 'vitest' {
  interface ProvidedContext {
    reliabilitySeed: { sqliteFile: string; postgresTemplate: string } | null;
  }
}

const SHARED_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SHARED_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export default async function seedOnce(project: TestProject): Promise<() => Promise<void>> {
  fs.mkdirSync(RELIABILITY_TMP, { recursive: true });
  const dir = fs.mkdtempSync(path.join(RELIABILITY_TMP, 'seed-'));
  const sqliteFile = path.join(dir, 'portal.db');
  const postgresTemplate = `rel_helper_template_${crypto.randomBytes(5).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${postgresTemplate}`));
  const url = new URL(SHARED_POSTGRES_URL);
  url.pathname = `/${postgresTemplate}`;
  // The seed does not start a server; the port is only there because the environment wants one.
  await Promise.all([
    runSeed(testEnv(0, { env: { DATABASE_FILENAME: sqliteFile, DATABASE_URL: '' }, drop: async () => undefined })),
    runSeed(testEnv(0, { env: { DATABASE_URL: url.toString() }, drop: async () => undefined })),
  ]);
  project.provide('reliabilitySeed', { sqliteFile, postgresTemplate });
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${postgresTemplate} WITH (FORCE)`));
  };
}
