import fs from 'node:fs';
import path from 'node:path';

/**
 * The SQLite database holds residents' personal data, so only the CMS's own user may read it: the
 * file 0600 and, when we create it, its folder 0700, like the private uploads. The file is created
 * here, empty (an empty file is an empty SQLite database), before SQLite would create it with the
 * process's umask (usually 0644); SQLite then gives the -wal and -shm files it creates later the
 * database's own mode. Files left by an earlier run are narrowed too.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;
export const SQLITE_SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export function keepSqlitePrivate(filename: string): void {
  const dir = path.dirname(filename);
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const fd = fs.openSync(filename, fs.constants.O_RDWR | fs.constants.O_CREAT, PRIVATE_FILE_MODE);
  try {
    fs.fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    fs.closeSync(fd);
  }
  for (const suffix of SQLITE_SIDE_FILES) {
    try {
      fs.chmodSync(`${filename}${suffix}`, PRIVATE_FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
