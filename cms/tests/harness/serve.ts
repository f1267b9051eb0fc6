import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { CMS_DIR, strapiSecrets } from './cms';

export const ROOT_DIR = path.resolve(CMS_DIR, '..');
const TSX = path.join(ROOT_DIR, 'node_modules', '.bin', 'tsx');

/** Fresh values for every secret `npm run serve` requires. */
export function productionSecrets(): Record<string, string> {
  return { ...strapiSecrets(), PUBLISH_WEBHOOK_SECRET: crypto.randomBytes(24).toString('base64') };
}

export interface ServeProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Runs `npm run serve` (tsx scripts/serve.ts, what the npm script runs) with exactly `env` and
 * the PATH: nothing of the test runner's environment (NODE_ENV=test among it) leaks in.
 */
export function runServe(env: Record<string, string>): ServeProcess {
  const child = spawn(TSX, [path.join(ROOT_DIR, 'scripts', 'serve.ts')], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a stop that times out can end the CMS child with it.
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until `probe` answers true, or fails with the process's output. */
export async function waitUntil(serve: ServeProcess, probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (serve.child.exitCode !== null) throw new Error(`npm run serve exited (${serve.child.exitCode}) before ${what}:\n${serve.output()}`);
    try {
      if (await probe()) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s:\n${serve.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
