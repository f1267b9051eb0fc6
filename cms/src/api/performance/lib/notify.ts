import type { Core } from '@strapi/strapi';
import { PUBLISHER_SECRET_HEADER } from '@city/shared/forms';
import { PERFORMANCE_CHANGED_EVENT } from '@city/shared/performance';
import { REQUEST_UID } from '../../../lib/constants';
import { forgetFigures } from './cache';

/**
 * Tells the publisher that requests were closed, so it rebuilds the performance pages: at most
 * once per PERFORMANCE_NOTIFY_INTERVAL_MS (default 5 minutes), so a batch of closures costs one
 * rebuild. The first notice after a quiet spell waits a little (30 s, or the interval if shorter)
 * for the rest of its batch. Sent to PUBLISH_WEBHOOK_URL with the publish secret, like a publish.
 */
const DEFAULT_INTERVAL_MS = 5 * 60_000;
const BATCH_WAIT_MS = 30_000;

let timer: NodeJS.Timeout | null = null;
let lastSentAt = Number.NEGATIVE_INFINITY;

export function notifyIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const parsed = Number(env.PERFORMANCE_NOTIFY_INTERVAL_MS);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : DEFAULT_INTERVAL_MS;
}

/** How long to wait before the next notice, given when the last one went. */
export function noticeDelayMs(now: number, lastSent: number, intervalMs: number): number {
  return Math.max(Math.min(BATCH_WAIT_MS, intervalMs), lastSent + intervalMs - now, 0);
}

async function send(strapi: Core.Strapi): Promise<void> {
  const url = process.env.PUBLISH_WEBHOOK_URL;
  if (!url) return;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PUBLISHER_SECRET_HEADER]: process.env.PUBLISH_WEBHOOK_SECRET ?? '' },
      body: JSON.stringify({ event: PERFORMANCE_CHANGED_EVENT, createdAt: new Date().toISOString() }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) strapi.log.warn(`The publisher answered ${response.status} to the performance notice; the daily rebuild will catch up.`);
  } catch (error) {
    strapi.log.warn(`The publisher could not be told that requests were closed (${error instanceof Error ? error.message : String(error)}); the daily rebuild will catch up.`);
  }
}

/** Call after requests are resolved, closed, rejected or reopened. Returns at once. */
export function notifyPerformanceChanged(strapi: Core.Strapi): void {
  forgetFigures();
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    lastSentAt = Date.now();
    // Forget again: figures read during the wait may predate the last closures' commit.
    forgetFigures();
    void send(strapi);
  }, noticeDelayMs(Date.now(), lastSentAt, notifyIntervalMs()));
  timer.unref();
}

export function stopPerformanceNotices(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

/** Whether a write to requests sets or clears a closing time or reason (what the figures count by). */
export function touchesClosure(data: unknown): boolean {
  return typeof data === 'object' && data !== null && ('closedAt' in data || 'closureReason' in data);
}

/**
 * Every write through Strapi's query engine or document service that sets or clears a request's
 * closing time or reason notifies, whichever code makes it (the staff desk, the admin, a script).
 * Raw SQL bypasses the lifecycles: call notifyPerformanceChanged after it.
 */
export function watchClosures(strapi: Core.Strapi): void {
  const onWrite = (event: { params?: { data?: unknown } }) => {
    if (touchesClosure(event.params?.data)) notifyPerformanceChanged(strapi);
  };
  strapi.db.lifecycles.subscribe({ models: [REQUEST_UID], afterUpdate: onWrite, afterUpdateMany: onWrite });
}
