import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { CollectionName } from '../../site/loaders/collections';
import { DEFAULT_CMS_URL } from '../../site/lib/config';
import { runCommand } from './command';
import { previewReadCredential, type PreviewTarget } from '@city/shared/preview';
import type { PreviewResult } from '../render/entry';
import { buildRenderBundle, type RenderBundle } from './render-bundle';
import { planRender, type RenderedPageRecord, type RenderPlan } from './render-plan';
import { inBatches, linkTree, removePage, replaceFile } from './tree';

export interface BuildOutcome {
  ok: boolean;
  id: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  /** Pages rendered by this build: all of them the first time, then those a change shows on. */
  pagesRendered?: number;
  pagesTotal?: number;
  /** What the build said; on failure it names the entry and field that broke it. */
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
  /** PREVIEW_SECRET: the bundle reads drafts for previews with the credential derived from it; without it, previews show published content. */
  previewSecret?: string;
}

/** Pages rendered at once: while one waits on its file, others render. */
const RENDER_CONCURRENCY = 16;

/** One build under way: its folder, its log and the outcome it returns. */
interface BuildRun {
  started: number;
  outDir: string;
  log: string[];
  outcome: BuildOutcome;
  env: NodeJS.ProcessEnv;
  /** Logs a step with how long it took, for the build record and the benchmark's bottleneck notes. */
  step(message: string): void;
  /** Starts timing the next step from now. */
  restartClock(): void;
}

/** The build this builder last rendered: its folder, what each page was rendered from, the alerts then in force. */
interface RenderedSite {
  root: string;
  pages: Map<string, RenderedPageRecord>;
  activeAlerts: string;
}

/** The content a build renders from, and the live build it can start from (null: render everything). */
interface SyncedContent {
  changed: Set<CollectionName>;
  activeAlerts: string;
  live: string | null;
  previous: RenderedSite | null;
}

/** What a build renders, keeps and removes, out of how many pages the site has. */
type PagePlan = RenderPlan & { total: number };

class BuildFailure extends Error {
  override name = 'BuildFailure';
}

/**
 * Publishes the site into a fresh folder, then points `current` at it with one rename, which is
 * atomic: readers see the old site or the new one, never a mix. A failed build leaves `current`
 * untouched.
 *
 * The pages are rendered by the site's render bundle, built once per builder, from a content
 * snapshot kept between builds. The first build renders every page. Later ones fetch only entries
 * whose stamp moved, and render again only the pages whose props changed or that read a changed
 * collection; the rest of the new folder is hard links to the live one.
 */
export class SiteBuilder {
  readonly buildsDir: string;
  readonly currentLink: string;
  readonly statusFile: string;
  private bundle: RenderBundle | null = null;
  private rendered: RenderedSite | null = null;
  private background: Promise<void> = Promise.resolve();
  /** Collections read only on demand that the next build reads again (the performance figures). */
  private refreshNext = new Set<CollectionName>();
  private readonly log: (message: string) => void;

  constructor(private readonly options: SiteBuilderOptions) {
    this.buildsDir = path.join(options.publishDir, 'builds');
    this.currentLink = path.join(options.publishDir, 'current');
    this.statusFile = path.join(options.publishDir, 'status.json');
    fs.mkdirSync(this.buildsDir, { recursive: true });
    this.log = options.log ?? (() => undefined);
  }

  /** Makes the next build read these on-demand collections again (call before asking for the build). */
  refresh(...names: CollectionName[]): void {
    for (const name of names) this.refreshNext.add(name);
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
    const run = this.startRun();
    try {
      const bundle = await this.renderBundle(run.env, run.log);
      run.restartClock();
      const content = await this.syncContent(bundle, run);
      const plan = await this.planPages(bundle, content, run);
      if (content.previous && content.live && plan.render.length === 0 && plan.remove.length === 0) {
        run.log.push(`nothing on the site changed; build ${path.basename(content.live)} stays live`);
        run.outcome.ok = true;
        this.rendered = { ...content.previous, activeAlerts: content.activeAlerts };
        return run.outcome;
      }
      await this.prepareFolder(bundle, content, plan.remove, run);
      await this.renderPages(bundle, plan, run);
      await this.goLive(content, plan.keep, run);
    } catch (error) {
      // Whatever this build took from the CMS may not be on the site: the next one renders everything.
      this.rendered = null;
      run.log.push(error instanceof Error ? error.message : String(error));
      if (this.currentRoot() !== run.outDir) fs.rmSync(run.outDir, { recursive: true, force: true });
    } finally {
      this.finishRun(run);
    }
    return run.outcome;
  }

