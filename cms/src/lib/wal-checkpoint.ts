import Database from 'better-sqlite3';

/** What bootstrap/wal-checkpoints.ts hands the worker thread (wal-checkpoint-worker.ts). */
export interface CheckpointWorkerData {
  filename: string;
  intervalMs: number;
  /** The longer pause once the log holds pauseAtFrames, leaving the CMS connection room to checkpoint. */
  pauseMs: number;
  pauseAtFrames: number;
}

export interface CheckpointResult {
  /** Frames in the write-ahead log. */
  log: number;
  /** Frames of it now copied into the database file. */
  checkpointed: number;
}

/**
 * Copies committed pages from a SQLite database's write-ahead log into the database file, on a
 * connection of its own. SQLite does this itself every 1,000 pages, inside the commit that
 * crosses the mark, with two fsyncs: better-sqlite3 runs that on the event loop, so on a busy
 * disk the whole CMS stopped for seconds at a time. The CMS runs this in a worker thread instead
 * (wal-checkpoint-worker.ts). PASSIVE never waits for a lock: writers carry on while it copies,
 * and a tick that finds the log busy simply tries again at the next one.
 */
export function openCheckpointer(filename: string): { checkpoint(): CheckpointResult; close(): void } {
  const database = new Database(filename, { fileMustExist: true, timeout: 0 });
  return {
    checkpoint() {
      const [row] = database.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
      return { log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
    },
    close: () => database.close(),
  };
}
