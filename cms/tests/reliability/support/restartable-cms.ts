import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { CMS_DIR } from '../../harness/cms';

/**
 * A CMS process that can be killed and started again on the same environment and database, for
 * the crash tests. The harness's startCms starts one process for a test's lifetime; here the
 * process is the thing under test.
 */
export class RestartableCms {
  readonly url: string;
  private child: ChildProcess | undefined;
  private output = '';
  private exited = true;
  /** How many times the process was started. */
  starts = 0;

  constructor(readonly env: Record<string, string>) {
    this.url = `http://127.0.0.1:${env.PORT}`;
  }

  get running(): boolean {
    return !this.exited;
  }

  logs(): string {
    return this.output;
  }

  /** Starts the process and resolves once it answers its health check. */
  async start(timeoutMs = 180_000): Promise<void> {
    if (!this.exited) throw new Error('the CMS is already running');
    const child = spawn(process.execPath, [path.join(CMS_DIR, 'scripts', 'serve.mjs')], {
      cwd: CMS_DIR,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = false;
    this.starts += 1;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-200_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('exit', () => {
      if (this.child === child) this.exited = true;
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.exited) throw new Error(`the CMS exited while starting:\n${this.output.slice(-5000)}`);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the CMS did not start within ${timeoutMs} ms:\n${this.output.slice(-5000)}`);
      }
      try {
        const response = await fetch(`${this.url}/_health`);
        if (response.status === 204) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Kills the process with SIGKILL (no shutdown hooks run) and waits until it is gone. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** Stops the process politely (SIGTERM, then SIGKILL after 10 s). */
  async stop(): Promise<void> {
    await this.signal('SIGTERM', 10_000);
  }

  private async signal(signal: NodeJS.Signals, escalateAfterMs?: number): Promise<void> {
    const child = this.child;
    if (!child || this.exited) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = escalateAfterMs ? setTimeout(() => child.kill('SIGKILL'), escalateAfterMs) : undefined;
    await gone;
    if (timer) clearTimeout(timer);
    this.exited = true;
  }
}