  /** A new build's id, folder, log and outcome, and the environment it runs its tools in. */
  private startRun(): BuildRun {
    const started = Date.now();
    const id = new Date(started).toISOString().replace(/[:.]/g, '-');
    const log: string[] = [];
    let phaseStarted = started;
    return {
      started,
      outDir: path.join(this.buildsDir, id),
      log,
      outcome: { ok: false, id, startedAt: new Date(started).toISOString(), finishedAt: '', seconds: 0, log: '' },
      // Always production: a NODE_ENV=development left in this process (Strapi's compile sets it)
      // would otherwise ship React's development bundles, three times the size, to readers.
      env: { ...process.env, ...this.options.env, NODE_ENV: 'production' },
      step: (message) => {
        const now = Date.now();
        log.push(`${message} (${((now - phaseStarted) / 1000).toFixed(2)} s)`);
        phaseStarted = now;
      },
      restartClock: () => {
        phaseStarted = Date.now();
      },
    };
  }

  /** Brings the bundle's content up to date and finds the live build this one can start from. */
  private async syncContent(bundle: RenderBundle, run: BuildRun): Promise<SyncedContent> {
    const refresh = this.refreshNext;
    this.refreshNext = new Set();
    let sync: Awaited<ReturnType<RenderBundle['renderer']['syncContent']>>;
    try {
      sync = await bundle.renderer.syncContent({ refresh });
    } catch (error) {
      // Nothing was read: the next build asks again.
      for (const name of refresh) this.refreshNext.add(name);
      throw error;
    }
    const activeAlerts = bundle.renderer.activeAlerts(new Date(run.started));
    const live = this.currentRoot();
    const previous = this.rendered !== null && this.rendered.root === live ? this.rendered : null;
    // Alerts start and end on their own: a change in which are active changes every page.
    if (previous && previous.activeAlerts !== activeAlerts) sync.changed.add('alerts');
    run.step(`content: ${sync.fetched} entries fetched; changed: ${[...sync.changed].join(', ') || 'nothing'}`);
    return { changed: sync.changed, activeAlerts, live, previous };
  }

  /** Which pages to render again, keep or remove. */
  private async planPages(bundle: RenderBundle, content: SyncedContent, run: BuildRun): Promise<PagePlan> {
    const jobs = await bundle.renderer.listPages();
    const plan = planRender(jobs, content.previous?.pages ?? null, content.changed);
    run.outcome.pagesRendered = plan.render.length;
    run.outcome.pagesTotal = jobs.length;
    run.step(`${jobs.length} pages listed, ${plan.render.length} to render`);
    return { ...plan, total: jobs.length };
  }

  /** The new folder: hard links to the live build (or the bundle's client files the first time), less the pages that went. */
  private async prepareFolder(bundle: RenderBundle, content: SyncedContent, gone: readonly string[], run: BuildRun): Promise<void> {
    if (content.previous && content.live) await linkTree(content.live, run.outDir);
    else await linkTree(bundle.clientDir, run.outDir);
    for (const file of gone) await removePage(run.outDir, file);
    run.step(`new folder linked${gone.length ? `, ${gone.length} pages removed` : ''}`);
  }

  /** Renders the planned pages into the new folder, recording what each was rendered from. */
  private async renderPages(bundle: RenderBundle, plan: PagePlan, run: BuildRun): Promise<void> {
    await inBatches(plan.render, RENDER_CONCURRENCY, async (job) => {
      const page = await bundle.renderer.render(job);
      await replaceFile(path.join(run.outDir, job.file), page.body);
      plan.keep.set(job.file, {
        route: job.route,
        props: JSON.stringify(job.props),
        reads: page.reads,
      });
    });
    run.step(`rendered ${plan.render.length} of ${plan.total} pages`);
  }

