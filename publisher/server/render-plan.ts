// Which pages a publish renders again. A page is kept as it is live when it still exists, its
// route and props are what they were, and it read none of the collections that changed; props
// carry the page's own entry (and its language alternates), reads carry lists (a department's
// services, the home page, the sitemap) and what every page shows (global settings, alerts).
import type { CollectionName } from '../../site/loaders/collections';
import type { PageJob } from '../render/entry';

/** What a live page was rendered from. */
export interface RenderedPageRecord {
  route: string;
  /** Its props, as JSON. */
  props: string;
  reads: readonly CollectionName[];
}

export interface RenderPlan {
  render: PageJob[];
  /** Pages kept as they are, by file. */
  keep: Map<string, RenderedPageRecord>;
  /** Files of pages that no longer exist (an unpublished service, say). */
  remove: string[];
}

/** With no `previous` (a first build), every page is rendered. */
export function planRender(jobs: readonly PageJob[], previous: ReadonlyMap<string, RenderedPageRecord> | null, changed: ReadonlySet<CollectionName>): RenderPlan {
  const keep = new Map<string, RenderedPageRecord>();
  const render: PageJob[] = [];
  for (const job of jobs) {
    const before = previous?.get(job.file);
    const unchanged = before !== undefined && before.route === job.route && before.props === JSON.stringify(job.props) && !before.reads.some((read) => changed.has(read));
    if (unchanged) keep.set(job.file, before);
    else render.push(job);
  }
  const files = new Set(jobs.map((job) => job.file));
  const remove = previous ? [...previous.keys()].filter((file) => !files.has(file)) : [];
  return { render, keep, remove };
}
