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

function runAstroStep(step: 'build', cmsUrl: string, outDir: string): Promise<StepFigure> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8192', path.join(ROOT_DIR, 'bench', 'lib', 'astro-child.mjs'), step, ROOT_DIR], {
      cwd: ROOT_DIR,
      // A production build, as the publisher and `npm run build` make it, whatever this process holds.
      env: { ...process.env, NODE_ENV: 'production', CMS_URL: cmsUrl, SITE_OUT_DIR: outDir },
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
  /** The content loaders inside the build (Astro's "Sync content layer" phase). */
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
 * Times one whole `astro build` in a fresh process (so its peak memory is its own); Astro's timer
 * separates fetching (the content loaders), bundling (Vite, a fixed cost) and generating the
 * pages, which is the rendering figure. With `use`, the built folder is handed to `use` before it
 * is removed, so the same build can be served and measured further.
 */
export async function measureBuild(cmsUrl: string, use?: (outDir: string) => Promise<void>): Promise<BuildThroughput> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  try {
    const built = await runAstroStep('build', cmsUrl, outDir);
    const pages = countPages(outDir);
    const phase = (name: string) => {
      const seconds = built.phaseSeconds[name];
      if (seconds === undefined) throw new Error(`Astro reported no "${name}" phase: ${JSON.stringify(built.phaseSeconds)}`);
      return seconds;
    };
    const renderSeconds = Math.max(phase('Static generate'), 0.001);
    const figures: BuildThroughput = {
      fetchSeconds: phase('Sync content layer'),
      buildSeconds: built.seconds,
      bundleSeconds: phase('SSR build') + phase('Client build'),
      renderSeconds,
      pages,
      pagesPerSecond: pages / renderSeconds,
      peakMemoryMb: built.maxRssMb,
    };
    if (use) await use(outDir);
    return figures;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