  /** Swaps the new folder in; search indexing and pruning follow. */
  private async goLive(content: SyncedContent, pages: Map<string, RenderedPageRecord>, run: BuildRun): Promise<void> {
    if (!content.previous) {
      // The first build is indexed before it goes live, so search works from the start.
      await this.index(run.outDir, run.env);
      run.step('search index built');
    }
    this.swapTo(run.outDir);
    this.rendered = { root: run.outDir, pages, activeAlerts: content.activeAlerts };
    run.step('live');
    run.outcome.ok = true;
    // Later builds go live first; a copy with a fresh search index replaces them a few seconds
    // later, in the background, so the next publish need not wait for it.
    if (content.previous) this.inBackground(() => this.reindex(run.outDir, run.env));
    this.inBackground(() => this.prune());
  }

  /** Completes the outcome and writes it where the hook's /status reads it. */
  private finishRun(run: BuildRun): void {
    const { outcome } = run;
    outcome.finishedAt = new Date().toISOString();
    outcome.seconds = (Date.now() - run.started) / 1000;
    outcome.log = run.log.join('\n').split('\n').slice(-40).join('\n');
    try {
      fs.writeFileSync(this.statusFile, `${JSON.stringify({ ...outcome, live: this.currentRoot() }, null, 2)}\n`);
    } catch (error) {
      // The publish folder is gone (the publisher is being removed); the outcome is still returned.
      outcome.log += `\nstatus not written: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private async renderBundle(env: NodeJS.ProcessEnv, log: string[]): Promise<RenderBundle> {
    if (this.bundle) return this.bundle;
    const started = Date.now();
    const secret = this.options.previewSecret;
    const built = await buildRenderBundle(this.options.rootDir, this.options.env.CMS_URL ?? DEFAULT_CMS_URL, env, secret ? { previewCredential: previewReadCredential(secret) } : {});
    if (!built.bundle) throw new BuildFailure(`The site's code could not be built:\n${built.log.split('\n').slice(-30).join('\n')}`);
    log.push(`render bundle built (${((Date.now() - started) / 1000).toFixed(2)} s)`);
    this.bundle = built.bundle;
    return built.bundle;
  }

  /**
   * An entry's page rendered in memory from its draft, beside the live content and never written
   * to the publish folder; null until the first build has made the render bundle and read the content.
   */
  async preview(target: PreviewTarget): Promise<PreviewResult | null> {
    if (!this.bundle || !this.currentRoot()) return null;
    return this.bundle.renderer.preview(target);
  }

  /** Resolves once the background work (search index, pruning) queued so far is done. */
  idle(): Promise<void> {
    return this.background;
  }

  private inBackground(work: () => Promise<void>): void {
    this.background = this.background.then(work).catch((error: unknown) => this.log(`background work failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Swaps in a copy of `folder` with a fresh search index, unless a newer build went live meanwhile. */
  private async reindex(folder: string, env: NodeJS.ProcessEnv): Promise<void> {
    if (this.currentRoot() !== folder) return;
    const started = Date.now();
    const indexed = `${folder}-search`;
    await linkTree(folder, indexed, new Set(['pagefind']));
    await this.index(indexed, env);
    if (this.currentRoot() === folder && this.rendered?.root === folder) {
      this.swapTo(indexed);
      this.rendered.root = indexed;
      this.log(`search index of ${path.basename(folder)} live in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else {
      await fsp.rm(indexed, { recursive: true, force: true });
    }
  }

  private async index(folder: string, env: NodeJS.ProcessEnv): Promise<void> {
    const result = await indexForSearch(this.options.rootDir, folder, env);
    if (result.code !== 0) throw new BuildFailure(`The search index could not be built:\n${result.output}`);
  }

  private swapTo(outDir: string): void {
    const temporary = `${this.currentLink}.${process.pid}.tmp`;
    fs.rmSync(temporary, { force: true });
    fs.symlinkSync(outDir, temporary, 'dir');
    fs.renameSync(temporary, this.currentLink);
  }

  /** Keeps the newest builds (the live one always) so the disk does not fill up. */
  private async prune(): Promise<void> {
    const builds = (await fsp.readdir(this.buildsDir)).sort().reverse();
    for (const name of builds.slice(this.options.keepBuilds ?? 4)) {
      const folder = path.join(this.buildsDir, name);
      // Read each time: a build may have gone live while the previous folder was removed.
      if (folder !== this.currentRoot()) await fsp.rm(folder, { recursive: true, force: true });
    }
  }
}
