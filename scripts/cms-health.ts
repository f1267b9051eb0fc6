import type { ChildProcess } from 'node:child_process';

/** Waits until the CMS started as `child` answers its health check; fails if it exits first. */
export async function waitForCmsHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the CMS exited with code ${child.exitCode} while starting`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the CMS did not answer at ${url} within ${timeoutMs / 1000} s`);
}
