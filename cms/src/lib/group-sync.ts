import fs from 'node:fs/promises';

/** Flushes a file to disk; resolves once everything written before the call is durable. */
export type Flush = () => Promise<void>;

/**
 * Group commit for SQLite. better-sqlite3 runs on the event loop, so with synchronous=FULL every
 * commit's fsync stops the whole CMS: on a busy disk, each one took hundreds of milliseconds and
 * intake requests timed out (bench/bottlenecks.md). With synchronous=NORMAL a commit only writes
 * the write-ahead log; this fsyncs that file on libuv's thread pool, and a write request is answered
 * after it resolves, so what a client was told is stored survives a power loss as it did with FULL.
 * Callers arriving while an fsync runs share the next one: it must start after their commit.
 */
export function groupSync(sync: () => Promise<void>): Flush {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const start = (): Promise<void> => {
    const run = sync().finally(() => {
      if (running === run) running = null;
    });
    running = run;
    return run;
  };
  return () => {
    if (!running) return start();
    if (!queued) {
      // Starts when the running fsync settles, whether it failed or not: its failure is its callers'.
      const next = running.then(
        () => undefined,
        () => undefined,
      );
      queued = next.then(() => {
        queued = null;
        return start();
      });
    }
    return queued;
  };
}

/**
 * fsync of SQLite's write-ahead log, opened afresh each time: SQLite deletes the log when its last
 * connection closes and creates a new file on the next open, and a handle kept open would go on
 * syncing the deleted one. With no log at all, the last close folded it into the database file,
 * which is synced instead.
 */
export function logSync(logPath: string, databasePath: string): () => Promise<void> {
  const syncFile = async (filePath: string) => {
    const handle = await fs.open(filePath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  };
  return async () => {
    try {
      await syncFile(logPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await syncFile(databasePath);
    }
  };
}
