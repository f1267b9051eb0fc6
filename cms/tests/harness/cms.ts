import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

// From __filename: under tsx's ESM loader (the benchmarks) __dirname is not this file's folder.
export const CMS_DIR = path.resolve(path.dirname(__filename), '..', '..');
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseKind(): DatabaseKind {
  return process.env.CMS_DB === 'postgres' ? 'postgres' : 'sqlite';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const secret = (bytes = 16) => crypto.randomBytes(bytes).toString('base64');

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

export interface RunningCms {
  url: string;
  env: Record<string, string>;
  editor: { email: string; password: string };
  logs: () => string;
  stop(): Promise<void>;
}

/** Fresh values for every secret Strapi needs. */
export function strapiSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(32),
  };
}

/** The environment of a test CMS: fresh secrets, a free port, the given database. */
export function testEnv(port: number, database: ThrowawayDatabase, extra: Record<string, string> = {}): Record<string, string> {
  return {
    STRAPI_TELEMETRY_DISABLED: 'true',
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...strapiSecrets(),
    EDITOR_EMAIL: 'editor@test.example',
    EDITOR_PASSWORD: 'Editor-Password-1',
    SERVE_ADMIN_PANEL: 'false',
    LOG_LEVEL: 'warn',
    CMS_PRECOMPILED: 'true',
    // The demo backlog's 300 requests would change what tests count and list; a test that wants them sets it.
    SEED_BACKLOG: 'false',
    ...database.env,
    ...extra,
  };
}

function run(script: string, env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn(process.execPath, [path.join(CMS_DIR, script), ...args], {
    cwd: CMS_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a script of the CMS (a path from cms/) to its end and resolves with its output; throws with the output when it fails. */
export async function runCmsScript(script: string, env: Record<string, string>, args: string[] = []): Promise<string> {
  const child = run(script, env, args);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code: number | null = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${script} exited with ${code}:\n${output}`);
  return output;
}

/** Runs `npm run seed` against the database in env and resolves with its output. */
export function runSeed(env: Record<string, string>, args: string[] = []): Promise<string> {
  return runCmsScript(path.join('scripts', 'seed.mjs'), env, args);
}

/** Boots the compiled CMS as a child process and waits until it answers its health check. */
export async function startCms(env: Record<string, string>, timeoutMs = 120_000): Promise<RunningCms> {
  const url = `http://127.0.0.1:${env.PORT}`;
  const child = run(path.join('scripts', 'serve.mjs'), env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`the CMS exited while starting:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the CMS did not start within ${timeoutMs} ms:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    env,
    editor: { email: env.EDITOR_EMAIL, password: env.EDITOR_PASSWORD },
    logs: () => output,
    stop: async () => {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** A seeded CMS on a throwaway database of the kind this test project runs against. */
export async function startSeededCms(extraEnv: Record<string, string> = {}): Promise<RunningCms & { database: ThrowawayDatabase }> {
  const database = await createDatabase(databaseKind());
  const env = testEnv(await freePort(), database, extraEnv);
  await runSeed(env);
  const cms = await startCms(env);
  return {
    ...cms,
    database,
    stop: async () => {
      await cms.stop();
      await database.drop();
    },
  };
}
