import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { clockNow } from '../../../../lib/clock';
import { retrySettings } from './retry';
import { runDueSchedules } from './runner';

/** This process's name in a claim: which instance ran a schedule, for the logs and the tests. */
export const INSTANCE_ID = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;

const intervalMs = () => {
  const value = Number(process.env.SCHEDULING_INTERVAL_MS);
  return Number.isFinite(value) && value >= 100 ? value : 30_000;
};

/**
 * Runs the due schedules at start (a time missed while the CMS was down) and then every
 * SCHEDULING_INTERVAL_MS (30 s). SCHEDULING_WORKER=false turns it off on an instance.
 * Returns a stop function.
 */
export function startSchedulingWorker(strapi: Core.Strapi): () => void {
  let running = false;
  const retry = retrySettings();
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      // A publish outlasting the lease would be claimed again: ten minutes is far beyond one.
      await runDueSchedules(strapi, { now: clockNow(), instanceId: INSTANCE_ID, retry, leaseMs: 600_000 });
    } catch (error) {
      strapi.log.error(`Scheduling worker: ${error instanceof Error ? error.stack : String(error)}`);
    } finally {
      running = false;
    }
  };
  // Just after start rather than inside bootstrap: the rest of the CMS (webhooks included) is up.
  const first = setTimeout(() => void tick(), 1_000);
  first.unref();
  const timer = setInterval(() => void tick(), intervalMs());
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
