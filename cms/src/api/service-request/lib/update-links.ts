import crypto from 'node:crypto';
import { publicCmsUrl } from '../../open311/lib/constants';
import { signingKey } from './attachments';

/**
 * The opt-out link of update emails: `/api/service-requests/updates/<reference>?signature=<S>`, where
 * S is an HMAC-SHA256 of the reference under the server's secret, the one attachment links use
 * (lib/attachments.ts). The signed text starts with its purpose and has no line break, while an
 * attachment signs `name\nexpires`: neither signature can stand for the other. The link does not
 * expire: a resident may stop updates from an email months old.
 */
const PURPOSE = 'service-request-update-emails:';
/** Longer than any reference: anything longer is not worth an HMAC. */
const MAX_REFERENCE_LENGTH = 40;

const signature = (reference: string) => crypto.createHmac('sha256', signingKey()).update(`${PURPOSE}${reference}`).digest('base64url');

export const updatesPath = (reference: string): string => `/api/service-requests/updates/${encodeURIComponent(reference)}`;

/** The absolute, signed link a resident follows to stop (or resume) update emails. */
export const updatesUrl = (reference: string): string => `${publicCmsUrl()}${updatesPath(reference)}?signature=${signature(reference)}`;

/** Whether a signature is this reference's; constant time, and false for anything malformed. */
export function isUpdatesSignature(reference: string, given: string): boolean {
  if (reference.length === 0 || reference.length > MAX_REFERENCE_LENGTH) return false;
  const expected = Buffer.from(signature(reference));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

/** RFC 2369 and RFC 8058 headers: mail clients show their own "unsubscribe" that posts to the link at once. */
export function unsubscribeHeaders(reference: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${updatesUrl(reference)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
