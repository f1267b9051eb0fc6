import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BuildOutcome {
  ok: boolean;
  id: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  /** The last lines the build printed: on failure they say which entry and field broke it. */
  log: string;
}

/** Pagefind over a built folder: the search index the site's search page reads. */
export function indexForSearch(rootDir: string, outDir: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; output: string }> {
  return runCommand(path.join(rootDir, 'node_modules', '.bin', 'pagefind'), ['--site', outDir, '--silent'], rootDir, env);
}

export interface SiteBuilderOptions {
  rootDir: string;
  /** Where builds and the `current` link live. */
  publishDir: string;
  env: Record<string, string | undefined>;
  keepBuilds?: number;
  log?: (message: string) => void;
}

function runCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * Builds the static site into a fresh folder, indexes it for search, then points `current` at it
 * with one rename, which is atomic: readers see the old site or the new one, never a mix.
 * A failed build leaves `current` untouched.
 */
export class SiteBuilder {
  readonly buildsDir: string;
  readonly currentLink: string;
  readonly statusFile: string;

  constructor(private readonly options: SiteBuilderOptions) {
    this.buildsDir = path.join(options.publishDir, 'builds');
    this.currentLink = path.join(options.publishDir, 'current');
    this.statusFile = path.join(options.publishDir, 'status.json');
    fs.mkdirSync(this.buildsDir, { recursive: true });
  }

  /** The folder being served now, or null before the first successful build. */
  currentRoot(): string | null {
    try {
      return fs.realpathSync(this.currentLink);
    } catch {
      return null;
    }
  }

  async build(): Promise<BuildOutcome> {
    const started = Date.now();
    const id = new Date(started).toISOString().replace(/[:.]/g, '-');
    const outDir = path.join(this.buildsDir, id);
    // Always a production build: a NODE_ENV=development left in this process (Strapi's compile sets
    // it) would otherwise ship React's development bundles, three times the size, to readers.
    const env = { ...process.env, ...this.options.env, NODE_ENV: 'production', SITE_OUT_DIR: outDir };
    const bin = (name: string) => path.join(this.options.rootDir, 'node_modules', '.bin', name);
    let result = await runCommand(bin('astro'), ['build'], this.options.rootDir, env);
    if (result.code === 0) {
      result = await indexForSearch(this.options.rootDir, outDir, env);
    }
    const outcome: BuildOutcome = {
      ok: result.code === 0,
      id,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date().toISOString(),
      seconds: (Date.now() - started) / 1000,
      log: result.output.split('\n').slice(-40).join('\n'),
    };
    if (outcome.ok) {
      this.swapTo(outDir);
      this.prune();
    } else {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
    fs.writeFileSync(this.statusFile, `${JSON.stringify({ ...outcome, live: this.currentRoot() }, null, 2)}\n`);
    return outcome;
  }

  private swapTo(outDir: string): void {
    const temporary = `${this.currentLink}.${process.pid}.tmp`;
    fs.rmSync(temporary, { force: true });
    fs.symlinkSync(outDir, temporary, 'dir');
    fs.renameSync(temporary, this.currentLink);
  }

  /** Keeps the newest builds (the live one always) so the disk does not fill up. */
  private prune(): void {
    const live = this.currentRoot();
    const builds = fs.readdirSync(this.buildsDir).sort().reverse();
    for (const name of builds.slice(this.options.keepBuilds ?? 3)) {
      const folder = path.join(this.buildsDir, name);
      if (folder !== live) fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}
