import type { TestProject } from 'vitest/node';
import { createDatabase, runSeed, testEnv } from '../../harness/cms';
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

export default async function seedOnce(project: TestProject): Promise<() => Promise<void>> {
  const [sqlite, postgres] = await Promise.all([createDatabase('sqlite', { tmpDir: RELIABILITY_TMP }), createDatabase('postgres', { prefix: 'rel_helper_template_' })]);
  const sqliteFile = sqlite.env.DATABASE_FILENAME ?? '';
  const postgresTemplate = new URL(postgres.env.DATABASE_URL ?? '').pathname.slice(1);
  // The seed does not start a server; the port is only there because the environment wants one.
  await Promise.all([runSeed(testEnv(0, sqlite)), runSeed(testEnv(0, postgres))]);
  project.provide('reliabilitySeed', { sqliteFile, postgresTemplate });
  return async () => {
    await Promise.all([sqlite.drop(), postgres.drop()]);
  };
}
