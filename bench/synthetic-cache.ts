import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDatabase, freePort, runSeed, testEnv } from '../cms/tests/harness/cms';
import { compileCms } from '../cms/scripts/compile-lock.mjs';
import { ROOT_DIR } from './lib/portal';

/** A fingerprint of everything that decides what the seed writes: a change invalidates the cache. */
function seedFingerprint(): string {
  const hash = crypto.createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (keep(full)) hash.update(path.relative(ROOT_DIR, full)).update(fs.readFileSync(full));
    }
  };
  // The seed's code and the database's shape (content-type schemas, components); not the rest of the API.
  const keep = (file: string) => (file.includes(`${path.sep}seed${path.sep}`) ? /\.(ts|json)$/.test(file) : file.endsWith('.json'));
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
  const fingerprint = seedFingerprint();
  const cached = path.join(cacheDir, `synthetic-${count}-${fingerprint}.db`);
  if (!fs.existsSync(cached)) {
    log(`generating ${count} synthetic services (once; cached in .cache/bench/)…`);
    // The seed runs the compiled CMS: on a fresh clone nothing has compiled it yet.
    await compileCms(path.join(ROOT_DIR, 'cms'));
    const database = await createDatabase('sqlite');
    // The seed skips services already there: start from the largest smaller set already generated.
    const smaller = fs
      .readdirSync(cacheDir)
      .map((name) => ({ name, size: Number(new RegExp(`^synthetic-(\\d+)-${fingerprint}\\.db$`).exec(name)?.[1] ?? 0) }))
      .filter((entry) => entry.size > 0 && entry.size < count)
      .sort((a, b) => b.size - a.size)[0];
    if (smaller) fs.copyFileSync(path.join(cacheDir, smaller.name), database.env.DATABASE_FILENAME as string);
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
