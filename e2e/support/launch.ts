// Starts e2e/support/stack (through stack-entry.cjs) as a child process and waits for it to say READY.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StackInfo } from './stack/index';

export type { StackInfo };

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunningStack {
  info: StackInfo;
  stop(): Promise<void>;
}

export async function launchStack({ admin = false, timeoutMs = 420_000 } = {}): Promise<RunningStack> {
  const child: ChildProcess = spawn(process.execPath, [path.join(rootDir, 'e2e', 'support', 'stack-entry.cjs'), ...(admin ? ['--admin'] : [])], {
    cwd: rootDir,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    if (process.env.E2E_VERBOSE) process.stderr.write(chunk);
  });
  const info = await new Promise<StackInfo>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the e2e stack was not ready within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('READY '));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line.slice('READY '.length)) as StackInfo);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the e2e stack exited with code ${code}:\n${output}`));
    });
  });
  return {
    info,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
