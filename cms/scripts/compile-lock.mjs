// Compiles the CMS TypeScript into cms/dist, one compile at a time on this machine: two compiles
// writing the same dist folder at once would leave it half-written.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const LOCK = path.join(os.tmpdir(), 'city-portal-cms-compile.lock');

async function acquire(timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      // A lock left by a process that died is taken over.
      try {
        const pid = Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8'));
        process.kill(pid, 0);
      } catch {
        fs.rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${LOCK}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** @param {string} appDir @returns {Promise<{ appDir: string; distDir: string }>} */
export async function compileCms(appDir) {
  await acquire();
  // Strapi's compile sets NODE_ENV=development in this process; anything the caller starts after it
  // (an Astro build above all, which would then ship React's development bundles) must not inherit that.
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { compileStrapi } = require('@strapi/strapi');
    return await compileStrapi({ appDir });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
