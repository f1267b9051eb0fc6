import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Writes 256 MB and fsyncs it, over and over, in a child process: another tenant's busy disk.
const WRITER = `
const fs = require('node:fs');
const file = process.argv[1];
const chunk = Buffer.alloc(1 << 20, 7);
for (;;) {
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < 256; i += 1) fs.writeSync(fd, chunk);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
}`;

/** Starts a disk writer (for `--disk-load`); the returned function stops it and removes its file. */
export function startDiskLoad(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-disk-load-'));
  const writer = spawn(process.execPath, ['-e', WRITER, path.join(dir, 'load.bin')], { stdio: 'ignore' });
  return () => {
    writer.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
