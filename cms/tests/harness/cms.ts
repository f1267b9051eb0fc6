import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { databaseKind, type ThrowawayDatabase } from './throwaway-database';
import { seededDatabase } from './seed-templates';

export { createDatabase, databaseKind, type DatabaseKind, type DatabaseOptions, type ThrowawayDatabase } from './throwaway-database';

// From __filename: under tsx's ESM loader (the benchmarks) __dirname is not this file's folder.
export const CMS_DIR = path.resolve(path.dirname(__filename), '..', '..');

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

/**
 * A seeded CMS on a throwaway database of the kind this test project runs against: a copy of the
 * run's seeded template (seed-templates.ts) when the run has one, else seeded here.
 */
export async function startSeededCms(extraEnv: Record<string, string> = {}): Promise<RunningCms & { database: ThrowawayDatabase }> {
  const database = await seededDatabase(databaseKind(), extraEnv, async (target, seedEnv) => {
    // The seed does not start a server; the port is only there because the environment wants one.
    await runSeed(testEnv(0, target, seedEnv));
  });
  const env = testEnv(await freePort(), database, extraEnv);
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
