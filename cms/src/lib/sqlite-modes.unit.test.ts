import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepSqlitePrivate } from './sqlite-modes';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the SQLite files', () => {
  it('are created 0600 in a folder created 0700', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-modes-'));
    const file = path.join(dir, 'data', 'nested', 'portal.db');
    keepSqlitePrivate(file);
    expect(modeOf(file)).toBe(0o600);
    expect(fs.statSync(file).size).toBe(0);
    expect(modeOf(path.dirname(file))).toBe(0o700);
    expect(modeOf(path.join(dir, 'data'))).toBe(0o700);
  });

  it('left world-readable by an earlier run are narrowed, their content kept', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-modes-'));
    fs.chmodSync(dir, 0o755);
    const file = path.join(dir, 'portal.db');
    for (const name of [file, `${file}-wal`, `${file}-shm`]) fs.writeFileSync(name, 'data', { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    keepSqlitePrivate(file);
    for (const name of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(name), name).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toBe('data');
    // A folder the city made itself is left as it is.
    expect(modeOf(dir)).toBe(0o755);
  });
});
