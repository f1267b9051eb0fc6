// Server-only (node:crypto): the CMS signs preview links and the publisher checks them; the
// browser never imports this.
import crypto from 'node:crypto';
import { z } from 'zod';
import { localeSchema } from '../content/index.js';

/**
 * A preview link shows an entry as it will be once published. The CMS signs it when the admin asks
 * for a preview and the publisher renders the page from it; anyone holding the link (a colleague
 * without a CMS account) sees the page until it expires, and nobody can make one without the
 * secret. Both derive their keys from one secret (PREVIEW_SECRET, else PUBLISH_WEBHOOK_SECRET),
 * with HKDF, so the link's key never doubles as the credential the publisher reads drafts with.
 */
export const PREVIEW_PATH_PREFIX = '/preview/';
export const PREVIEW_LINK_TTL_MS = 60 * 60 * 1000;
/** The header the publisher proves itself with when it asks the CMS for drafts. */
export const PREVIEW_READ_HEADER = 'x-city-preview-read';

const LINK_KEY_INFO = 'city-portal preview link v1';
const READ_KEY_INFO = 'city-portal preview draft read v1';
const SIGNATURE_BYTES = 32;

/** The content types editors preview, by the CMS's uid. */
export const PREVIEWABLE_TYPES = ['api::department.department', 'api::service.service', 'api::page.page', 'api::service-form.service-form', 'api::global.global'] as const;
export type PreviewableType = (typeof PREVIEWABLE_TYPES)[number];

export const previewTargetSchema = z.object({
  /** The content type's uid. */
  uid: z.enum(PREVIEWABLE_TYPES),
  /** Empty for a single type (Global), which has one document per language. */
  documentId: z.string().max(64),
  locale: localeSchema,
  /** The admin's Draft or Published tab. */
  status: z.enum(['draft', 'published']),
});
export type PreviewTarget = z.infer<typeof previewTargetSchema>;

const signedSchema = previewTargetSchema.extend({
  /** Expiry, ms since the epoch. */
  exp: z.number().int().positive(),
});

const deriveKey = (secret: string, info: string) => Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));

/** The token of a preview link: base64url of the payload, a dot, base64url of its HMAC-SHA256. */
export function signPreviewToken(target: PreviewTarget, secret: string, { now = Date.now(), ttlMs = PREVIEW_LINK_TTL_MS } = {}): string {
  if (!secret) throw new Error('signing a preview link needs a secret');
  const payload = Buffer.from(JSON.stringify({ ...previewTargetSchema.parse(target), exp: now + ttlMs })).toString('base64url');
  const signature = crypto.createHmac('sha256', deriveKey(secret, LINK_KEY_INFO)).update(payload).digest('base64url');
  return `${payload}.${signature}`;
}

/** The target of a token signed under this secret and not expired; undefined for anything else. */
export function verifyPreviewToken(token: string | null | undefined, secret: string, now = Date.now()): PreviewTarget | undefined {
  if (!token || !secret || token.length > 1024) return undefined;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = crypto.createHmac('sha256', deriveKey(secret, LINK_KEY_INFO)).update(payload).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== SIGNATURE_BYTES || !crypto.timingSafeEqual(given, expected)) return undefined;
  try {
    const parsed = signedSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!parsed.success || parsed.data.exp <= now) return undefined;
    const { exp: _exp, ...target } = parsed.data;
    return target;
  } catch {
    return undefined;
  }
}

/** The value of PREVIEW_READ_HEADER: lets its holder read drafts from the CMS's GraphQL API, nothing more. */
export function previewReadCredential(secret: string): string {
  if (!secret) throw new Error('reading drafts needs a secret');
  return deriveKey(secret, READ_KEY_INFO).toString('base64url');
}

/** Whether a request's PREVIEW_READ_HEADER holds the credential, compared in constant time. */
export function isPreviewReadCredential(given: string | string[] | undefined, secret: string): boolean {
  const value = Array.isArray(given) ? given[0] : given;
  if (!value || !secret) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(previewReadCredential(secret));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The secret both sides derive from: PREVIEW_SECRET, else the publisher's webhook secret they already share. */
export function previewSecretFrom(env: Record<string, string | undefined>): string {
  return env.PREVIEW_SECRET || env.PUBLISH_WEBHOOK_SECRET || '';
}
