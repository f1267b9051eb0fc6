import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from './lib/portal';

export interface StepFigure {
  seconds: number;
  maxRssMb: number;
  /** Astro's own phase timings for a build ("SSR build", "Client build", "Static generate"). */
  phaseSeconds: Record<string, number>;
}

function runAstroStep(step: 'sync' | 'build', cmsUrl: string, outDir: string): Promise<StepFigure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', path.join(ROOT_DIR, 'bench', 'lib', 'astro-child.mjs'), step, ROOT_DIR], {
      cwd: ROOT_DIR,
      env: { ...process.env, CMS_URL: cmsUrl, SITE_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('BENCH '));
      if (code !== 0 || !line) return reject(new Error(`astro ${step} failed (exit ${code}):\n${output.slice(-4000)}`));
      const parsed = JSON.parse(line.slice(6)) as StepFigure;
      resolve({ seconds: parsed.seconds, maxRssMb: parsed.maxRssMb, phaseSeconds: parsed.phaseSeconds ?? {} });
    });
  });
}

export function countPages(dir: string): number {
  let count = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countPages(path.join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

export interface BuildThroughput {
  fetchSeconds: number;
  buildSeconds: number;
  /** Vite bundling the server code and the islands: a fixed cost, whatever the number of pages. */
  bundleSeconds: number;
  /** Astro generating the HTML pages. */
  renderSeconds: number;
  pages: number;
  pagesPerSecond: number;
  peakMemoryMb: number;
}

/**
 * Times fetching alone (`astro sync` runs the content loader) and a whole build; inside the build,
 * Astro's timer separates bundling (Vite, a fixed cost) from generating the pages, which is the
 * rendering figure. Each step runs in a fresh process so its peak memory is its own.
 */
export async function measureBuild(cmsUrl: string): Promise<BuildThroughput> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  try {
    const fetched = await runAstroStep('sync', cmsUrl, outDir);
    const built = await runAstroStep('build', cmsUrl, outDir);
    const pages = countPages(outDir);
    const generate = built.phaseSeconds['Static generate'];
    if (generate === undefined) throw new Error(`Astro reported no "Static generate" phase: ${JSON.stringify(built.phaseSeconds)}`);
    const renderSeconds = Math.max(generate, 0.001);
    return {
      fetchSeconds: fetched.seconds,
      buildSeconds: built.seconds,
      bundleSeconds: (built.phaseSeconds['SSR build'] ?? 0) + (built.phaseSeconds['Client build'] ?? 0),
      renderSeconds,
      pages,
      pagesPerSecond: pages / renderSeconds,
      peakMemoryMb: Math.max(fetched.maxRssMb, built.maxRssMb),
    };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
