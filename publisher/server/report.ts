import { PUBLISHER_SECRET_HEADER } from '@city/shared/forms';
import type { BuildOutcome } from './builder';

/**
 * Tells the CMS how a build went, so editors see in the admin whether their publish is live and,
 * if not, what broke. A CMS that cannot be reached only costs the record, never the build.
 */
export async function reportBuild(cmsUrl: string, secret: string, outcome: BuildOutcome, log: (message: string) => void): Promise<void> {
  try {
    const response = await fetch(`${cmsUrl}/api/site-builds/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PUBLISHER_SECRET_HEADER]: secret },
      body: JSON.stringify({ ok: outcome.ok, id: outcome.id, startedAt: outcome.startedAt, finishedAt: outcome.finishedAt, seconds: outcome.seconds, log: outcome.log }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status !== 204) log(`the CMS did not record build ${outcome.id}: HTTP ${response.status}`);
  } catch (error) {
    log(`the CMS did not record build ${outcome.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
