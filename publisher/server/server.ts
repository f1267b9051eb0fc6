import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { FEEDBACK_PARAM, PUBLISHER_SECRET_HEADER, RESUME_PARAM } from '@city/shared/forms';
import { PERFORMANCE_CHANGED_EVENT } from '@city/shared/performance';
import { previewSecretFrom } from '@city/shared/preview';
import { AlertRebuildTimer, fetchAlertTimes } from './alert-schedule';
import { SiteBuilder, type BuildOutcome } from './builder';
import { DebouncedRunner } from './debounce';
import { securityHeaders } from './headers';
import { reportBuild } from './report';
import { personalizeFeedbackPage, personalizeRequestPage, personalizeResumedPage } from './no-script';
import { openKeptThroughCms } from './kept-values';
import { openSaveThroughCms } from './resume';
import { DailyRebuildTimer } from './performance-schedule';
import { lookupFormPosts } from './no-script-lookup';
import { createPreviewHandler, frameAncestors, isPreviewPath } from './preview';
import { createStaticHandler, type PagePersonalizer } from './static';
import { routePatterns } from '@city/shared/routes';

export interface PublisherOptions {
  rootDir: string;
  publishDir: string;
  sitePort: number;
  hookPort: number;
  host?: string;
  cmsUrl: string;
  webhookSecret: string;
  debounceMs?: number;
  log?: (message: string) => void;
  /** Behind a reverse proxy: visitors' addresses are read from X-Forwarded-For (default: TRUST_PROXY=true). */
  trustProxy?: boolean;
  /** What the CMS signs preview links with (default: PREVIEW_SECRET, else the webhook secret). */
  previewSecret?: string;
  /** The CMS admin's public origin, the one page allowed to frame previews (default: PUBLIC_URL, else cmsUrl). */
  adminOrigin?: string;
}

export interface Publisher {
  builder: SiteBuilder;
  /** Resolves with the first build's outcome. */
  firstBuild: Promise<BuildOutcome>;
  close(): Promise<void>;
}

