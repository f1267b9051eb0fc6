import fs from 'node:fs';

/**
 * The scheduler's clock. The runner takes `now` as an argument; the worker asks this function.
 * Outside production, SCHEDULING_CLOCK_FILE names a file holding an ISO time that replaces the
 * real clock, so the API tests move time forward (a CMS down at the scheduled time, a retry's
 * backoff) without sleeping. Production always reads the real clock.
 */
export function schedulingNow(env: NodeJS.ProcessEnv = process.env): Date {
  const file = env.SCHEDULING_CLOCK_FILE;
  if (!file || env.NODE_ENV === 'production') return new Date();
  try {
    const fake = new Date(fs.readFileSync(file, 'utf8').trim());
    return Number.isNaN(fake.getTime()) ? new Date() : fake;
  } catch {
    return new Date();
  }
}
