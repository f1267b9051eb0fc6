// Compiles the CMS TypeScript into cms/dist, one compile at a time on this machine: two compiles
// writing the same dist folder at once would leave it half-written.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
/** One lock per CMS folder: two checkouts on one machine compile into different dist folders. */
const lockFor = (appDir) => path.join(os.tmpdir(), `city-portal-cms-compile-${crypto.createHash('sha256').update(path.resolve(appDir)).digest('hex').slice(0, 12)}.lock`);

/** The pid recorded in a lock, or undefined when there is none to read. */
function holderOf(lock) {
  try {
    return Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    return undefined;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function acquire(lock, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // The lock appears with its pid already inside (a folder renamed into place), so another
    // process never sees a lock without a holder and takes it for an abandoned one.
    const staged = `${lock}.${process.pid}.${crypto.randomUUID()}`;
    fs.mkdirSync(staged);
    fs.writeFileSync(path.join(staged, 'pid'), String(process.pid));
    try {
      fs.renameSync(staged, lock);
      return;
    } catch {
      fs.rmSync(staged, { recursive: true, force: true });
    }
    const holder = holderOf(lock);
    // A lock left by a process that died is taken over.
    if (holder !== undefined && !isAlive(holder)) {
      fs.rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${lock}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** @param {string} appDir @returns {Promise<{ appDir: string; distDir: string }>} */
export async function compileCms(appDir) {
  const lock = lockFor(appDir);
  await acquire(lock);
  // Strapi's compile sets NODE_ENV=development in this process; anything the caller starts after it
  // (an Astro build above all, which would then ship React's development bundles) must not inherit that.
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { compileStrapi } = require('@strapi/strapi');
    return await compileStrapi({ appDir });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    if (holderOf(lock) === process.pid) fs.rmSync(lock, { recursive: true, force: true });
  }
}