function secretsMatch(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * The content types the site is built from. Anything else (service requests, the outbox, the
 * build records the publisher itself writes) changes nothing on the site; rebuilding for those
 * would waste builds, and for build records would loop forever.
 */
const SITE_MODELS = new Set(['department', 'service', 'service-form', 'page', 'alert', 'global']);

export function affectsSite(webhookBody: string): boolean {
  try {
    const payload = JSON.parse(webhookBody) as { event?: unknown; model?: unknown };
    if (typeof payload.event === 'string' && payload.event.startsWith('media.')) return true;
    if (payload.event === PERFORMANCE_CHANGED_EVENT) return true;
    return typeof payload.model === 'string' && SITE_MODELS.has(payload.model);
  } catch {
    return false;
  }
}

/** The CMS's notice that requests were closed: the performance figures are read again. */
export function changesPerformance(webhookBody: string): boolean {
  try {
    return (JSON.parse(webhookBody) as { event?: unknown }).event === PERFORMANCE_CHANGED_EVENT;
  } catch {
    return false;
  }
}

/**
 * Serves the live site, and listens (on loopback only) for Strapi's webhook: each publish, update,
 * unpublish or delete schedules one debounced rebuild, swapped in only when it succeeds.
 */
export function startPublisher(options: PublisherOptions): Publisher {
  const log = options.log ?? ((message: string) => console.log(`[publisher] ${message}`));
  const previewSecret = options.previewSecret ?? previewSecretFrom({ ...process.env, PUBLISH_WEBHOOK_SECRET: options.webhookSecret });
  const builder = new SiteBuilder({ rootDir: options.rootDir, publishDir: options.publishDir, env: { CMS_URL: options.cmsUrl }, log, previewSecret });
  const runner = new DebouncedRunner(() => builder.build(), options.debounceMs ?? 750);
  let resolveFirst: (outcome: BuildOutcome) => void = () => undefined;
  const firstBuild = new Promise<BuildOutcome>((resolve) => (resolveFirst = resolve));
  const alertTimer = new AlertRebuildTimer(() => runner.request(), () => fetchAlertTimes(options.cmsUrl), log);
  const rebuildPerformance = () => {
    builder.refresh('performance');
    runner.request();
  };
  // The figures follow the calendar (a new month, a new current day) even when nothing closes.
  const dailyTimer = new DailyRebuildTimer(rebuildPerformance);
  runner.onResult((outcome) => {
    resolveFirst(outcome);
    // Also after a failed build: the live site still shows alerts that will start or end.
    void alertTimer.refresh().then((next) => next !== null && log(`next alert change at ${new Date(next).toISOString()}: the site will be rebuilt then`));
    if (outcome.ok) log(`published build ${outcome.id} in ${outcome.seconds.toFixed(1)} s`);
    else log(`build ${outcome.id} FAILED after ${outcome.seconds.toFixed(1)} s; the previous site stays live.\n${outcome.log}`);
    void reportBuild(options.cmsUrl, options.webhookSecret, outcome, log);
  });

  const headers = securityHeaders(new URL(options.cmsUrl).origin, { https: options.cmsUrl.startsWith('https:') });
  // The request pages work without JavaScript only with a fresh key and the CMS's feedback filled in.
  // A resume link ("Save and come back later") has the saved answers read from the CMS for the visitor (resume.ts).
  const openSave = openSaveThroughCms({ cmsUrl: options.cmsUrl, secret: options.webhookSecret });
  // Answers too long for the feedback's address are read from the CMS too (kept-values.ts).
  const openKept = openKeptThroughCms({ cmsUrl: options.cmsUrl, secret: options.webhookSecret });
  const personalize: PagePersonalizer = (pathname, search, readHtml, visitor) => {
    const base = { now: Date.now, newKey: () => crypto.randomUUID(), secret: options.webhookSecret };
    if (search.has(RESUME_PARAM) && routePatterns.serviceRequest.test(pathname)) return personalizeResumedPage(pathname, search, readHtml, { ...base, openSave, visitorIp: visitor.ip });
    if (search.has(FEEDBACK_PARAM)) return personalizeFeedbackPage(pathname, search, readHtml, { ...base, openKept });
    return personalizeRequestPage(pathname, search, readHtml, base);
  };
  // The status look-up works without JavaScript only with the server asking the CMS for the resident.
  const lookupPosts = lookupFormPosts({ cmsUrl: options.cmsUrl, secret: options.webhookSecret });
  const servePage = createStaticHandler(() => builder.currentRoot(), headers, personalize, lookupPosts, { trustProxy: options.trustProxy ?? process.env.TRUST_PROXY === 'true' });

  const servePreview = createPreviewHandler({
    secret: previewSecret,
    render: (target) => builder.preview(target),
    currentRoot: () => builder.currentRoot(),
    headers: securityHeaders(new URL(options.cmsUrl).origin, { https: options.cmsUrl.startsWith('https:'), framedBy: frameAncestors(options.adminOrigin ?? process.env.PUBLIC_URL ?? options.cmsUrl) }),
    log,
  });
  const site = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://site.invalid').pathname;
    if (isPreviewPath(pathname)) servePreview(request, response, pathname);
    else servePage(request, response);
  });
  site.listen(options.sitePort, options.host ?? '0.0.0.0');

  const hook = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (request.method === 'GET' && url === '/status') {
      let status = '{}';
      try {
        status = fs.readFileSync(builder.statusFile, 'utf8');
      } catch {
        // no build has finished yet
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(status);
      return;
    }
    if (request.method !== 'POST' || url !== '/publish') {
      response.writeHead(404).end();
      return;
    }
    const given = request.headers[PUBLISHER_SECRET_HEADER];
    if (!secretsMatch(Array.isArray(given) ? given[0] : given, options.webhookSecret)) {
      response.writeHead(401).end();
      return;
    }
    let body = '';
    request.on('data', (chunk: Buffer) => {
      if (body.length < 1_000_000) body += chunk.toString();
    });
    request.on('end', () => {
      const rebuild = affectsSite(body);
      if (changesPerformance(body)) rebuildPerformance();
      else if (rebuild) runner.request();
      response.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ scheduled: rebuild }));
    });
  });
  hook.listen(options.hookPort, '127.0.0.1');

  runner.request();
  dailyTimer.start();
  return {
    builder,
    firstBuild,
    close: async () => {
      alertTimer.stop();
      dailyTimer.stop();
      // A build may still be indexing for search after its pages went live; it finishes first.
      await runner.stop();
      await builder.idle();
      await new Promise<void>((resolve) => site.close(() => hook.close(() => resolve())));
    },
  };
}
