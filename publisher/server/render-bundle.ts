// Builds the site's render bundle (publisher/render/) once per publisher and loads it. The bundle holds
// the pages' code but no content: the publisher hands it content when it renders.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Renderer, RendererOptions } from '../render/entry';
import { runCommand } from './command';

export interface RenderBundle {
  renderer: Renderer;
  /** The pages' scripts, styles and public files, copied into every full build. */
  clientDir: string;
}

/** A bundle whose publisher is gone (the folder is named after its process) is removed. */
function isOwnerGone(name: string): boolean {
  const pid = Number(name.split('-')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export async function buildRenderBundle(rootDir: string, cmsUrl: string, env: NodeJS.ProcessEnv, rendererOptions: RendererOptions = {}): Promise<{ bundle: RenderBundle | null; log: string }> {
  // Inside the project, so the bundle's imports resolve from its node_modules.
  const parent = path.join(rootDir, 'node_modules', '.city-render');
  fs.mkdirSync(parent, { recursive: true });
  for (const name of fs.readdirSync(parent)) {
    if (isOwnerGone(name)) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  const outDir = path.join(parent, `${process.pid}-${crypto.randomUUID()}`);
  const result = await runCommand(path.join(rootDir, 'node_modules', '.bin', 'astro'), ['build'], rootDir, {
    ...env,
    SITE_RENDER_BUNDLE: '1',
    SITE_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: `${outDir}-cache`,
  });
  fs.rmSync(`${outDir}-cache`, { recursive: true, force: true });
  if (result.code !== 0) return { bundle: null, log: result.output };
  const entry = (await import(pathToFileURL(path.join(outDir, 'server', 'entry.mjs')).href)) as { createRenderer: (cmsUrl: string, options?: RendererOptions) => Renderer };
  return {
    bundle: {
      renderer: entry.createRenderer(cmsUrl, rendererOptions),
      clientDir: path.join(outDir, 'client'),
    },
    log: result.output,
  };
}
