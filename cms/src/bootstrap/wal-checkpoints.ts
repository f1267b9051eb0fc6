import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Core } from '@strapi/strapi';
import { CHECKPOINT_MARK_PAGES } from '../../config/database';
import { sqliteFilename } from '../lib/sqlite-file';
import type { CheckpointWorkerData } from '../lib/wal-checkpoint';

let worker: Worker | null = null;

/**
 * On SQLite, checkpoints run in a worker thread (lib/wal-checkpoint.ts), off the event loop;
 * config/database.ts raises the CMS connection's own checkpoint mark, so that it only copies what
 * the worker has not, once in a while, to let the log start over (lib/wal-checkpoint-worker.ts).
 * PostgreSQL needs nothing of the kind.
 */
export function startWalCheckpoints(strapi: Core.Strapi): void {
  const filename = sqliteFilename(strapi);
  if (!filename || worker) return;
  const intervalMs = Math.max(50, Number(process.env.SQLITE_CHECKPOINT_INTERVAL_MS) || 500);
  const workerData: CheckpointWorkerData = { filename, intervalMs, pauseMs: 2_000, pauseAtFrames: CHECKPOINT_MARK_PAGES / 2 };
  worker = new Worker(path.join(__dirname, '..', 'lib', 'wal-checkpoint-worker.js'), { workerData });
  worker.on('message', (message: { error?: string }) => {
    if (message.error) strapi.log.warn(`SQLite checkpoint failed (the next one retries): ${message.error}`);
  });
  // Without the worker the CMS connection still checkpoints at its own mark: nothing is lost.
  worker.on('error', (error) => strapi.log.error(`SQLite checkpoint worker stopped: ${error.message}`));
  worker.unref();
}

/** Stops the worker before the CMS closes its connection (the last one to close folds the log in). */
export async function stopWalCheckpoints(): Promise<void> {
  const stopping = worker;
  worker = null;
  // threadId is -1 once the thread has ended (for instance after an error).
  if (!stopping || stopping.threadId === -1) return;
  const exited = new Promise<void>((resolve) => stopping.once('exit', () => resolve()));
  stopping.postMessage('stop');
  await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref())]);
  await stopping.terminate();
}
