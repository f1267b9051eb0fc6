import type { Core, UID } from '@strapi/strapi';
import { afterFailure, type RetrySettings } from './retry';
import { SCHEDULE_UID } from './names';

/** A schedule row as the runner reads it. */
interface DueRow {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  targetLocale: string;
  action: 'publish' | 'unpublish';
  attempts: number | null;
}

export interface RunOptions {
  /** The time the runner acts at: the tests pass a fake one. */
  now: Date;
  /** This CMS instance's name in the claim. */
  instanceId: string;
  retry: RetrySettings;
  /** A run claimed longer ago than this by an instance that died mid-run is claimed again. */
  leaseMs: number;
  /** At most this many schedules per call (the next tick takes the rest). */
  batch?: number;
}

export interface RunResult {
  done: number;
  failed: number;
}

const rows = (strapi: Core.Strapi) => strapi.db.query(SCHEDULE_UID as UID.Schema);

/**
 * Claims one schedule for this instance: a single conditional UPDATE, so of several CMS instances
 * reading the same due row only one changes it (count 1); the others see count 0 and skip it.
 * Works the same on SQLite and PostgreSQL.
 */
async function claim(strapi: Core.Strapi, id: number, options: RunOptions): Promise<boolean> {
  const staleBefore = new Date(options.now.getTime() - options.leaseMs);
  const { count } = (await rows(strapi).updateMany({
    where: {
      id,
      $or: [
        { scheduleStatus: 'pending', nextAttemptAt: { $lte: options.now } },
        { scheduleStatus: 'running', claimedAt: { $lt: staleBefore } },
      ],
    },
    data: { scheduleStatus: 'running', claimedBy: options.instanceId, claimedAt: options.now },
  })) as { count: number };
  return count === 1;
}

async function act(strapi: Core.Strapi, row: DueRow): Promise<void> {
  const documents = strapi.documents(row.targetUid as UID.ContentType);
  const params = { documentId: row.targetDocumentId, locale: row.targetLocale };
  // Through the Document Service, as the content manager's buttons: the publish checks apply and
  // Strapi emits entry.publish / entry.unpublish, which the publish webhook sends to the site.
  const result = row.action === 'publish' ? await documents.publish(params) : await documents.unpublish(params);
  const touched = (result as { entries?: unknown[] } | null)?.entries?.length ?? 0;
  if (row.action === 'publish' && touched === 0) throw new Error('The entry no longer exists in this language.');
}

/**
 * Runs every due schedule once (those whose time passed while the CMS was down included): claims
 * it, publishes or unpublishes through the Document Service, and records the outcome; a failure
 * is tried again after a backoff, up to the maximum, with its message kept for the editors.
 */
export async function runDueSchedules(strapi: Core.Strapi, options: RunOptions): Promise<RunResult> {
  const staleBefore = new Date(options.now.getTime() - options.leaseMs);
  const due = (await rows(strapi).findMany({
    where: {
      $or: [
        { scheduleStatus: 'pending', nextAttemptAt: { $lte: options.now } },
        { scheduleStatus: 'running', claimedAt: { $lt: staleBefore } },
      ],
    },
    select: ['id', 'targetUid', 'targetDocumentId', 'targetLocale', 'action', 'attempts'],
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    limit: options.batch ?? 50,
  })) as DueRow[];
  const result: RunResult = { done: 0, failed: 0 };
  for (const row of due) {
    if (!(await claim(strapi, row.id, options))) continue;
    const attempts = (row.attempts ?? 0) + 1;
    try {
      await act(strapi, row);
      await rows(strapi).update({ where: { id: row.id }, data: { scheduleStatus: 'done', attempts, doneAt: options.now, lastError: null, lastErrorFindings: null, nextAttemptAt: null } });
      result.done += 1;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      // The publish guard's refusal carries its findings: kept so the admin words them in the editor's language.
      const findings = (error as { details?: { publishChecks?: unknown } } | null)?.details?.publishChecks;
      const next = afterFailure(attempts, options.now, options.retry);
      await rows(strapi).update({ where: { id: row.id }, data: { scheduleStatus: next.status, attempts, nextAttemptAt: next.nextAttemptAt, lastError: message, lastErrorFindings: Array.isArray(findings) ? findings : null } });
      strapi.log.warn(`Scheduling: ${row.action} of ${row.targetUid} ${row.targetDocumentId} (${row.targetLocale}) failed, attempt ${attempts}${next.status === 'failed' ? ', giving up' : ''}: ${message}`);
      result.failed += 1;
    }
  }
  return result;
}
