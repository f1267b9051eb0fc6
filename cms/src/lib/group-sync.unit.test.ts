import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupSync, logSync } from './group-sync';

/** A sync whose runs the test settles by hand, recording when each started. */
function manualSync() {
  const runs: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const sync = () =>
    new Promise<void>((resolve, reject) => {
      runs.push({ resolve, reject });
    });
  return { runs, sync };
}

const settled = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

describe('groupSync', () => {
  it('starts a sync at once when none is running', async () => {
    const { runs, sync } = manualSync();
    const flush = groupSync(sync);
    const first = flush();
    expect(runs).toHaveLength(1);
    runs[0]?.resolve();
    await expect(first).resolves.toBeUndefined();
  });

  it('makes callers that arrive during a sync wait for a second one, which they all share', async () => {
    const { runs, sync } = manualSync();
    const flush = groupSync(sync);
    const first = flush();
    let laterDone = 0;
    const later = [flush(), flush(), flush()].map((p) => p.then(() => (laterDone += 1)));
    await settled();
    expect(runs).toHaveLength(1);

    runs[0]?.resolve();
    await first;
    await settled();
    // The first sync may have started before their commits: they are not done until the second ends.
    expect(laterDone).toBe(0);
    expect(runs).toHaveLength(2);

    runs[1]?.resolve();
    await Promise.all(later);
    expect(laterDone).toBe(3);
    expect(runs).toHaveLength(2);
  });

  it('reports a failed sync to its own callers only, and the next flush syncs again', async () => {
    const { runs, sync } = manualSync();
    const flush = groupSync(sync);
    const failing = flush();
    const queued = flush();
    runs[0]?.reject(new Error('EIO'));
    await expect(failing).rejects.toThrow('EIO');
    await settled();
    expect(runs).toHaveLength(2);
    runs[1]?.resolve();
    await expect(queued).resolves.toBeUndefined();

    const after = flush();
    expect(runs).toHaveLength(3);
    runs[2]?.resolve();
    await expect(after).resolves.toBeUndefined();
  });
});

describe('logSync', () => {
  it('syncs the log, the database file when there is no log, and fails clearly when neither exists', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'group-sync-'));
    try {
      const database = path.join(dir, 'portal.db');
      const log = `${database}-wal`;
      const sync = logSync(log, database);
      await expect(sync()).rejects.toThrow(/ENOENT/);
      fs.writeFileSync(database, 'db');
      await expect(sync()).resolves.toBeUndefined();
      fs.writeFileSync(log, 'log');
      await expect(sync()).resolves.toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
