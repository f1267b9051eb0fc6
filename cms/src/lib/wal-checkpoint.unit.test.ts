import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCheckpointer } from './wal-checkpoint';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A database in WAL mode whose own connection never checkpoints, as the CMS's rarely does. */
function writerDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wal-checkpoint-'));
  dirs.push(dir);
  const filename = path.join(dir, 'portal.db');
  const writer = new Database(filename);
  writer.pragma('journal_mode = WAL');
  writer.pragma('wal_autocheckpoint = 0');
  writer.exec('CREATE TABLE requests (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = writer.prepare('INSERT INTO requests (body) VALUES (?)');
  const write = (rows: number) => {
    for (let i = 0; i < rows; i += 1) insert.run('x'.repeat(2000));
  };
  return { filename, writer, write };
}

describe('openCheckpointer', () => {
  it('copies every committed page of the log into the database file, on its own connection', () => {
    const { filename, writer, write } = writerDatabase();
    write(500);
    const sizeBefore = fs.statSync(filename).size;
    const checkpointer = openCheckpointer(filename);
    try {
      const result = checkpointer.checkpoint();
      expect(result.log).toBeGreaterThan(200);
      expect(result.checkpointed).toBe(result.log);
      expect(fs.statSync(filename).size).toBeGreaterThan(sizeBefore + 500 * 2000);

      // After a complete checkpoint the writer starts the log again from its beginning.
      write(10);
      expect(checkpointer.checkpoint().log).toBeLessThan(result.log);
    } finally {
      checkpointer.close();
      writer.close();
    }
  });

  it('does not wait for a writer in the middle of a transaction, and does not block it', () => {
    const { filename, writer, write } = writerDatabase();
    write(50);
    const checkpointer = openCheckpointer(filename);
    try {
      writer.exec('BEGIN IMMEDIATE');
      write(50);
      const started = Date.now();
      const during = checkpointer.checkpoint();
      expect(Date.now() - started).toBeLessThan(1_000);
      // Only what was committed before the transaction is copied.
      expect(during.checkpointed).toBe(during.log);
      writer.exec('COMMIT');
      expect(writer.prepare('SELECT count(*) AS n FROM requests').get()).toEqual({ n: 100 });
      const after = checkpointer.checkpoint();
      expect(after.checkpointed).toBe(after.log);
    } finally {
      checkpointer.close();
      writer.close();
    }
  });

  it('refuses a database file that does not exist rather than creating an empty one', () => {
    expect(() => openCheckpointer(path.join(os.tmpdir(), 'no-such-folder-for-wal', 'portal.db'))).toThrow();
  });
});
