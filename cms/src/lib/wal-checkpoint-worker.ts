import { parentPort, workerData } from 'node:worker_threads';
import { openCheckpointer, type CheckpointWorkerData } from './wal-checkpoint';

/**
 * The worker thread started by bootstrap/wal-checkpoints.ts. A pass copies what the log holds;
 * while writes keep coming, a pass never ends with the whole log copied, and SQLite only starts
 * the log over after a complete checkpoint. So once the log passes half of the CMS connection's
 * own mark, the worker pauses longer: the CMS connection then checkpoints the short remainder
 * itself, between two of its transactions, and the log starts over instead of growing.
 */
const { filename, intervalMs, pauseMs, pauseAtFrames } = workerData as CheckpointWorkerData;
const checkpointer = openCheckpointer(filename);
let timer: NodeJS.Timeout | null = null;

const pass = () => {
  let frames = 0;
  try {
    frames = checkpointer.checkpoint().log;
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
  timer = setTimeout(pass, frames >= pauseAtFrames ? pauseMs : intervalMs);
};
timer = setTimeout(pass, intervalMs);

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  if (timer) clearTimeout(timer);
  checkpointer.close();
  parentPort?.close();
});
