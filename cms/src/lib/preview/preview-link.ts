// The address the admin's Preview shows for an entry: the publisher's /preview/<token>, signed here
// with the secret the publisher checks it with (shared/preview).
import { PREVIEW_LINK_TTL_MS, PREVIEW_PATH_PREFIX, PREVIEWABLE_TYPES, previewSecretFrom, signPreviewToken, type PreviewableType } from '@city/shared/preview';
import { LOCALES, type Locale } from '@city/shared/locales';
import { siteUrl } from '../constants';

export interface PreviewRequest {
  documentId?: string | null;
  locale?: string | null;
  status?: string | null;
}

const isPreviewable = (uid: string): uid is PreviewableType => (PREVIEWABLE_TYPES as readonly string[]).includes(uid);
const isLocale = (code: string | null | undefined): code is Locale => (LOCALES as readonly string[]).includes(code ?? '');

/** How long a link works: PREVIEW_LINK_TTL_MS, default one hour. */
export function previewLinkTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const ttl = Number(env.PREVIEW_LINK_TTL_MS);
  return Number.isInteger(ttl) && ttl > 0 ? ttl : PREVIEW_LINK_TTL_MS;
}

/**
 * The preview URL for an entry, or null (Strapi then shows no preview) for a type the site does not
 * render on its own page (alerts show on every page and are previewed with them) or without a secret.
 */
export function previewUrl(uid: string, request: PreviewRequest, env: NodeJS.ProcessEnv = process.env, now = Date.now()): string | null {
  const secret = previewSecretFrom(env);
  if (!secret || !isPreviewable(uid) || !isLocale(request.locale)) return null;
  const token = signPreviewToken(
    { uid, documentId: request.documentId ?? '', locale: request.locale, status: request.status === 'published' ? 'published' : 'draft' },
    secret,
    { now, ttlMs: previewLinkTtlMs(env) },
  );
  return `${siteUrl()}${PREVIEW_PATH_PREFIX}${token}`;
}

/** The site's origin, which the admin's CSP must let it frame. */
export const previewOrigin = (): string => new URL(siteUrl()).origin;
