import fs from 'node:fs';

/**
 * The clock of the CMS's timed work: scheduled publishing and content review (what is due today,
 * the owners' reminders). Callers that can take `now` as an argument do; the workers and routes ask
 * this function. Outside production, CLOCK_FILE names a file holding an ISO time that replaces the
 * real clock, so the API tests move time forward (a CMS down at the scheduled time, a retry's
 * backoff, a review date coming) without sleeping. Production always reads the real clock.
 */
export function clockNow(env: NodeJS.ProcessEnv = process.env): Date {
  const file = env.CLOCK_FILE;
  if (!file || env.NODE_ENV === 'production') return new Date();
  try {
    const fake = new Date(fs.readFileSync(file, 'utf8').trim());
    return Number.isNaN(fake.getTime()) ? new Date() : fake;
  } catch {
    return new Date();
  }
}
