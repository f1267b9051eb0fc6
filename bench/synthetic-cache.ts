import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDatabase, freePort, runSeed, testEnv } from '../cms/tests/harness/cms';
import { ROOT_DIR } from './lib/portal';

/** A fingerprint of everything that decides what the seed writes: a change invalidates the cache. */
function seedFingerprint(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|json)$/.test(entry.name)) hash.update(full).update(fs.readFileSync(full));
    }
  };
  for (const dir of ['cms/src/seed', 'cms/src/api', 'cms/src/components']) walk(path.join(ROOT_DIR, dir));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A SQLite database holding the demo city plus N synthetic services, generated once (slow: Strapi
 * writes each locale version through its Document Service) and copied for each benchmark run.
 */
export async function syntheticDatabase(count: number, log: (message: string) => void): Promise<string> {
  const cacheDir = path.join(ROOT_DIR, '.cache', 'bench');
  fs.mkdirSync(cacheDir, { recursive: true });
  const cached = path.join(cacheDir, `synthetic-${count}-${seedFingerprint()}.db`);
  if (!fs.existsSync(cached)) {
    log(`generating ${count} synthetic services (once; cached in .cache/bench/)…`);
    const database = await createDatabase('sqlite');
    const env = testEnv(await freePort(), database, { LOG_LEVEL: 'error' });
    const started = Date.now();
    await runSeed(env, ['--synthetic', String(count)]);
    fs.copyFileSync(env.DATABASE_FILENAME as string, `${cached}.tmp`);
    fs.renameSync(`${cached}.tmp`, cached);
    await database.drop();
    log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return cached;
}
