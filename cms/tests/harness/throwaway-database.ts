import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseKind(): DatabaseKind {
  return process.env.CMS_DB === 'postgres' ? 'postgres' : 'sqlite';
}

/** A throwaway database: a SQLite file in a temp folder, or a PostgreSQL database created and dropped here. */
export interface ThrowawayDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

export interface DatabaseOptions {
  /** The PostgreSQL server to create it on: TEST_POSTGRES_URL or the local server unless told. */
  serverUrl?: string;
  /** A PostgreSQL database to start from (`CREATE DATABASE … TEMPLATE`); empty without. */
  template?: string;
  /** The folder that holds the SQLite file's folder: the system's temp folder unless told. */
  tmpDir?: string;
  /** How the PostgreSQL database's name starts, so a left-over one tells which suite made it. */
  prefix?: string;
}

/** The one way every suite (API, reliability, benchmarks, browser tests) makes its databases. */
export async function createDatabase(kind: DatabaseKind, options: DatabaseOptions = {}): Promise<ThrowawayDatabase> {
  const { serverUrl = POSTGRES_ADMIN_URL, template, tmpDir = os.tmpdir(), prefix = 'portal_test_' } = options;
  if (kind === 'sqlite') {
    fs.mkdirSync(tmpDir, { recursive: true });
    const dir = fs.mkdtempSync(path.join(tmpDir, 'portal-sqlite-'));
    return {
      env: { DATABASE_FILENAME: path.join(dir, 'portal.db'), DATABASE_URL: '' },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `${prefix}${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

