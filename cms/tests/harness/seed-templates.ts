import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, POSTGRES_ADMIN_URL, type DatabaseKind, type ThrowawayDatabase } from './throwaway-database';

/**
 * Seeded templates: the demo city is seeded once per test run for each database kind and each
 * set of seed-relevant settings, and every test CMS starts from a copy (a SQLite file copy, or
 * PostgreSQL's CREATE DATABASE … TEMPLATE), not from a seed of its own: the seed writes over a
 * hundred locale versions, which is most of a test CMS's start-up time.
 *
 * The run's folder (SEED_TEMPLATES_DIR, set by seed-templates.global.ts) holds, per template, a
 * lock while one test file seeds it and then a record of where it is; test files that run at the
 * same time wait for the one seeding. Without the folder (a script, a benchmark) nothing is shared.
 */
export const SEED_TEMPLATES_VARIABLE = 'SEED_TEMPLATES_DIR';

interface TemplateRecord {
  kind: DatabaseKind;
  /** The SQLite file, or the PostgreSQL database's name. */
  location: string;
}

/**
 * Settings only the running CMS reads: a test that sets them starts from the same seeded copy as
 * one that does not. The demo accounts are made (and the triage officer placed) by the CMS's
 * bootstrap at every start, so they are here too. Anything not matched (NODE_ENV, SEED_BACKLOG,
 * DEMO_TRIAGE_EXCLUDED_DIVISION, a new variable) gets a template of its own: slower, never wrong.
 */
const START_ONLY =
  /^(?:(?:EDITOR|TRIAGE|SUPERVISOR|ADMIN)_(?:EMAIL|PASSWORD)|RATE_LIMIT_\w+|OUTBOX_\w+|SMTP_\w+|PUBLISH_WEBHOOK_\w+|SITE_URL|PUBLIC_URL|CORS_ORIGINS|TRUST_PROXY|REQUEST_\w+|OPEN311_DEMO_KEY|\w+_INTERVAL_MS|\w+_CACHE_MS|\w+_UPLOADS_DIR|LOG_LEVEL|SCHEDULING_\w+|CLOCK_FILE|GRAPHQL_\w+|CITY_TIME_ZONE)$/;

/** The settings that decide what a seed writes: the template's key. */
export function seedSettings(extraEnv: Record<string, string>): Record<string, string> {
  // The backlog assigns requests to the demo accounts by their email: every setting counts.
  if (extraEnv.SEED_BACKLOG === 'true') return extraEnv;
  return Object.fromEntries(Object.entries(extraEnv).filter(([name]) => !START_ONLY.test(name)).sort(([a], [b]) => a.localeCompare(b)));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The run's templates folder, or undefined outside a test run that set one up. */
export function seedTemplatesDir(): string | undefined {
  const dir = process.env[SEED_TEMPLATES_VARIABLE];
  return dir && fs.existsSync(dir) ? dir : undefined;
}

/** The folder every test project of this vitest process shares. */
export const runTemplatesDir = (): string => path.join(os.tmpdir(), `portal-seed-templates-${process.pid}`);

/**
 * The template for `kind` and these settings, seeded by `seed` into a fresh database the first
 * time any test file of the run asks for it.
 */
async function template(dir: string, kind: DatabaseKind, settings: Record<string, string>, seed: (database: ThrowawayDatabase) => Promise<void>): Promise<TemplateRecord> {
  const id = crypto.createHash('sha256').update(JSON.stringify({ kind, settings })).digest('hex').slice(0, 16);
  const recordFile = path.join(dir, `${id}.json`);
  const lock = path.join(dir, `${id}.lock`);
  for (;;) {
    if (fs.existsSync(recordFile)) return JSON.parse(fs.readFileSync(recordFile, 'utf8')) as TemplateRecord;
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another test file is seeding it; if that fails, its lock goes and this one tries.
      await sleep(500);
      continue;
    }
    try {
      const database = await createDatabase(kind, { tmpDir: dir, prefix: 'portal_tpl_' });
      await seed(database);
      const record: TemplateRecord =
        kind === 'sqlite'
          ? { kind, location: database.env.DATABASE_FILENAME ?? '' }
          : { kind, location: new URL(database.env.DATABASE_URL ?? '').pathname.slice(1) };
      // Written whole, then renamed: a reader never sees half a record.
      fs.writeFileSync(`${recordFile}.tmp`, JSON.stringify(record));
      fs.renameSync(`${recordFile}.tmp`, recordFile);
      return record;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** A copy of the template: a file copy, or a database made from it. */
async function copyOf(record: TemplateRecord): Promise<ThrowawayDatabase> {
  if (record.kind === 'sqlite') {
    const database = await createDatabase('sqlite');
    const target = database.env.DATABASE_FILENAME ?? '';
    fs.copyFileSync(record.location, target);
    // The seed closed its connection, which folds the write-ahead log in; copied too in case it did not.
    if (fs.existsSync(`${record.location}-wal`)) fs.copyFileSync(`${record.location}-wal`, `${target}-wal`);
    return database;
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await createDatabase('postgres', { template: record.location });
    } catch (error) {
      // PostgreSQL refuses to copy a database another session is copying at that moment.
      if (attempt >= 20 || !String(error).includes('is being accessed by other users')) throw error;
      await sleep(250 * attempt);
    }
  }
}

/**
 * A database holding the seeded demo city: a copy of the run's template when the run has a
 * templates folder, else a database seeded here.
 */
export async function seededDatabase(kind: DatabaseKind, extraEnv: Record<string, string>, seed: (database: ThrowawayDatabase, seedEnv: Record<string, string>) => Promise<void>): Promise<ThrowawayDatabase> {
  const dir = seedTemplatesDir();
  if (!dir) {
    const database = await createDatabase(kind);
    await seed(database, extraEnv);
    return database;
  }
  const settings = seedSettings(extraEnv);
  return copyOf(await template(dir, kind, settings, (database) => seed(database, settings)));
}

/** Drops every template of the run and its folder (the global setup's teardown). */
export async function dropSeedTemplates(dir: string): Promise<void> {
  if (!fs.existsSync(dir)) return;
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const record = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as TemplateRecord;
    if (record.kind !== 'postgres') continue;
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${record.location} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
