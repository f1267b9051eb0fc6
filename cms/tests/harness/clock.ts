import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The CMS's clock for its timed work (cms/src/lib/clock.ts): a file it reads at every tick, set as CLOCK_FILE. */
export function fakeClock(start = new Date()) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cms-clock-')), 'now');
  let now = start;
  const write = () => fs.writeFileSync(file, now.toISOString());
  write();
  return {
    file,
    now: () => now,
    set(next: Date) {
      now = next;
      write();
    },
    advance(ms: number) {
      this.set(new Date(now.getTime() + ms));
    },
    remove: () => fs.rmSync(path.dirname(file), { recursive: true, force: true }),
  };
}
