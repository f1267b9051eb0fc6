// The publisher's /preview/<token>: an entry's page rendered from its draft for an editor (or a
// colleague they sent the link to), never written to the publish folder, cached, indexed or put in
// the sitemap. The token is the CMS's signed link (shared/preview): a wrong or expired one is a 404,
// the same answer as a page that does not exist, so it tells nothing about what was tried.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { createI18n } from '@city/shared/i18n';
import type { Locale } from '@city/shared/locales';
import { PREVIEW_PATH_PREFIX, verifyPreviewToken, type PreviewTarget } from '@city/shared/preview';
import type { PreviewResult } from '../render/entry';
import { linksOpenInNewTab } from './preview-links';
import { escapeHtml } from '../../site/lib/html';

export interface PreviewOptions {
  /** PREVIEW_SECRET, which the CMS signs the links with. */
  secret: string;
  /** Renders the entry's page; null while the site has not been built yet. */
  render(target: PreviewTarget): Promise<PreviewResult | null>;
  /** The live build's folder, for its 404 page. */
  currentRoot(): string | null;
  /** The headers of every page, with the CMS admin allowed to frame it. */
  headers: Record<string, string>;
  now?: () => number;
  log?: (message: string) => void;
}

/** Never kept by a browser or a proxy, never indexed, and the token never sent on as a referrer. */
const PRIVATE_PAGE = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
  'content-type': 'text/html; charset=utf-8',
};

/**
 * Who may frame a preview: the CMS admin's origin. On a developer's machine the admin is opened as
 * localhost or 127.0.0.1 alike, so a loopback origin allows its twin too.
 */
export function frameAncestors(adminUrl: string): string {
  const origin = new URL(adminUrl);
  const twin = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[origin.hostname];
  if (!twin) return origin.origin;
  const other = new URL(origin.href);
  other.hostname = twin;
  return `${origin.origin} ${other.origin}`;
}

export const isPreviewPath = (pathname: string): boolean => pathname.startsWith(PREVIEW_PATH_PREFIX);

/** A plain page (no site styles: the site's CSS file names change with each build) for when there is no page to show. */
export function messagePage(locale: Locale, title: string, text: string, items: readonly string[] = []): string {
  const { dir } = createI18n(locale);
  const list = items.length > 0 ? `\n<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text)}</p>${list}
</main></body>
</html>
`;
}

function notFound(response: http.ServerResponse, root: string | null): void {
  let body = 'Not found\n';
  try {
    if (root) body = fs.readFileSync(path.join(root, '404.html'), 'utf8');
  } catch {
    // no 404 page in this build: the plain text above
  }
  response.writeHead(404, PRIVATE_PAGE).end(body);
}

export function createPreviewHandler(options: PreviewOptions): (request: http.IncomingMessage, response: http.ServerResponse, pathname: string) => void {
  const log = options.log ?? (() => undefined);
  return (request, response, pathname) => {
    for (const [name, value] of Object.entries(options.headers)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    // base64url needs no decoding; anything else fails the signature.
    const token = pathname.slice(PREVIEW_PATH_PREFIX.length).replace(/\/$/, '');
    const target = verifyPreviewToken(token, options.secret, (options.now ?? Date.now)());
    if (!target) {
      notFound(response, options.currentRoot());
      return;
    }
    const { t } = createI18n(target.locale);
    const send = (status: number, body: string | Uint8Array) => response.writeHead(status, PRIVATE_PAGE).end(request.method === 'HEAD' ? undefined : body);
    options.render(target).then(
      (result) => {
        if (result === null) send(503, messagePage(target.locale, t('preview.failedTitle'), t('preview.failedText')));
        else if (result.kind === 'page') send(200, linksOpenInNewTab(new TextDecoder().decode(result.body)));
        else if (result.kind === 'unfinished') send(200, messagePage(target.locale, t('preview.unfinishedTitle'), t('preview.unfinishedText'), result.problems));
        else send(404, messagePage(target.locale, t('preview.missingTitle'), t('preview.missingText')));
      },
      (error: unknown) => {
        log(`preview of ${target.uid} ${target.documentId} (${target.locale}) failed: ${error instanceof Error ? error.message : String(error)}`);
        send(503, messagePage(target.locale, t('preview.failedTitle'), t('preview.failedText')));
      },
    );
  };
}
